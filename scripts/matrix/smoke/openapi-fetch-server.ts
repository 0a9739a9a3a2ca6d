// The matrix's smoke scenario for openapi-typescript + openapi-fetch on the studio-backend spec
// (scripts/matrix/run.ts runs it with PERSISTLY_URL and the keys): an account made by a game client, read
// back and credited by the backend, and a typed 404 for one that does not exist.
import createClient from "openapi-fetch";
import type { paths } from "./schema.js";

const fail = (what: string, answer: unknown): never => {
  console.error(what, JSON.stringify(answer));
  process.exit(1);
};

const playerRef = `smoke-${process.env.PERSISTLY_SMOKE_RUN}`;
const made = await fetch(`${process.env.PERSISTLY_URL}/sdk/v1/accounts`, {
  method: "POST", body: JSON.stringify({ playerRef }),
  headers: { Authorization: `Bearer ${process.env.PERSISTLY_RUNTIME_KEY}`, "Content-Type": "application/json" },
});
const { accountId } = (await made.json()) as { accountId: string };

const backend = createClient<paths>({ baseUrl: process.env.PERSISTLY_URL, headers: { Authorization: `Bearer ${process.env.PERSISTLY_SERVER_KEY}` } });
const found = await backend.GET("/server/v1/accounts", { params: { query: { playerRef } } });
if (found.data?.accounts.map((a) => a.accountId).join() !== accountId) fail("findAccounts", found.data ?? found.error);
const detail = await backend.GET("/server/v1/accounts/{accountId}", { params: { path: { accountId } } });
if (detail.data?.accountId !== accountId) fail("getAccountDetail", detail.data ?? detail.error);
const missing = await backend.GET("/server/v1/accounts/{accountId}", { params: { path: { accountId: `acc_${"a".repeat(26)}` } } });
if (missing.response.status !== 404 || missing.error?.error.code !== "not_found") fail("an unknown account", missing.error);
console.log("smoke passed");
