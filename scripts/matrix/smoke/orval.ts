// The matrix's smoke scenario for orval's fetch client (scripts/matrix/run.ts generates ./client.ts
// beside a copy of this file, type-checks both strictly, and runs it with PERSISTLY_URL and
// PERSISTLY_RUNTIME_KEY). orval's fetch functions take headers per call: the credentials go there.
import { createAccount, getAccount, quickJoinLobby, syncSlot } from "./client";

const fail = (what: string, answer: unknown): never => {
  console.error(what, JSON.stringify(answer));
  process.exit(1);
};

const runtime = { headers: { Authorization: `Bearer ${process.env.PERSISTLY_RUNTIME_KEY}` } };
const created = await createAccount({ slot: { slotId: "main", data: { hp: 100 } } }, runtime);
if (created.status !== 201) fail("createAccount", created.data);
const { accountId, accountSessionToken } = created.status === 201 ? created.data : fail("createAccount", created.data);
const player = { headers: { ...runtime.headers, "X-Persistly-Account-Session": accountSessionToken } };

const synced = await syncSlot(accountId, "main", { baseVersion: 1, data: { hp: 90 } }, player);
if (synced.status !== 200 || synced.data.version !== 2) fail("syncSlot", synced.data);
const stale = await syncSlot(accountId, "main", { baseVersion: 1, data: { hp: 80 } }, player);
if (stale.status !== 409 || stale.data.error.code !== "conflict") fail("stale syncSlot", stale.data);
if (stale.status === 409 && stale.data.error.code === "conflict" && stale.data.error.details.cloud.version !== 2) fail("conflict's cloud branch", stale.data);

const joined = await quickJoinLobby(accountId, { mode: `smoke-${process.env.PERSISTLY_SMOKE_RUN}`, maxPlayers: 2 }, player);
if (joined.status !== 202 || joined.data.error.code !== "lobby_forming") fail("quickJoinLobby", joined.data);
console.log("202: typed");

const refused = await getAccount("acc_missing", player);
if (refused.status !== 403 || refused.data.error.code !== "forbidden") fail("getAccount of another account", refused.data);
console.log("smoke passed");
