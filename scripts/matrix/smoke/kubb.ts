// The matrix's smoke scenario for kubb's fetch client (scripts/matrix/run.ts generates ./client beside
// a copy of this file, type-checks both strictly, and runs it with PERSISTLY_URL and
// PERSISTLY_RUNTIME_KEY). kubb types each success; an error's body is the named type of its status.
import { setConfig } from "@kubb/plugin-client/clients/fetch";
import { createAccount, getAccount, quickJoinLobby, syncSlot } from "./client/index.ts";
import type { GetAccount403, SyncSlot409 } from "./client/index.ts";

const fail = (what: string, answer: unknown): never => {
  console.error(what, JSON.stringify(answer));
  process.exit(1);
};

// kubb's fetch client sends a JSON body without a Content-Type (fetch then says text/plain, a 415 here):
// it goes in the configured headers.
const runtime = { Authorization: `Bearer ${process.env.PERSISTLY_RUNTIME_KEY}`, "Content-Type": "application/json" };
setConfig({ baseURL: process.env.PERSISTLY_URL, headers: runtime });
const created = await createAccount({ slot: { slotId: "main", data: { hp: 100 } } });
if (created.status !== 201) fail("createAccount", created.data);
const { accountId, accountSessionToken } = created.data;
setConfig({ baseURL: process.env.PERSISTLY_URL, headers: { ...runtime, "X-Persistly-Account-Session": accountSessionToken } });

const synced = await syncSlot(accountId, "main", { baseVersion: 1, data: { hp: 90 } });
if (synced.status !== 200 || synced.data.version !== 2) fail("syncSlot", synced.data);
const stale = await syncSlot(accountId, "main", { baseVersion: 1, data: { hp: 80 } });
const conflict = stale.data as unknown as SyncSlot409;
if (stale.status !== 409 || conflict.error.code !== "conflict") fail("stale syncSlot", stale.data);
if (conflict.error.code === "conflict" && conflict.error.details.cloud.version !== 2) fail("conflict's cloud branch", conflict);

const joined = await quickJoinLobby(accountId, { mode: `smoke-${process.env.PERSISTLY_SMOKE_RUN}`, maxPlayers: 2 });
if (joined.status !== 202 || !("error" in joined.data) || joined.data.error.code !== "lobby_forming") fail("quickJoinLobby", joined.data);
console.log("202: typed");

const refused = await getAccount("acc_missing");
if (refused.status !== 403 || (refused.data as unknown as GetAccount403).error.code !== "forbidden") fail("getAccount of another account", refused.data);
console.log("smoke passed");
