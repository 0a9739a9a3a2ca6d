// The matrix's smoke scenario for @hey-api/openapi-ts's fetch client (scripts/matrix/run.ts generates
// ./client beside a copy of this file, type-checks both strictly, and runs it with PERSISTLY_URL and
// PERSISTLY_RUNTIME_KEY).
import { client } from "./client/client.gen";
import { createAccount, getAccount, quickJoinLobby, syncSlot } from "./client/sdk.gen";

const fail = (what: string, answer: unknown): never => {
  console.error(what, JSON.stringify(answer));
  process.exit(1);
};

let session = "";
// The runtime key for the bearer scheme, the account session for the X-Persistly-Account-Session key.
client.setConfig({ baseUrl: process.env.PERSISTLY_URL, auth: (scheme) => (scheme.type === "http" ? process.env.PERSISTLY_RUNTIME_KEY : session) });

const created = await createAccount({ body: { slot: { slotId: "main", data: { hp: 100 } } } });
if (!created.data) fail("createAccount", created.error);
const { accountId, accountSessionToken } = created.data!;
session = accountSessionToken;
const path = { accountId, slotId: "main" };

const synced = await syncSlot({ path, body: { baseVersion: 1, data: { hp: 90 } } });
if (synced.data?.version !== 2) fail("syncSlot", synced.error);
const stale = await syncSlot({ path, body: { baseVersion: 1, data: { hp: 80 } } });
if (stale.response.status !== 409 || stale.error?.error.code !== "conflict") fail("stale syncSlot", stale.error);
if (stale.error?.error.code === "conflict" && stale.error.error.details.cloud.version !== 2) fail("conflict's cloud branch", stale.error);

const joined = await quickJoinLobby({ path: { accountId }, body: { mode: `smoke-${process.env.PERSISTLY_SMOKE_RUN}`, maxPlayers: 2 } });
if (joined.response.status !== 202 || !joined.data || !("error" in joined.data) || joined.data.error.code !== "lobby_forming") fail("quickJoinLobby", joined.data ?? joined.error);
console.log("202: typed");

const refused = await getAccount({ path: { accountId: "acc_missing" } });
if (refused.response.status !== 403 || refused.error?.error.code !== "forbidden") fail("getAccount of another account", refused.error);
console.log("smoke passed");
