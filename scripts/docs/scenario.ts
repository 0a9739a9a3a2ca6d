// The story the exact-example pages tell, in order: a studio publishes config, a player creates an
// account, saves, conflicts, moves device; the studio's backend looks the account up, restores,
// manages sessions and finally erases it. `npm run docs:record` runs it against a live server and
// writes docs/reference/ and docs/examples/ from what the server answered.

import { addMember, newCredential } from "../../server/domain/members.js";
import { inTransaction, type AppDeps } from "../../server/domain/context.js";
import type { Store } from "../../server/store/types.js";

export type Vars = Record<string, any>;

/**
 * The scenario's clock: one second later at every reading, so that records created in one step are
 * ordered the same way in the recording and in every replay (timestamps themselves are masked).
 */
export function scenarioClock(start = Date.parse("2026-11-23T09:00:00.000Z")) {
  let t = start;
  return () => new Date((t += 1000));
}

/**
 * Settings of the servers the scenario runs on. Its clock moves a second at every reading, so a lobby's
 * members would fall silent (and be dropped by the background sweep) between steps a person takes
 * seconds apart: the lobby timeout is a day here.
 */
/** The scenario's pages publish the idempotency keys it sends, which a real server refuses (anyone may send them). */
export const SCENARIO_SETTINGS = { lobbyTimeoutMs: 24 * 3600_000, acceptPublishedIdempotencyKeys: true };

export interface StepRequest {
  method: "GET" | "POST" | "DELETE";
  path: string;
  /**
   * The credential: the environment's runtime key or server key (in Authorization), the operator's
   * session cookie (with the CSRF token on changes), or none.
   */
  auth: "runtime" | "server" | "member" | "none";
  session?: string;
  headers?: Record<string, string>;
  body?: unknown;
  /** With `auth: "member"`: send the CSRF token (default: on changes, as the contract asks). */
  csrf?: boolean;
}

export interface Step {
  /** The page under docs/: `reference/sdk/<operationId>`, `reference/server/<operationId>` or `examples/<name>`. */
  page: string;
  operation: string;
  example: string;
  title: string;
  note?: string;
  status: number;
  request(v: Vars): StepRequest;
  /** What later steps need from this answer: variable name → dotted path in the response body. */
  keep?: Record<string, string>;
  /** How `persistly contract verify` may replay this step on someone's deployment (default: from the operation). */
  live?: LiveUse;
  /**
   * Earlier steps (`operation:example`) whose effect this answer shows beyond the ids it reuses (those
   * are followed on their own): when one of them was skipped or failed, verify skips this one too.
   */
  relies?: string[];
}

/**
 * What a step is on a studio's live deployment, written as the `live=` tag of its request block (absent
 * for `exact`) for `persistly contract verify`:
 * - `exact`: touches only the accounts the run creates; the answer is compared as the replay compares it.
 * - `shape`: the answer shows the deployment's own content (its version, config, usage, open lobbies):
 *   status, headers and body are checked against the spec, not against the documented values.
 * - `environment`: changes what every player of the environment gets (publishing or rolling back config):
 *   only with --allow-destructive, then checked as `shape`.
 * - `destructive`: erases or imports accounts: only with --allow-destructive.
 * - `operator`: needs the operator's session or the content the scenario's operator publishes (catalog,
 *   boards, events): skipped, since verify takes no operator credentials.
 */
export type LiveUse = "exact" | "shape" | "environment" | "destructive" | "operator";

const LIVE_BY_OPERATION: Record<string, LiveUse> = {
  checkHealth: "shape", getRuntimeConfig: "shape", getActiveGameConfig: "shape", listGameConfigVersions: "shape", getUsage: "shape",
  publishGameConfig: "environment", activateGameConfigVersion: "environment",
  eraseAccount: "destructive", importAccounts: "destructive",
  ...Object.fromEntries([
    "getCatalog", "getWallet", "createWalletTransaction", "listWalletLedger", "purchaseOffer", "consumeItem", "runInventoryOperations",
    "getInventory", "createGrant", "listGrants", "claimGrant", "revokeGrant", "fulfilIapPurchase", "getIapPurchase", "refundIapPurchase",
    "getAccountOverview", "listLeaderboards", "submitScore", "submitScoreForAccount", "listLeaderboardRecords", "getLeaderboardStanding",
    "streamLeaderboard", "listEvents", "getEvent", "enterEvent", "submitEventScore",
  ].map((operation) => [operation, "operator" as LiveUse])),
};

export function liveUse(step: Step, request: StepRequest): LiveUse {
  const operatorSurface = request.auth === "member" || step.page.startsWith("reference/admin/");
  return step.live ?? (operatorSurface ? "operator" : LIVE_BY_OPERATION[step.operation] ?? "exact");
}

/** The value at a dotted path (`session.sessionId`) of a response body. */
export function pick(body: unknown, path: string): unknown {
  return path.split(".").reduce<any>((value, name) => value?.[name], body);
}

const sdk = (op: string) => `reference/sdk/${op}`;
const server = (op: string) => `reference/server/${op}`;
const key = (n: number) => `docs-example-${String(n).padStart(4, "0")}-${"0".repeat(12)}`.slice(0, 32);

/** The catalog the pages publish (and the tests reuse): two currencies, two items, an offer of each kind. */
export const SHOP = {
  currencies: [{ currencyId: "gems", initial: 0, max: 1_000_000 }, { currencyId: "gold", initial: 100, max: 10_000_000 }],
  items: [
    { itemId: "potion", stackable: true, maxCount: 99, consumable: true, properties: { heal: 50 } },
    { itemId: "lantern", stackable: false, maxCount: 1, consumable: false },
  ],
  offers: [
    { offerId: "potion-pack", price: { gold: 250 }, contents: { items: { potion: 5 } }, purchasable: "client" },
    { offerId: "gems-small", price: {}, contents: { currencies: { gems: 100 } }, sku: "com.example.gems.small", purchasable: "iap" },
  ],
};
const SAVE_V1 = { hp: 100, gold: 0, inventory: ["wooden-sword"], position: { x: 0, y: 0 } };
const SAVE_V2 = { hp: 87, gold: 1520, inventory: ["wooden-sword", "potion"], position: { x: 10.5, y: -3 } };
const SAVE_STALE = { hp: 64, gold: 1730, inventory: ["wooden-sword", "potion", "lantern"], position: { x: 12, y: 4 } };

const asPlayer = (v: Vars, method: "GET" | "POST", path: string, body?: unknown): StepRequest =>
  ({ method, path: `/sdk/v1/accounts/${v.accountId}${path}`, auth: "runtime", session: v.accountSessionToken, body });
const asBackend = (method: "GET" | "POST", path: string, body?: unknown): StepRequest => ({ method, path: `/server/v1${path}`, auth: "server", body });
const asOperator = (v: Vars, method: "GET" | "POST" | "DELETE", path: string, body?: unknown): StepRequest =>
  ({ method, path: `/admin/v1${path.replace("{studio}", `studios/${v.studioId}`).replace("{game}", `games/${v.gameId}`)}`, auth: "member", body });

/** The studio's owner, made before the scenario runs (`persistly members create` in real life). */
export const OPERATOR = { email: "owner@studio.example", password: "correct-horse-battery" };

export async function addOperator(app: { deps: AppDeps }, store: Store) {
  const [studio] = await store.listWorkspaces();
  const credential = await newCredential(app.deps.settings, OPERATOR.password);
  await inTransaction(app.deps, (tx) => addMember(tx, studio, { email: OPERATOR.email, role: "owner" }, credential, app.deps.now().toISOString()));
}

/** The operator session token a Set-Cookie header carries (empty when it clears the cookie). */
export const sessionCookieOf = (setCookie: string | undefined) => (setCookie ? /^persistly_admin=([^;]*)/.exec(setCookie)?.[1] : undefined);
const admin = (op: string) => `reference/admin/${op}`;

export const STEPS: Step[] = [
  {
    page: sdk("checkHealth"), operation: "checkHealth", example: "up", title: "The service is up", status: 200,
    request: () => ({ method: "GET", path: "/healthz", auth: "none" }),
  },
  {
    page: server("publishGameConfig"), operation: "publishGameConfig", example: "first", title: "Publish the first game config", status: 201,
    note: "Publishing makes the new version active at once; clients see it on their next `getRuntimeConfig`.",
    request: () => asBackend("POST", "/game-config", { config: { maxLevel: 30 }, idempotencyKey: key(1) }),
  },
  {
    page: server("publishGameConfig"), operation: "publishGameConfig", example: "winter", title: "Publish a seasonal config", status: 201,
    request: () => asBackend("POST", "/game-config", { config: { maxLevel: 40, eventBanner: "winter-festival", xpMultiplier: 1.5 }, idempotencyKey: key(2) }),
  },
  {
    page: server("publishGameConfig"), operation: "publishGameConfig", example: "reusedKey", title: "An idempotency key reused for a different body", status: 409,
    note: "The key already stands for another publish: nothing is written, and the answer says so.",
    request: () => asBackend("POST", "/game-config", { config: { maxLevel: 50 }, idempotencyKey: key(2) }),
  },
  {
    page: sdk("getRuntimeConfig"), operation: "getRuntimeConfig", example: "full", title: "Sync policy and the active game config", status: 200,
    request: () => ({ method: "GET", path: "/sdk/v1/runtime-config", auth: "runtime" }),
  },
  {
    page: sdk("getRuntimeConfig"), operation: "getRuntimeConfig", example: "unchanged", title: "Config unchanged since the version the client holds", status: 200,
    note: "Pass the version you already hold: `gameConfig` comes back as `null` while it is still the active one.",
    request: () => ({ method: "GET", path: "/sdk/v1/runtime-config?gameConfigVersion=2", auth: "runtime" }),
  },
  {
    page: sdk("getRuntimeConfig"), operation: "getRuntimeConfig", example: "noKey", title: "No runtime key", status: 401,
    request: () => ({ method: "GET", path: "/sdk/v1/runtime-config", auth: "none" }),
  },
  {
    page: sdk("createAccount"), operation: "createAccount", example: "withFirstSlot", title: "An account with its first slot", status: 201,
    note: "Store `accountId` and `accountSessionToken` like save data: the token is shown only in this response.",
    request: () => ({
      method: "POST", path: "/sdk/v1/accounts", auth: "runtime",
      body: { playerRef: "player-8841", slot: { slotId: "main", data: SAVE_V1, slotInfo: { level: 1, label: "New game" } }, idempotencyKey: key(3) },
    }),
    keep: { accountId: "accountId", accountSessionToken: "accountSessionToken", slotVersion: "slot.version" },
  },
  {
    page: sdk("createAccount"), operation: "createAccount", example: "replayed", title: "The same request retried after a lost answer", status: 201,
    note: "Same `idempotencyKey`, same body: the first answer is replayed byte for byte (`Idempotent-Replay: true`) and no second account is created.",
    request: () => ({
      method: "POST", path: "/sdk/v1/accounts", auth: "runtime",
      body: { playerRef: "player-8841", slot: { slotId: "main", data: SAVE_V1, slotInfo: { level: 1, label: "New game" } }, idempotencyKey: key(3) },
    }),
  },
  {
    page: sdk("createAccount"), operation: "createAccount", example: "badSlotId", title: "A slot id outside the allowed shape", status: 400,
    request: () => ({ method: "POST", path: "/sdk/v1/accounts", auth: "runtime", body: { slot: { slotId: "Main Slot!", data: {} } } }),
  },
  {
    page: sdk("createAccount"), operation: "createAccount", example: "unsupportedMediaType", title: "A body that is not JSON", status: 415,
    request: () => ({ method: "POST", path: "/sdk/v1/accounts", auth: "runtime", headers: { "Content-Type": "text/plain" }, body: "player-8841" }),
  },
  {
    page: sdk("getAccount"), operation: "getAccount", example: "load", title: "Load the account with its session", status: 200,
    request: (v) => asPlayer(v, "GET", ""),
  },
  {
    page: sdk("updateProfile"), operation: "updateProfile", example: "named", title: "Name the player", status: 200,
    note: "Other players see this name with the `publicId`, never the account id or the playerRef. Surrounding spaces are trimmed.",
    request: (v) => asPlayer(v, "POST", "/profile", { displayName: "  Moonfox ", idempotencyKey: key(30) }),
  },
  {
    page: sdk("updateProfile"), operation: "updateProfile", example: "tooLong", title: "A name over 32 characters", status: 400,
    request: (v) => asPlayer(v, "POST", "/profile", { displayName: "The Most Magnificent Moonfox Of All" }),
  },
  {
    page: sdk("getAccount"), operation: "getAccount", example: "noSession", title: "No account session", status: 403,
    note: "A runtime key alone never reads an account.",
    request: (v) => ({ method: "GET", path: `/sdk/v1/accounts/${v.accountId}`, auth: "runtime" }),
  },
  {
    page: sdk("createSlot"), operation: "createSlot", example: "autosave", title: "A second named slot", status: 201,
    request: (v) => asPlayer(v, "POST", "/slots", { slotId: "autosave", data: SAVE_V1, slotInfo: { level: 1, label: "Autosave" }, idempotencyKey: key(4) }),
  },
  {
    page: sdk("createSlot"), operation: "createSlot", example: "exists", title: "The slot id is taken", status: 409,
    request: (v) => asPlayer(v, "POST", "/slots", { slotId: "main", data: SAVE_V1 }),
  },
  {
    page: sdk("getSlot"), operation: "getSlot", example: "main", title: "Load one slot", status: 200,
    request: (v) => asPlayer(v, "GET", "/slots/main"),
  },
  {
    page: sdk("getSlot"), operation: "getSlot", example: "missing", title: "A slot the account does not have", status: 404,
    request: (v) => asPlayer(v, "GET", "/slots/chapter-9"),
  },
  {
    page: sdk("syncSlot"), operation: "syncSlot", example: "fromCurrent", title: "Save on top of the version the client holds", status: 200,
    note: "`baseVersion` is the version this save was made from; the server writes version `baseVersion + 1` only if that is still the current one. `checksum` (SHA-256 of the RFC 8785 canonical `data`) is optional and checked when sent.",
    request: (v) => asPlayer(v, "POST", "/slots/main/sync", {
      baseVersion: v.slotVersion, data: SAVE_V2, slotInfo: { level: 3, label: "Forest Temple" },
      checksum: "347af1e3d2060dc83730dce0c37f2dc78da3080c2cdcbfb95748ea7157ad7f5a", idempotencyKey: key(5),
    }),
    keep: { slotVersion: "version" },
  },
  {
    page: sdk("syncSlot"), operation: "syncSlot", example: "stale", title: "Save from a version that is no longer current", status: 409,
    note: "Another device saved first. Nothing is written; the answer carries the cloud version and both branches — see [Conflict response](../../examples/conflict-response.md).",
    request: (v) => asPlayer(v, "POST", "/slots/main/sync", { baseVersion: 1, data: SAVE_STALE, slotInfo: { level: 4, label: "Lantern Caves" } }),
  },
  {
    page: sdk("syncSlot"), operation: "syncSlot", example: "badChecksum", title: "A checksum that does not match the data", status: 400,
    request: (v) => asPlayer(v, "POST", "/slots/main/sync", { baseVersion: v.slotVersion, data: SAVE_STALE, checksum: "0".repeat(64) }),
  },
  {
    page: sdk("syncSlot"), operation: "syncSlot", example: "missing", title: "Syncing a slot that does not exist", status: 404,
    request: (v) => asPlayer(v, "POST", "/slots/chapter-9/sync", { baseVersion: 1, data: SAVE_V1 }),
  },
  {
    page: "examples/conflict-response", operation: "syncSlot", example: "conflict", title: "1. The stale save is refused", status: 409,
    request: (v) => asPlayer(v, "POST", "/slots/main/sync", { baseVersion: 1, data: SAVE_STALE, slotInfo: { level: 4, label: "Lantern Caves" } }),
    keep: { slotVersion: "error.details.currentVersion" },
  },
  {
    page: "examples/conflict-response", operation: "syncSlot", example: "merged", title: "2. The merged save, from the cloud version", status: 200,
    note: "The game merged `local` into `cloud` (here: keep the higher gold, the union of the inventories, the local position) and saves with `baseVersion` set to the cloud version.",
    request: (v) => asPlayer(v, "POST", "/slots/main/sync", {
      baseVersion: v.slotVersion, data: { hp: 87, gold: 1730, inventory: ["wooden-sword", "potion", "lantern"], position: { x: 12, y: 4 } },
      slotInfo: { level: 4, label: "Lantern Caves" }, idempotencyKey: key(6),
    }),
  },
  {
    page: sdk("streamAccountEvents"), operation: "streamAccountEvents", example: "ready", title: "Open the stream", status: 200,
    note: "The first event is `ready`; `slot_updated` follows every write to the account from anywhere, and `closed` ends the stream when the session is revoked or the account erased. The example shows the first event; the stream stays open.",
    request: (v) => ({ ...asPlayer(v, "GET", "/events"), headers: { Accept: "text/event-stream" } }),
  },
  {
    page: "examples/transfer-code", operation: "createTransferCode", example: "create", title: "1. On the old device: create a code", status: 201,
    request: (v) => asPlayer(v, "POST", "/transfer-codes", { expiresInSeconds: 600, idempotencyKey: key(7) }),
    keep: { transferCode: "code" },
  },
  {
    page: "examples/transfer-code", operation: "consumeTransferCode", example: "consume", title: "2. On the new device: redeem it", status: 200,
    note: "Only the runtime key is needed. The new device gets its own session for the same account; the old device keeps working.",
    request: (v) => ({ method: "POST", path: "/sdk/v1/account-transfer-codes/consume", auth: "runtime", body: { code: v.transferCode } }),
    keep: { secondSessionToken: "accountSessionToken" },
  },
  {
    page: "examples/transfer-code", operation: "consumeTransferCode", example: "again", title: "3. The same code a second time", status: 400,
    request: (v) => ({ method: "POST", path: "/sdk/v1/account-transfer-codes/consume", auth: "runtime", body: { code: v.transferCode } }),
  },
  {
    page: sdk("createTransferCode"), operation: "createTransferCode", example: "default", title: "A code with the default lifetime", status: 201,
    request: (v) => asPlayer(v, "POST", "/transfer-codes", { idempotencyKey: key(8) }),
    keep: { secondTransferCode: "code" },
  },
  {
    page: sdk("createTransferCode"), operation: "createTransferCode", example: "tooLong", title: "A lifetime over the plan's maximum", status: 400,
    request: (v) => asPlayer(v, "POST", "/transfer-codes", { expiresInSeconds: 86400 }),
  },
  {
    page: sdk("consumeTransferCode"), operation: "consumeTransferCode", example: "redeem", title: "Redeem a code", status: 200,
    note: "Case, spaces and dashes do not matter: `k7qf 9xm2 p4td` redeems `K7QF-9XM2-P4TD`.",
    request: (v) => ({ method: "POST", path: "/sdk/v1/account-transfer-codes/consume", auth: "runtime", body: { code: v.secondTransferCode } }),
  },
  {
    page: sdk("consumeTransferCode"), operation: "consumeTransferCode", example: "malformed", title: "Not a transfer code at all", status: 400,
    request: () => ({ method: "POST", path: "/sdk/v1/account-transfer-codes/consume", auth: "runtime", body: { code: "hello" } }),
  },
  {
    page: server("findAccounts"), operation: "findAccounts", example: "byPlayerRef", title: "Find the accounts of one player", status: 200,
    request: () => asBackend("GET", "/accounts?playerRef=player-8841"),
  },
  {
    page: server("findAccounts"), operation: "findAccounts", example: "runtimeKey", title: "A runtime key on the server surface", status: 401,
    note: "Lookups belong to the studio's backend: a runtime key (shipped in game builds) is refused here.",
    request: (v) => ({ ...asBackend("GET", "/accounts?playerRef=player-8841"), auth: "runtime", headers: {} , session: undefined }),
  },
  {
    page: server("getAccountDetail"), operation: "getAccountDetail", example: "full", title: "Everything about one account", status: 200,
    request: (v) => asBackend("GET", `/accounts/${v.accountId}`),
  },
  {
    page: server("getAccountDetail"), operation: "getAccountDetail", example: "unknown", title: "An account that does not exist", status: 404,
    request: () => asBackend("GET", "/accounts/acc_aaaaaaaaaaaaaaaaaaaaaaaaaa"),
  },
  {
    page: server("createAccountSession"), operation: "createAccountSession", example: "minted", title: "Mint a session for the studio's own login", status: 201,
    request: (v) => ({ ...asBackend("POST", `/accounts/${v.accountId}/sessions`, { idempotencyKey: key(9) }), headers: { "X-Persistly-SDK": "studio-backend/2.4.0" } }),
    keep: { sessionId: "session.sessionId" },
  },
  {
    page: server("listAccountSessions"), operation: "listAccountSessions", example: "all", title: "Every session of the account", status: 200,
    request: (v) => asBackend("GET", `/accounts/${v.accountId}/sessions`),
  },
  {
    page: server("revokeAccountSession"), operation: "revokeAccountSession", example: "revoked", title: "Revoke one session", status: 200,
    request: (v) => asBackend("POST", `/accounts/${v.accountId}/sessions/${v.sessionId}/revoke`, {}),
  },
  {
    page: server("revokeAccountSession"), operation: "revokeAccountSession", example: "unknown", title: "A session the account does not have", status: 404,
    request: (v) => asBackend("POST", `/accounts/${v.accountId}/sessions/ses_aaaaaaaaaaaaaaaaaaaaaaaaaa/revoke`, {}),
  },
  {
    page: server("listSlotVersions"), operation: "listSlotVersions", example: "summaries", title: "The restore history of a slot", status: 200,
    request: (v) => asBackend("GET", `/accounts/${v.accountId}/slots/main/versions`),
  },
  {
    page: server("getSlotVersion"), operation: "getSlotVersion", example: "v1", title: "Read an earlier version", status: 200,
    request: (v) => asBackend("GET", `/accounts/${v.accountId}/slots/main/versions/1`),
  },
  {
    page: server("getSlotVersion"), operation: "getSlotVersion", example: "missing", title: "A version the slot never had", status: 404,
    request: (v) => asBackend("GET", `/accounts/${v.accountId}/slots/main/versions/99`),
  },
  {
    page: server("restoreSlotVersion"), operation: "restoreSlotVersion", example: "restored", title: "Restore version 1 as the new current version", status: 200,
    note: "Restoring writes a new version (history is never rewritten), so devices see an ordinary newer save.",
    request: (v) => asBackend("POST", `/accounts/${v.accountId}/slots/main/versions/1/restore`, { idempotencyKey: key(10) }),
  },
  {
    page: server("getActiveGameConfig"), operation: "getActiveGameConfig", example: "active", title: "The config clients receive now", status: 200,
    relies: ["publishGameConfig:winter"],
    request: () => asBackend("GET", "/game-config"),
  },
  {
    page: server("listGameConfigVersions"), operation: "listGameConfigVersions", example: "two", title: "Every published version", status: 200,
    request: () => asBackend("GET", "/game-config/versions"),
  },
  {
    page: server("activateGameConfigVersion"), operation: "activateGameConfigVersion", example: "rollBack", title: "Roll back to version 1", status: 200,
    request: () => asBackend("POST", "/game-config/versions/1/activate", {}),
  },
  {
    page: server("activateGameConfigVersion"), operation: "activateGameConfigVersion", example: "missing", title: "A version that was never published", status: 404,
    request: () => asBackend("POST", "/game-config/versions/9/activate", {}),
  },
  {
    page: server("importAccounts"), operation: "importAccounts", example: "batch", title: "Import accounts from a previous backend", status: 200,
    note: "Each item succeeds or fails alone; `sourceId` makes a re-sent batch safe (`exists`).",
    request: () => asBackend("POST", "/accounts/import", {
      accounts: [
        { sourceId: "legacy-1001", playerRef: "player-1001", slots: [{ slotId: "main", data: { hp: 40, gold: 75 }, slotInfo: { level: 2 } }] },
        { sourceId: "legacy-1002", playerRef: "player-1002" },
        { sourceId: "legacy-1003", slots: [{ slotId: "main", data: { hp: 1 } }, { slotId: "main", data: { hp: 2 } }] },
      ],
      idempotencyKey: key(11),
    }),
  },
  {
    page: server("importAccounts"), operation: "importAccounts", example: "resent", title: "The same batch sent again", status: 200,
    note: "Without an idempotency key, the accounts already imported under these `sourceId`s are reported as `exists`, not created twice.",
    request: () => asBackend("POST", "/accounts/import", {
      accounts: [{ sourceId: "legacy-1001", playerRef: "player-1001" }, { sourceId: "legacy-1002", playerRef: "player-1002" }],
    }),
  },
  {
    page: server("exportAccount"), operation: "exportAccount", example: "export", title: "Export one account", status: 200,
    request: (v) => asBackend("GET", `/accounts/${v.accountId}/export`),
  },
  {
    page: server("getUsage"), operation: "getUsage", example: "month", title: "This month's usage", status: 200,
    request: () => asBackend("GET", "/usage"),
  },
  // The operator surface: the studio's owner signs in and runs the studio over HTTP.
  {
    page: admin("checkAdminHealth"), operation: "checkAdminHealth", example: "up", title: "The operator surface is up", status: 200,
    request: () => ({ method: "GET", path: "/admin/v1/health", auth: "none" }),
  },
  {
    page: admin("signIn"), operation: "signIn", example: "wrongPassword", title: "A wrong password", status: 401,
    note: "The same answer, in the same time, as for an email that is no member's.",
    request: () => ({ method: "POST", path: "/admin/v1/session", auth: "none", body: { email: OPERATOR.email, password: "not-the-password" } }),
  },
  {
    page: admin("signIn"), operation: "signIn", example: "owner", title: "Sign in", status: 200,
    note: "The cookie is the session; `csrfToken` goes back in `X-Persistly-CSRF` on every change.",
    request: () => ({ method: "POST", path: "/admin/v1/session", auth: "none", body: OPERATOR }),
    keep: { csrfToken: "csrfToken", studioId: "studios.0.studioId" },
  },
  {
    page: admin("getAdminSession"), operation: "getAdminSession", example: "session", title: "Who is signed in", status: 200,
    request: (v) => asOperator(v, "GET", "/session"),
  },
  {
    page: admin("listStudios"), operation: "listStudios", example: "one", title: "The member's studios", status: 200,
    request: (v) => asOperator(v, "GET", "/studios"),
  },
  {
    page: admin("getStudio"), operation: "getStudio", example: "studio", title: "A studio with its games", status: 200,
    request: (v) => asOperator(v, "GET", "/{studio}"),
    keep: { gameId: "games.0.gameId" },
  },
  {
    page: admin("getStudio"), operation: "getStudio", example: "notMine", title: "A studio that is not the member's", status: 404,
    request: (v) => ({ ...asOperator(v, "GET", "/studios/00000000-0000-4000-8000-000000000000") }),
  },
  {
    page: admin("getPlayer"), operation: "getPlayer", example: "player", title: "Everything about one player", status: 200,
    request: (v) => asOperator(v, "GET", "/{studio}/{game}/players/player-8841"),
  },
  {
    page: admin("listSlotVersionsForPlayer"), operation: "listSlotVersionsForPlayer", example: "history", title: "The slot's restore history, with data", status: 200,
    request: (v) => asOperator(v, "GET", `/{studio}/{game}/accounts/${v.accountId}/slots/main/versions?includeData=true`),
  },
  {
    page: admin("restoreSlotVersionForPlayer"), operation: "restoreSlotVersionForPlayer", example: "ticket", title: "Support restores version 1", status: 200,
    note: "The player's devices see a normal write: the restored content is the slot's next version. Audited with the reason.",
    request: (v) => asOperator(v, "POST", `/{studio}/{game}/accounts/${v.accountId}/slots/main/versions/1/restore`, { reason: "player lost progress, ticket 7731", idempotencyKey: key(51) }),
  },
  {
    page: server("createAccountSession"), operation: "createAccountSession", example: "another", title: "Another session, for a second device", status: 201,
    request: (v) => asBackend("POST", `/accounts/${v.accountId}/sessions`, {}),
    keep: { otherSessionId: "session.sessionId" },
  },
  {
    page: admin("revokeSessionForPlayer"), operation: "revokeSessionForPlayer", example: "stolen", title: "Support revokes a stolen phone's session", status: 200,
    request: (v) => asOperator(v, "POST", `/{studio}/{game}/accounts/${v.accountId}/sessions/${v.otherSessionId}/revoke`, { reason: "phone reported stolen, ticket 7740", idempotencyKey: key(52) }),
  },
  {
    page: admin("createGame"), operation: "createGame", example: "production", title: "Create a game", status: 201,
    request: (v) => asOperator(v, "POST", "/{studio}/games", { name: "production", idempotencyKey: key(14) }),
    keep: { productionId: "gameId" },
  },
  {
    page: admin("createGame"), operation: "createGame", example: "noCsrf", title: "A change without the CSRF token", status: 403,
    note: "A cross-site request carries the cookie at most, never this header: nothing is read or written.",
    request: (v) => ({ ...asOperator(v, "POST", "/{studio}/games", { name: "staging" }), csrf: false }),
  },
  {
    page: admin("listGames"), operation: "listGames", example: "two", title: "The studio's games", status: 200,
    request: (v) => asOperator(v, "GET", "/{studio}/games"),
  },
  {
    page: admin("getGameOverview"), operation: "getGameOverview", example: "month", title: "The game at a glance", status: 200,
    note: "What the portal's overview shows: the studio's requests this month against its quota, storage against the limit, and this game's requests per SDK version.",
    request: (v) => asOperator(v, "GET", "/{studio}/{game}/overview"),
  },
  {
    page: admin("updateGame"), operation: "updateGame", example: "browser", title: "Allow a web build's origin", status: 200,
    request: (v) => asOperator(v, "POST", `/{studio}/games/${v.productionId}`, { allowedOrigins: ["https://game.example"], idempotencyKey: key(15) }),
  },
  {
    page: admin("createApiKey"), operation: "createApiKey", example: "runtime", title: "Issue a runtime key", status: 201,
    note: "The key is shown once; store it in the game build's configuration.",
    request: (v) => asOperator(v, "POST", `/{studio}/games/${v.productionId}/keys`, { kind: "runtime", idempotencyKey: key(16) }),
    keep: { keyId: "apiKey.keyId" },
  },
  {
    page: admin("listApiKeys"), operation: "listApiKeys", example: "prefixes", title: "Keys by prefix", status: 200,
    request: (v) => asOperator(v, "GET", `/{studio}/games/${v.productionId}/keys`),
  },
  {
    page: admin("revokeApiKey"), operation: "revokeApiKey", example: "revoked", title: "Revoke a key", status: 200,
    request: (v) => asOperator(v, "POST", `/{studio}/games/${v.productionId}/keys/${v.keyId}/revoke`, {}),
  },
  {
    page: admin("publishGameConfigForGame"), operation: "publishGameConfigForGame", example: "first", title: "Publish the game's first config", status: 201,
    request: (v) => asOperator(v, "POST", `/{studio}/games/${v.productionId}/game-config`, { config: { maxLevel: 30 }, idempotencyKey: key(17) }),
  },
  {
    page: admin("listGameConfigsForGame"), operation: "listGameConfigsForGame", example: "one", title: "The game's config versions", status: 200,
    request: (v) => asOperator(v, "GET", `/{studio}/games/${v.productionId}/game-config`),
  },
  {
    page: admin("activateGameConfigForGame"), operation: "activateGameConfigForGame", example: "again", title: "Make version 1 active", status: 200,
    request: (v) => asOperator(v, "POST", `/{studio}/games/${v.productionId}/game-config/1/activate`, {}),
  },
  {
    page: admin("publishCatalog"), operation: "publishCatalog", example: "shop", title: "Publish the game's catalog", status: 201,
    request: (v) => asOperator(v, "POST", "/{studio}/{game}/catalog", { catalog: SHOP, idempotencyKey: key(19) }),
  },
  {
    page: admin("publishCatalog"), operation: "publishCatalog", example: "inconsistent", title: "An offer that names an unknown item", status: 400,
    note: "Every reference and cap is checked before anything is published; each problem is in `details.issues`.",
    request: (v) => asOperator(v, "POST", "/{studio}/{game}/catalog", {
      catalog: { ...SHOP, offers: [{ offerId: "bundle", price: { gold: 500 }, contents: { items: { shield: 1 } }, purchasable: "client" }] },
    }),
  },
  {
    page: admin("listCatalogVersions"), operation: "listCatalogVersions", example: "one", title: "The game's catalog versions", status: 200,
    request: (v) => asOperator(v, "GET", "/{studio}/{game}/catalog"),
  },
  {
    page: admin("activateCatalogVersion"), operation: "activateCatalogVersion", example: "first", title: "Make version 1 active", status: 200,
    note: "Any published version can be made active again: a roll-back is one request.",
    request: (v) => asOperator(v, "POST", "/{studio}/{game}/catalog/1/activate", {}),
  },
  {
    page: sdk("getCatalog"), operation: "getCatalog", example: "full", title: "The active catalog", status: 200,
    request: () => ({ method: "GET", path: "/sdk/v1/catalog", auth: "runtime" }),
  },
  {
    page: sdk("getCatalog"), operation: "getCatalog", example: "unchanged", title: "Unchanged since the version the client holds", status: 200,
    note: "Pass the version you hold: `catalog` comes back as `null` while it is still the active one.",
    request: () => ({ method: "GET", path: "/sdk/v1/catalog?catalogVersion=1", auth: "runtime" }),
  },
  {
    page: sdk("getWallet"), operation: "getWallet", example: "fresh", title: "An untouched wallet", status: 200,
    note: "Each currency of the active catalog at its `initial`, version 0.",
    request: (v) => asPlayer(v, "GET", "/wallet"),
  },
  {
    page: server("createWalletTransaction"), operation: "createWalletTransaction", example: "bonus", title: "Credit a login bonus", status: 201,
    note: "The first change of a wallet also writes its opening balances as an entry of their own (source `initial`), so the ledger always adds up to the balances.",
    request: (v) => asBackend("POST", `/accounts/${v.accountId}/wallet/transactions`, { changes: { gold: 500 }, reason: "daily login bonus", externalRef: "bonus-2026-11-23", idempotencyKey: key(20) }),
  },
  {
    page: server("createWalletTransaction"), operation: "createWalletTransaction", example: "insufficient", title: "A debit larger than the balance", status: 409,
    note: "Nothing is written; `details` name the currency, what was needed and what the wallet holds.",
    request: (v) => asBackend("POST", `/accounts/${v.accountId}/wallet/transactions`, { changes: { gold: -900 }, reason: "castle upgrade" }),
  },
  {
    page: server("createWalletTransaction"), operation: "createWalletTransaction", example: "unknownCurrency", title: "A currency the catalog does not have", status: 404,
    request: (v) => asBackend("POST", `/accounts/${v.accountId}/wallet/transactions`, { changes: { silver: 5 }, reason: "typo" }),
  },
  {
    page: sdk("listWalletLedger"), operation: "listWalletLedger", example: "all", title: "The wallet's ledger", status: 200,
    request: (v) => asPlayer(v, "GET", "/wallet/ledger"),
  },
  {
    page: sdk("getWallet"), operation: "getWallet", example: "credited", title: "The wallet after the bonus", status: 200,
    request: (v) => asPlayer(v, "GET", "/wallet"),
  },
  {
    page: sdk("purchaseOffer"), operation: "purchaseOffer", example: "potions", title: "Buy a potion pack", status: 201,
    note: "The price and the contents land in one ledger entry. `expectedPrice` is the price the player was shown: a price changed since is refused rather than charged.",
    request: (v) => asPlayer(v, "POST", "/purchases", { offerId: "potion-pack", quantity: 1, expectedPrice: { gold: 250 }, idempotencyKey: key(21) }),
  },
  {
    page: sdk("purchaseOffer"), operation: "purchaseOffer", example: "insufficient", title: "Not enough gold", status: 409,
    note: "Nothing is charged and nothing is added; `details` say what the purchase needed and what the wallet holds.",
    request: (v) => asPlayer(v, "POST", "/purchases", { offerId: "potion-pack", quantity: 3 }),
  },
  {
    page: sdk("purchaseOffer"), operation: "purchaseOffer", example: "iapOnly", title: "An offer sold through the store", status: 409,
    request: (v) => asPlayer(v, "POST", "/purchases", { offerId: "gems-small" }),
  },
  {
    page: sdk("consumeItem"), operation: "consumeItem", example: "drank", title: "Drink a potion", status: 200,
    request: (v) => asPlayer(v, "POST", "/inventory/potion/consume", { quantity: 1, idempotencyKey: key(22) }),
  },
  {
    page: sdk("consumeItem"), operation: "consumeItem", example: "notConsumable", title: "An item that is not consumable", status: 409,
    note: "Lanterns are not consumable in this catalog; an item the catalog does not have at all is 404.",
    request: (v) => asPlayer(v, "POST", "/inventory/lantern/consume", {}),
  },
  {
    page: server("runInventoryOperations"), operation: "runInventoryOperations", example: "reward", title: "A quest reward", status: 201,
    note: "Adds and removes apply as one net change per item, all or nothing, in one ledger entry.",
    request: (v) => asBackend("POST", `/accounts/${v.accountId}/inventory/operations`, { operations: [{ op: "add", itemId: "potion", quantity: 2 }, { op: "add", itemId: "lantern", quantity: 1 }], reason: "quest reward", externalRef: "quest-42", idempotencyKey: key(23) }),
  },
  {
    page: server("runInventoryOperations"), operation: "runInventoryOperations", example: "full", title: "A stack already at its maxCount", status: 409,
    request: (v) => asBackend("POST", `/accounts/${v.accountId}/inventory/operations`, { operations: [{ op: "add", itemId: "lantern", quantity: 1 }], reason: "duplicate reward" }),
  },
  {
    page: sdk("getInventory"), operation: "getInventory", example: "held", title: "The player's items", status: 200,
    request: (v) => asPlayer(v, "GET", "/inventory"),
  },
  {
    page: server("createGrant"), operation: "createGrant", example: "gift", title: "Grant a launch gift", status: 201,
    request: (v) => asBackend("POST", "/grants", { accountId: v.accountId, rewards: { currencies: { gems: 50 } }, reason: "launch week gift", externalRef: "launch-gift-1", idempotencyKey: key(24) }),
    keep: { grantId: "grant.grantId" },
  },
  {
    page: server("createGrant"), operation: "createGrant", example: "again", title: "The same externalRef again", status: 200,
    note: "Nothing new is issued: the first grant comes back with `seenBefore: true`.",
    request: (v) => asBackend("POST", "/grants", { accountId: v.accountId, rewards: { currencies: { gems: 50 } }, reason: "launch week gift", externalRef: "launch-gift-1" }),
  },
  {
    page: sdk("listGrants"), operation: "listGrants", example: "pending", title: "Grants waiting for the player", status: 200,
    request: (v) => asPlayer(v, "GET", "/grants?status=pending"),
  },
  {
    page: sdk("claimGrant"), operation: "claimGrant", example: "claimed", title: "Claim the gift", status: 200,
    request: (v) => asPlayer(v, "POST", `/grants/${v.grantId}/claim`, { idempotencyKey: key(25) }),
  },
  {
    page: sdk("claimGrant"), operation: "claimGrant", example: "twice", title: "Claim it again", status: 409,
    request: (v) => asPlayer(v, "POST", `/grants/${v.grantId}/claim`, {}),
  },
  {
    page: server("createGrant"), operation: "createGrant", example: "mistake", title: "A grant issued by mistake", status: 201,
    request: (v) => asBackend("POST", "/grants", { accountId: v.accountId, rewards: { currencies: { gold: 5000 } }, reason: "typo in the amount" }),
    keep: { mistakenGrantId: "grant.grantId" },
  },
  {
    page: server("revokeGrant"), operation: "revokeGrant", example: "revoked", title: "Revoke it before it is claimed", status: 200,
    request: (v) => asBackend("POST", `/grants/${v.mistakenGrantId}/revoke`, { reason: "issued with the wrong amount", idempotencyKey: key(26) }),
  },
  {
    page: server("fulfilIapPurchase"), operation: "fulfilIapPurchase", example: "gems", title: "Fulfil a verified App Store purchase", status: 201,
    note: "Your backend verified the receipt with the store first; `productId` is the offer's `sku`.",
    request: (v) => asBackend("POST", "/iap/purchases", { accountId: v.accountId, store: "apple", transactionId: "2000000123456789", productId: "com.example.gems.small", environment: "production", idempotencyKey: key(27) }),
  },
  {
    page: server("fulfilIapPurchase"), operation: "fulfilIapPurchase", example: "retry", title: "The same transaction again", status: 200,
    note: "Retrying (a lost response, a second receipt upload) applies nothing twice: the first answer, with `seenBefore: true`.",
    request: (v) => asBackend("POST", "/iap/purchases", { accountId: v.accountId, store: "apple", transactionId: "2000000123456789", productId: "com.example.gems.small", environment: "production" }),
  },
  {
    page: server("getIapPurchase"), operation: "getIapPurchase", example: "fulfilled", title: "Look the purchase up", status: 200,
    request: () => asBackend("GET", "/iap/purchases/apple/2000000123456789"),
  },
  {
    page: server("createWalletTransaction"), operation: "createWalletTransaction", example: "spend", title: "The player spends some gems", status: 201,
    request: (v) => asBackend("POST", `/accounts/${v.accountId}/wallet/transactions`, { changes: { gems: -120 }, reason: "revive", idempotencyKey: key(28) }),
  },
  {
    page: server("refundIapPurchase"), operation: "refundIapPurchase", example: "chargeback", title: "Refund after some gems were spent", status: 200,
    note: "The gems left are taken back, down to zero; what the player had already spent is the entry's `shortfall`.",
    request: () => asBackend("POST", "/iap/purchases/apple/2000000123456789/refund", { environment: "production", reason: "chargeback", idempotencyKey: key(29) }),
  },
  {
    page: admin("createManualGrant"), operation: "createManualGrant", example: "compensation", title: "An operator grants a lantern", status: 201,
    request: (v) => asOperator(v, "POST", "/{studio}/{game}/grants", { accountId: v.accountId, rewards: { currencies: { gems: 20 }, items: { lantern: 1 } }, reason: "compensation for the outage" }),
    keep: { stuckGrantId: "grant.grantId" },
  },
  {
    page: sdk("claimGrant"), operation: "claimGrant", example: "stuck", title: "A claim over a cap", status: 409,
    note: "The player already holds the one lantern a stack allows. The grant stays pending, with this error as its `lastError`: a stuck grant.",
    request: (v) => asPlayer(v, "POST", `/grants/${v.stuckGrantId}/claim`, {}),
  },
  {
    page: admin("listStuckGrants"), operation: "listStuckGrants", example: "one", title: "The game's stuck grants", status: 200,
    note: "Where support finds the grants players could not claim, with each player's playerRef to look them up.",
    request: (v) => asOperator(v, "GET", "/{studio}/{game}/grants"),
  },
  {
    page: admin("forceClaimGrant"), operation: "forceClaimGrant", example: "forced", title: "Force-claim the stuck grant", status: 200,
    note: "The gems apply; the lantern that did not fit is the entry's `shortfall`. Audited with the reason.",
    request: (v) => asOperator(v, "POST", `/{studio}/{game}/grants/${v.stuckGrantId}/force-claim`, { reason: "player asked support, ticket 5120" }),
  },
  {
    page: server("getAccountOverview"), operation: "getAccountOverview", example: "overview", title: "Everything about the account", status: 200,
    request: (v) => asBackend("GET", `/accounts/${v.accountId}/overview`),
  },
  {
    page: admin("createLeaderboard"), operation: "createLeaderboard", example: "weekly", title: "A weekly board", status: 201,
    note: "Resets every Monday at 00:00 UTC: each week is its own period. Unsaid, the board ranks the highest score first and keeps each player's best.",
    request: (v) => asOperator(v, "POST", "/{studio}/{game}/leaderboards", { leaderboardId: "weekly-distance", resetSchedule: "0 0 * * 1", idempotencyKey: key(31) }),
  },
  {
    page: admin("createLeaderboard"), operation: "createLeaderboard", example: "badSchedule", title: "A schedule that is not cron", status: 400,
    request: (v) => asOperator(v, "POST", "/{studio}/{game}/leaderboards", { leaderboardId: "daily", resetSchedule: "every day" }),
  },
  {
    page: admin("createLeaderboard"), operation: "createLeaderboard", example: "season", title: "A season rating board", status: 201,
    request: (v) => asOperator(v, "POST", "/{studio}/{game}/leaderboards", { leaderboardId: "season-rank" }),
  },
  {
    page: admin("updateLeaderboard"), operation: "updateLeaderboard", example: "authoritative", title: "Scores from the backend only", status: 200,
    note: "From now on only `submitScoreForAccount` writes to this board; `sortOrder` and `operator` cannot change.",
    request: (v) => asOperator(v, "POST", "/{studio}/{game}/leaderboards/season-rank", { authoritative: true }),
  },
  {
    page: admin("listLeaderboardsForGame"), operation: "listLeaderboardsForGame", example: "two", title: "The game's leaderboards", status: 200,
    request: (v) => asOperator(v, "GET", "/{studio}/{game}/leaderboards"),
  },
  {
    page: sdk("listLeaderboards"), operation: "listLeaderboards", example: "two", title: "The boards a game can show", status: 200,
    request: () => ({ method: "GET", path: "/sdk/v1/leaderboards", auth: "runtime" }),
  },
  {
    page: sdk("createAccount"), operation: "createAccount", example: "named", title: "An account with a display name", status: 201,
    note: "A rival for the leaderboard pages. Other players will see only `publicId` and `displayName`.",
    request: () => ({ method: "POST", path: "/sdk/v1/accounts", auth: "runtime", body: { playerRef: "player-9120", displayName: "Kestrel" } }),
    keep: { rivalId: "accountId", rivalToken: "accountSessionToken", rivalPublicId: "account.publicId" },
  },
  {
    page: sdk("submitScore"), operation: "submitScore", example: "first", title: "A first score", status: 200,
    note: "The answer ranks the record at once; `previousRank` is null for a player new to this period.",
    request: (v) => asPlayer(v, "POST", "/leaderboards/weekly-distance/scores", { score: 4300, subscore: 12, idempotencyKey: key(32) }),
  },
  {
    page: sdk("submitScore"), operation: "submitScore", example: "rival", title: "A rival's better run", status: 200,
    request: (v) => ({ ...asPlayer(v, "POST", "/leaderboards/weekly-distance/scores", { score: 5120, metadata: { car: "falcon" } }), path: `/sdk/v1/accounts/${v.rivalId}/leaderboards/weekly-distance/scores`, session: v.rivalToken }),
  },
  {
    page: sdk("submitScore"), operation: "submitScore", example: "notBetter", title: "A worse run changes nothing", status: 200,
    note: "The board keeps each player's best (score, subscore) pair: this run is answered with the record as it stands and `changed: false`.",
    request: (v) => asPlayer(v, "POST", "/leaderboards/weekly-distance/scores", { score: 3900, subscore: 40 }),
  },
  {
    page: sdk("submitScore"), operation: "submitScore", example: "authoritative", title: "A board only the backend writes", status: 403,
    request: (v) => asPlayer(v, "POST", "/leaderboards/season-rank/scores", { score: 1650 }),
  },
  {
    page: server("submitScoreForAccount"), operation: "submitScoreForAccount", example: "rating", title: "The backend records a match rating", status: 200,
    request: (v) => asBackend("POST", "/leaderboards/season-rank/scores", { accountId: v.accountId, score: 1650, idempotencyKey: key(33) }),
  },
  {
    page: sdk("listLeaderboardRecords"), operation: "listLeaderboardRecords", example: "top", title: "The top of the board", status: 200,
    request: () => ({ method: "GET", path: "/sdk/v1/leaderboards/weekly-distance/records?limit=10", auth: "runtime" }),
  },
  {
    page: sdk("listLeaderboardRecords"), operation: "listLeaderboardRecords", example: "unknown", title: "A board that does not exist", status: 404,
    request: () => ({ method: "GET", path: "/sdk/v1/leaderboards/weekly-distnce/records", auth: "runtime" }),
  },
  {
    page: sdk("getLeaderboardStanding"), operation: "getLeaderboardStanding", example: "second", title: "The player's rank and neighbours", status: 200,
    request: (v) => asPlayer(v, "GET", "/leaderboards/weekly-distance?neighbours=2"),
  },
  {
    page: sdk("streamLeaderboard"), operation: "streamLeaderboard", example: "ready", title: "Watch the board live", status: 200,
    note: "The first event is `ready` with the board and its period; `score_update` follows each change in the top, and `closed` comes when the week resets. The example shows the first event; the stream stays open.",
    request: () => ({ method: "GET", path: "/sdk/v1/leaderboards/weekly-distance/stream", auth: "runtime", headers: { Accept: "text/event-stream" } }),
  },
  {
    page: admin("hideLeaderboardRecord"), operation: "hideLeaderboardRecord", example: "cheater", title: "Hide a cheater's record", status: 200,
    note: "Nobody else sees the record any more, and the ranks below it move up; the player is not told. Audited with the reason.",
    request: (v) => asOperator(v, "POST", "/{studio}/{game}/leaderboards/weekly-distance/hide", { publicId: v.rivalPublicId, reason: "distance impossible for the track, ticket 812", idempotencyKey: key(34) }),
  },
  {
    page: admin("listLeaderboardRecordsForGame"), operation: "listLeaderboardRecordsForGame", example: "top", title: "The board as players see it", status: 200,
    note: "The portal's view of a board; the hidden record is left out, as it is for players.",
    request: (v) => asOperator(v, "GET", "/{studio}/{game}/leaderboards/weekly-distance/records?limit=10"),
  },
  {
    page: admin("streamLeaderboardForGame"), operation: "streamLeaderboardForGame", example: "ready", title: "Watch the board from the portal", status: 200,
    note: "The players' stream, opened with the member's session. The example shows the first event; the stream stays open.",
    request: (v) => ({ ...asOperator(v, "GET", "/{studio}/{game}/leaderboards/weekly-distance/stream"), headers: { Accept: "text/event-stream" } }),
  },
  {
    page: sdk("listLeaderboardRecords"), operation: "listLeaderboardRecords", example: "afterHiding", title: "The board without the hidden record", status: 200,
    request: () => ({ method: "GET", path: "/sdk/v1/leaderboards/weekly-distance/records", auth: "runtime" }),
  },
  {
    page: admin("deleteLeaderboard"), operation: "deleteLeaderboard", example: "retired", title: "Delete a board", status: 200,
    note: "Its records of every period go with it; streams on it receive `closed` (`board_deleted`).",
    request: (v) => asOperator(v, "POST", "/{studio}/{game}/leaderboards/season-rank/delete", { reason: "replaced by the weekly board", idempotencyKey: key(35) }),
  },
  {
    page: admin("createEvent"), operation: "createEvent", example: "cup", title: "A weekend cup with an entry fee and prizes", status: 201,
    note: "The event gets its own board, `event-weekend-cup`, written only through attempts. The times may carry any offset; they are kept as UTC instants.",
    request: (v) => asOperator(v, "POST", "/{studio}/{game}/events", {
      eventId: "weekend-cup", name: "Weekend Cup", startsAt: "2026-11-23T09:00:00Z", endsAt: "2026-11-25T21:00:00Z", entryCost: { gold: 50 },
      maxAttemptsPerPlayer: 3, maxParticipants: 1000, rewards: [{ fromRank: 1, toRank: 1, rewards: { currencies: { gems: 100 } } }, { fromRank: 2, toRank: 10, rewards: { currencies: { gems: 20 } } }],
      idempotencyKey: key(36),
    }),
  },
  {
    page: admin("createEvent"), operation: "createEvent", example: "sprint", title: "A midweek sprint, not started yet", status: 201,
    request: (v) => asOperator(v, "POST", "/{studio}/{game}/events", { eventId: "midweek-sprint", name: "Midweek Sprint", startsAt: "2026-11-25T18:00:00Z", endsAt: "2026-11-25T20:00:00Z" }),
  },
  {
    page: admin("updateEvent"), operation: "updateEvent", example: "longer", title: "One more day for the cup", status: 200,
    note: "While an event runs, only its name, its rewards and a later end can change.",
    request: (v) => asOperator(v, "POST", "/{studio}/{game}/events/weekend-cup", { endsAt: "2026-11-26T21:00:00Z", idempotencyKey: key(37) }),
  },
  {
    page: admin("updateEvent"), operation: "updateEvent", example: "locked", title: "A new entry fee once the cup runs", status: 409,
    request: (v) => asOperator(v, "POST", "/{studio}/{game}/events/weekend-cup", { entryCost: { gold: 10 } }),
  },
  {
    page: admin("listEventsForGame"), operation: "listEventsForGame", example: "two", title: "The game's events", status: 200,
    request: (v) => asOperator(v, "GET", "/{studio}/{game}/events"),
  },
  {
    page: sdk("listEvents"), operation: "listEvents", example: "active", title: "The events running now", status: 200,
    request: () => ({ method: "GET", path: "/sdk/v1/events?status=active", auth: "runtime" }),
  },
  {
    page: sdk("enterEvent"), operation: "enterEvent", example: "entered", title: "Enter the cup", status: 201,
    note: "The entry fee is charged in the same transaction as the checks (window, places, attempts): a ledger entry with source `event_entry`.",
    request: (v) => asPlayer(v, "POST", "/events/weekend-cup/attempts", { idempotencyKey: key(38) }),
    keep: { attemptId: "attemptId" },
  },
  {
    page: sdk("submitEventScore"), operation: "submitEventScore", example: "scored", title: "The attempt's score", status: 200,
    request: (v) => asPlayer(v, "POST", `/events/weekend-cup/attempts/${v.attemptId}/score`, { score: 4300, subscore: 12, idempotencyKey: key(39) }),
  },
  {
    page: sdk("submitEventScore"), operation: "submitEventScore", example: "twice", title: "A second score for the same attempt", status: 409,
    note: "Each attempt takes one score; enter again for another try.",
    request: (v) => asPlayer(v, "POST", `/events/weekend-cup/attempts/${v.attemptId}/score`, { score: 9999 }),
  },
  {
    page: sdk("enterEvent"), operation: "enterEvent", example: "rival", title: "A rival spends their gold on two attempts", status: 201,
    request: (v) => ({ ...asPlayer(v, "POST", "/events/weekend-cup/attempts", {}), path: `/sdk/v1/accounts/${v.rivalId}/events/weekend-cup/attempts`, session: v.rivalToken }),
  },
  {
    page: sdk("enterEvent"), operation: "enterEvent", example: "again", title: "The rival's second attempt", status: 201,
    request: (v) => ({ ...asPlayer(v, "POST", "/events/weekend-cup/attempts", {}), path: `/sdk/v1/accounts/${v.rivalId}/events/weekend-cup/attempts`, session: v.rivalToken }),
  },
  {
    page: sdk("enterEvent"), operation: "enterEvent", example: "short", title: "Not enough gold for a third", status: 409,
    note: "Nothing is charged; `details` name the currency, the fee and the balance, and the message is the one the game may show.",
    request: (v) => ({ ...asPlayer(v, "POST", "/events/weekend-cup/attempts", {}), path: `/sdk/v1/accounts/${v.rivalId}/events/weekend-cup/attempts`, session: v.rivalToken }),
  },
  {
    page: sdk("getEvent"), operation: "getEvent", example: "running", title: "The cup while it runs", status: 200,
    note: "Once `endsAt` passes, the event is finalised exactly once — final ranks frozen, prizes granted — and `finalStandings` lists the top with what each won.",
    request: () => ({ method: "GET", path: "/sdk/v1/events/weekend-cup", auth: "runtime" }),
  },
  {
    page: admin("cancelEvent"), operation: "cancelEvent", example: "cancelled", title: "Cancel the sprint", status: 200,
    note: "Every paid attempt's entry cost goes back to its player's wallet; the board's streams close.",
    request: (v) => asOperator(v, "POST", "/{studio}/{game}/events/midweek-sprint/cancel", { reason: "clashes with the cup", idempotencyKey: key(40) }),
  },
  {
    page: sdk("createLobby"), operation: "createLobby", example: "duel", title: "Create a private duel", status: 201,
    note: "The creator is the host. A private lobby gets a six-character `joinCode` to share; a public one is listed by `listLobbies`.",
    request: (v) => asPlayer(v, "POST", "/lobbies", { maxPlayers: 2, visibility: "private", mode: "duel", region: "eu", attributes: { map: "harbour" }, idempotencyKey: key(41) }),
    keep: { lobbyId: "lobbyId", joinCode: "joinCode" },
  },
  {
    page: sdk("createLobby"), operation: "createLobby", example: "second", title: "A second lobby for the same player", status: 409,
    request: (v) => asPlayer(v, "POST", "/lobbies", { maxPlayers: 4, visibility: "public", mode: "squad" }),
  },
  {
    page: sdk("joinLobbyByCode"), operation: "joinLobbyByCode", example: "code", title: "The rival joins with the shared code", status: 200,
    note: "The code may also be sent as the player typed it: case, spaces and dashes do not matter.",
    request: (v) => ({ ...asPlayer(v, "POST", "/lobbies/join-by-code", {}), path: `/sdk/v1/accounts/${v.rivalId}/lobbies/join-by-code`, session: v.rivalToken, body: { code: v.joinCode, idempotencyKey: key(42) } }),
  },
  {
    page: sdk("joinLobbyByCode"), operation: "joinLobbyByCode", example: "wrong", title: "A wrong code", status: 404,
    note: "Codes are counted as transfer codes are (with budgets of their own): every attempt per client address, and wrong ones per runtime key; past either, 429.",
    request: (v) => ({ ...asPlayer(v, "POST", "/lobbies/join-by-code", {}), path: `/sdk/v1/accounts/${v.rivalId}/lobbies/join-by-code`, session: v.rivalToken, body: { code: "ZZZZZZ" } }),
  },
  {
    page: sdk("getLobby"), operation: "getLobby", example: "two", title: "The lobby with both players", status: 200,
    request: (v) => asPlayer(v, "GET", `/lobbies/${v.lobbyId}`),
  },
  {
    page: sdk("updateLobby"), operation: "updateLobby", example: "map", title: "The host picks another map", status: 200,
    request: (v) => asPlayer(v, "POST", `/lobbies/${v.lobbyId}/update`, { expectedVersion: 2, attributes: { map: "canyon" }, idempotencyKey: key(43) }),
  },
  {
    page: sdk("updateLobby"), operation: "updateLobby", example: "stale", title: "A change against an old version", status: 409,
    note: "Nothing is written; `details.lobby` is the lobby as it is now, to decide again from.",
    request: (v) => asPlayer(v, "POST", `/lobbies/${v.lobbyId}/update`, { expectedVersion: 2, locked: true }),
  },
  {
    page: sdk("updateLobby"), operation: "updateLobby", example: "notHost", title: "A member who is not the host", status: 403,
    request: (v) => ({ ...asPlayer(v, "POST", `/lobbies/${v.lobbyId}/update`, {}), path: `/sdk/v1/accounts/${v.rivalId}/lobbies/${v.lobbyId}/update`, session: v.rivalToken, body: { expectedVersion: 3, locked: true } }),
  },
  {
    page: sdk("heartbeatLobby"), operation: "heartbeatLobby", example: "alive", title: "Still here", status: 200,
    note: "At least every 30 seconds: a member silent for longer is dropped, and a lobby nobody heartbeats closes.",
    request: (v) => asPlayer(v, "POST", `/lobbies/${v.lobbyId}/heartbeat`, { idempotencyKey: key(44) }),
  },
  {
    page: sdk("startLobby"), operation: "startLobby", example: "started", title: "The host starts the duel", status: 200,
    request: (v) => asPlayer(v, "POST", `/lobbies/${v.lobbyId}/start`, { idempotencyKey: key(45) }),
  },
  {
    page: server("pushMatch"), operation: "pushMatch", example: "duel", title: "The matchmaker assigns the duel to a game server", status: 201,
    note: "`matchId` is the matchmaker's own id (here it reuses the lobby's): the same push again answers `seenBefore: true`; the same id with another body is 409.",
    request: (v) => asBackend("POST", "/matches", { matchId: v.lobbyId, accountIds: [v.accountId, v.rivalId], connection: { host: "203.0.113.7", port: 7777, ticket: "tkt_93af0c" }, lobbyId: v.lobbyId, idempotencyKey: key(46) }),
  },
  {
    page: server("pushMatch"), operation: "pushMatch", example: "conflict", title: "The same matchId with another server", status: 409,
    request: (v) => asBackend("POST", "/matches", { matchId: v.lobbyId, accountIds: [v.accountId, v.rivalId], connection: { host: "203.0.113.8", port: 7777 }, lobbyId: v.lobbyId }),
  },
  {
    page: sdk("getMatchAssignment"), operation: "getMatchAssignment", example: "assigned", title: "Where to connect", status: 200,
    relies: ["pushMatch:duel"],
    note: "The account's event stream announced it too (`match_assigned`).",
    request: (v) => asPlayer(v, "GET", "/match"),
  },
  {
    page: server("getMatch"), operation: "getMatch", example: "match", title: "The match as pushed", status: 200,
    request: (v) => asBackend("GET", `/matches/${v.lobbyId}`),
  },
  {
    page: server("releaseMatch"), operation: "releaseMatch", example: "over", title: "The match is over", status: 200,
    request: (v) => asBackend("POST", `/matches/${v.lobbyId}/release`, { idempotencyKey: key(47) }),
  },
  {
    page: sdk("getMatchAssignment"), operation: "getMatchAssignment", example: "none", title: "No assignment any more", status: 404,
    request: (v) => asPlayer(v, "GET", "/match"),
  },
  {
    page: sdk("leaveLobby"), operation: "leaveLobby", example: "left", title: "The host leaves", status: 200,
    note: "The oldest remaining member becomes host; the last one out closes the lobby.",
    request: (v) => asPlayer(v, "POST", `/lobbies/${v.lobbyId}/leave`, { idempotencyKey: key(48) }),
  },
  {
    page: sdk("leaveLobby"), operation: "leaveLobby", example: "emptied", title: "The last member leaves the duel", status: 200,
    request: (v) => ({ ...asPlayer(v, "POST", "", {}), path: `/sdk/v1/accounts/${v.rivalId}/lobbies/${v.lobbyId}/leave`, session: v.rivalToken, body: {} }),
  },
  {
    page: sdk("createLobby"), operation: "createLobby", example: "public", title: "A public squad lobby", status: 201,
    request: (v) => asPlayer(v, "POST", "/lobbies", { maxPlayers: 4, visibility: "public", mode: "squad", region: "eu" }),
    keep: { squadLobbyId: "lobbyId" },
  },
  {
    page: sdk("listLobbies"), operation: "listLobbies", example: "squads", title: "Open squad lobbies in the EU", status: 200,
    request: () => ({ method: "GET", path: "/sdk/v1/lobbies?mode=squad&region=eu", auth: "runtime" }),
  },
  {
    page: sdk("joinLobby"), operation: "joinLobby", example: "joined", title: "The rival joins from the listing", status: 200,
    request: (v) => ({ ...asPlayer(v, "POST", "", {}), path: `/sdk/v1/accounts/${v.rivalId}/lobbies/${v.squadLobbyId}/join`, session: v.rivalToken, body: { idempotencyKey: key(49) } }),
  },
  {
    page: sdk("joinLobby"), operation: "joinLobby", example: "already", title: "Joining while in another lobby", status: 409,
    request: (v) => ({ ...asPlayer(v, "POST", "", {}), path: `/sdk/v1/accounts/${v.rivalId}/lobbies/${v.lobbyId}/join`, session: v.rivalToken, body: {} }),
  },
  {
    page: sdk("leaveLobby"), operation: "leaveLobby", example: "handover", title: "The host leaves the squad to the rival", status: 200,
    request: (v) => asPlayer(v, "POST", `/lobbies/${v.squadLobbyId}/leave`, {}),
  },
  {
    page: sdk("quickJoinLobby"), operation: "quickJoinLobby", example: "forming", title: "Quick-join: wait in a forming lobby (202)", status: 202,
    note: "The one 2xx in the error envelope: `lobby_forming`, with `Retry-After`. Ask again after that long (a new request); the player keeps one place whatever the number of calls.",
    request: (v) => asPlayer(v, "POST", "/lobbies/quick-join", { mode: "trio", region: "eu", maxPlayers: 2 }),
    keep: { trioLobbyId: "error.details.lobbyId" },
  },
  {
    page: sdk("leaveLobby"), operation: "leaveLobby", example: "lastOut", title: "The rival leaves the squad, which closes", status: 200,
    request: (v) => ({ ...asPlayer(v, "POST", "", {}), path: `/sdk/v1/accounts/${v.rivalId}/lobbies/${v.squadLobbyId}/leave`, session: v.rivalToken, body: {} }),
  },
  {
    page: sdk("quickJoinLobby"), operation: "quickJoinLobby", example: "ready", title: "The rival fills it (200)", status: 200,
    note: "The lobby opens with its second player; the first gets the same 200 on their next call.",
    request: (v) => ({ ...asPlayer(v, "POST", "", {}), path: `/sdk/v1/accounts/${v.rivalId}/lobbies/quick-join`, session: v.rivalToken, body: { mode: "trio", region: "eu", maxPlayers: 2, idempotencyKey: key(50) } }),
  },
  {
    page: sdk("leaveLobby"), operation: "leaveLobby", example: "rivalGoes", title: "The rival leaves the trio", status: 200,
    note: "The player who stays is its host now. (The player's erasure, last in this walk-through, takes them out of it too, and the lobby closes.)",
    request: (v) => ({ ...asPlayer(v, "POST", "", {}), path: `/sdk/v1/accounts/${v.rivalId}/lobbies/${v.trioLobbyId}/leave`, session: v.rivalToken, body: {} }),
  },
  {
    page: admin("addMember"), operation: "addMember", example: "support", title: "Invite a support member", status: 201,
    note: "The membership waits (`status: invited`) until the person accepts with `invitationCode`, shown once; the answer is the same whether or not the email has an operator account.",
    request: (v) => asOperator(v, "POST", "/{studio}/members", { email: "support@studio.example", role: "support", idempotencyKey: key(18) }),
    keep: { supportId: "member.memberId", invitationCode: "invitationCode" },
  },
  {
    page: admin("acceptInvitation"), operation: "acceptInvitation", example: "newPerson", title: "The invited person accepts, choosing a password", status: 200,
    request: (v) => ({ method: "POST", path: "/admin/v1/invitations/accept", auth: "none", body: { code: v.invitationCode, password: "a-password-of-their-own" } }),
  },
  {
    page: admin("acceptInvitation"), operation: "acceptInvitation", example: "used", title: "A code works once", status: 404,
    request: (v) => ({ method: "POST", path: "/admin/v1/invitations/accept", auth: "none", body: { code: v.invitationCode, password: "a-password-of-their-own" } }),
  },
  {
    page: admin("listMembers"), operation: "listMembers", example: "two", title: "The studio's members", status: 200,
    request: (v) => asOperator(v, "GET", "/{studio}/members"),
  },
  {
    page: admin("setMemberRole"), operation: "setMemberRole", example: "promote", title: "Make the member an admin", status: 200,
    request: (v) => asOperator(v, "POST", `/{studio}/members/${v.supportId}/role`, { role: "admin" }),
  },
  {
    page: admin("removeMember"), operation: "removeMember", example: "removed", title: "Remove the member", status: 200,
    note: "They lose access to the studio at once; in no studio any more, they are signed out everywhere.",
    request: (v) => asOperator(v, "POST", `/{studio}/members/${v.supportId}/remove`, {}),
  },
  {
    page: admin("setStudioPlan"), operation: "setStudioPlan", example: "indie", title: "Move the studio to the indie plan", status: 200,
    request: (v) => asOperator(v, "POST", "/{studio}/plan", { plan: "indie" }),
  },
  {
    page: admin("listAuditLog"), operation: "listAuditLog", example: "latest", title: "The latest changes", status: 200,
    note: "Changes by members, server keys and the CLI, newest first; `nextCursor` pages on to older ones.",
    request: (v) => asOperator(v, "GET", "/{studio}/audit-log?limit=3"),
  },
  {
    page: admin("signOut"), operation: "signOut", example: "out", title: "Sign out", status: 200,
    request: (v) => asOperator(v, "DELETE", "/session"),
  },
  {
    page: "examples/error-response", operation: "getAccount", example: "wrongAccount", title: "403: a session used on another account's path", status: 403,
    request: (v) => ({ ...asPlayer(v, "GET", ""), path: "/sdk/v1/accounts/acc_aaaaaaaaaaaaaaaaaaaaaaaaaa" }),
  },
  {
    page: "examples/error-response", operation: "syncSlot", example: "invalid", title: "400: a request that breaks the contract", status: 400,
    request: (v) => asPlayer(v, "POST", "/slots/main/sync", { baseVersion: 0, data: SAVE_V1, colour: "red" }),
  },
  {
    page: server("revokeAllAccountSessions"), operation: "revokeAllAccountSessions", example: "revoked", title: "Sign the account out everywhere", status: 200,
    relies: ["revokeSessionForPlayer:stolen"],
    note: "Every device's session stops working at once and their event streams close.",
    request: (v) => asBackend("POST", `/accounts/${v.accountId}/sessions/revoke-all`, { idempotencyKey: key(12) }),
  },
  {
    page: server("eraseAccount"), operation: "eraseAccount", example: "erased", title: "Erase an account", status: 200,
    note: "Slots, history, sessions and the economy are deleted (in-app purchase records stay, so a replayed receipt is still refused); a tombstone remains so that holders of its sessions learn why (410).",
    request: (v) => asBackend("POST", `/accounts/${v.accountId}/erase`, { idempotencyKey: key(13) }),
  },
  {
    page: server("getAccountDetail"), operation: "getAccountDetail", example: "erased", title: "An erased account", status: 410,
    relies: ["eraseAccount:erased"],
    request: (v) => asBackend("GET", `/accounts/${v.accountId}`),
  },
  {
    page: sdk("getAccount"), operation: "getAccount", example: "erased", title: "The account was erased", status: 410,
    relies: ["eraseAccount:erased"],
    request: (v) => ({ ...asPlayer(v, "GET", ""), session: v.secondSessionToken }),
  },
];
