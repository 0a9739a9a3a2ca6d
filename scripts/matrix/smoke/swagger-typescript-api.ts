// The matrix's smoke scenario for swagger-typescript-api's fetch client (scripts/matrix/run.ts generates
// ./api.ts beside a copy of this file, type-checks both strictly, and runs it with PERSISTLY_URL and
// PERSISTLY_RUNTIME_KEY). A refusal is thrown as the response, its `error` typed as the operation's error union.
import { Api, type HttpResponse } from "./api";

const fail = (what: string, answer: unknown): never => {
  console.error(what, JSON.stringify(answer));
  process.exit(1);
};

const api = new Api<string>({
  baseUrl: process.env.PERSISTLY_URL,
  securityWorker: (session) => ({ headers: { Authorization: `Bearer ${process.env.PERSISTLY_RUNTIME_KEY}`, ...(session ? { "X-Persistly-Account-Session": session } : {}) } }),
});

const created = await api.sdk.createAccount({ slot: { slotId: "main", data: { hp: 100 } } });
const { accountId, accountSessionToken } = created.data;
api.setSecurityData(accountSessionToken);

const synced = await api.sdk.syncSlot(accountId, "main", { baseVersion: 1, data: { hp: 90 } });
if (synced.data.version !== 2) fail("syncSlot", synced.data);
try {
  await api.sdk.syncSlot(accountId, "main", { baseVersion: 1, data: { hp: 80 } });
  fail("a stale sync was not refused", null);
} catch (thrown) {
  const { status, error } = thrown as HttpResponse<unknown, { error: { code: string; details?: unknown } }>;
  if (status !== 409 || error.error.code !== "conflict") fail("stale syncSlot", error);
}

const joined = await api.sdk.quickJoinLobby(accountId, { mode: `smoke-${process.env.PERSISTLY_SMOKE_RUN}`, maxPlayers: 2 });
if (joined.status !== 202) fail("quickJoinLobby", joined.data);
// One success type per operation (the 200's QuickJoined): the 202's lobby_forming body arrives in `data` untyped.
console.log("202: status only");

try {
  await api.sdk.getAccount("acc_missing");
  fail("another account was read", null);
} catch (thrown) {
  const { status, error } = thrown as HttpResponse<unknown, { error: { code: string } }>;
  if (status !== 403 || error.error.code !== "forbidden") fail("getAccount of another account", error);
}
console.log("smoke passed");
