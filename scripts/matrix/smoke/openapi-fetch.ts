// The matrix's smoke scenario for openapi-typescript's types with openapi-fetch (scripts/matrix/run.ts
// generates ./schema.d.ts beside a copy of this file, type-checks both strictly, and runs it with
// PERSISTLY_URL and PERSISTLY_RUNTIME_KEY).
import createClient from "openapi-fetch";
import type { paths } from "./schema.js";

const fail = (what: string, answer: unknown): never => {
  console.error(what, JSON.stringify(answer));
  process.exit(1);
};

const client = createClient<paths>({ baseUrl: process.env.PERSISTLY_URL, headers: { Authorization: `Bearer ${process.env.PERSISTLY_RUNTIME_KEY}` } });
const created = await client.POST("/sdk/v1/accounts", { body: { slot: { slotId: "main", data: { hp: 100 } } } });
if (!created.data) fail("createAccount", created.error);
const { accountId, accountSessionToken } = created.data!;
// The session is a security scheme (an API key in a header), not a declared parameter: it goes in `headers`.
const headers = { "X-Persistly-Account-Session": accountSessionToken };
const path = { accountId, slotId: "main" };

const synced = await client.POST("/sdk/v1/accounts/{accountId}/slots/{slotId}/sync", { params: { path }, headers, body: { baseVersion: 1, data: { hp: 90 } } });
if (synced.data?.version !== 2) fail("syncSlot", synced.error);
const stale = await client.POST("/sdk/v1/accounts/{accountId}/slots/{slotId}/sync", { params: { path }, headers, body: { baseVersion: 1, data: { hp: 80 } } });
if (stale.response.status !== 409 || stale.error?.error.code !== "conflict") fail("stale syncSlot", stale.error);
if (stale.error?.error.code === "conflict" && stale.error.error.details.cloud.version !== 2) fail("conflict's cloud branch", stale.error);

const joined = await client.POST("/sdk/v1/accounts/{accountId}/lobbies/quick-join", {
  params: { path: { accountId } }, headers, body: { mode: `smoke-${process.env.PERSISTLY_SMOKE_RUN}`, maxPlayers: 2 },
});
// openapi-fetch puts every 2xx in `data`: the 202's body is typed as LobbyForming there, beside the 200's QuickJoined.
if (joined.response.status !== 202 || !joined.data || !("error" in joined.data) || joined.data.error.code !== "lobby_forming") fail("quickJoinLobby", joined.data ?? joined.error);

console.log("202: typed");

const refused = await client.GET("/sdk/v1/accounts/{accountId}", { params: { path: { accountId: "acc_missing" } }, headers });
if (refused.response.status !== 403 || refused.error?.error.code !== "forbidden") fail("getAccount of another account", refused.error);
console.log("smoke passed");
