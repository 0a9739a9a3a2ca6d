// The store's contract (server/store/types.ts), tested directly on whichever engine the project runs
// (test/store runs on SQLite and on PostgreSQL). A new store method gets its test here, once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sha256Hex } from "../../server/domain/payload.js";
import type { AccountRecord, EnvironmentRecord, SlotContent, Store, TxStore } from "../../server/store/types.js";
import { testStore } from "../support/helpers.js";

let store: Store;
let env: EnvironmentRecord;
let workspaceId: string;
const now = () => new Date().toISOString();
let counter = 0;

const content = (data: string, slotInfo = "{}"): SlotContent => ({ data, slotInfo, checksum: sha256Hex(data), dataBytes: data.length, slotInfoBytes: slotInfo.length });
const newAccount = (): AccountRecord => ({ id: `acc_contract_${++counter}`, environmentId: env.id, playerRef: null, publicId: `plr_contract_${counter}`, displayName: null, createdAt: now(), updatedAt: now(), erasedAt: null });
const newSession = () => ({ id: `ses_contract_${++counter}`, tokenHash: Buffer.from(`token-${counter}-${Math.random()}`), sdk: null });

beforeAll(async () => {
  store = await testStore();
  const ws = await store.transaction((tx) => tx.ensureWorkspace("contract", now()));
  workspaceId = ws.id;
  env = await store.transaction((tx) => tx.createEnvironment(ws.id, "development", now()));
});
afterAll(() => store.close());

describe("transactions", () => {
  it("commit when the work returns, and run afterCommit callbacks after the commit", async () => {
    const a = newAccount();
    const seen: string[] = [];
    await store.transaction(async (tx) => {
      await tx.createAccount(a, newSession(), null);
      tx.afterCommit(() => seen.push("committed"));
      expect(seen).toEqual([]);
      expect(await tx.getAccount(a.id)).not.toBeNull();
    });
    expect(seen).toEqual(["committed"]);
    expect(await store.getAccount(a.id)).not.toBeNull();
  });

  it("roll back everything when the work throws, whatever it throws, and skip afterCommit", async () => {
    const a = newAccount();
    const seen: string[] = [];
    await expect(store.transaction(async (tx) => {
      await tx.createAccount(a, newSession(), { slotId: "main", content: content('{"hp":1}') });
      tx.afterCommit(() => seen.push("committed"));
      throw new Error("refused");
    })).rejects.toThrow("refused");
    expect(seen).toEqual([]);
    expect(await store.getAccount(a.id)).toBeNull();
    expect(await store.getSlot(a.id, "main")).toBeNull();
  });

  it("are not seen by reads outside them until they commit", async () => {
    const a = newAccount();
    let inside: unknown = "unset";
    await store.transaction(async (tx) => {
      await tx.createAccount(a, newSession(), null);
      inside = await store.getAccount(a.id);
    });
    expect(inside).toBeNull();
  });
});

describe("slots", () => {
  it("write a version only from the expected one: written, unchanged, stale, missing", async () => {
    const a = newAccount();
    await store.transaction((tx) => tx.createAccount(a, newSession(), { slotId: "main", content: content('{"v":1}') }));
    expect(await store.transaction((tx) => tx.writeSlot(a.id, "main", 1, content('{"v":2}'), now()))).toMatchObject({ kind: "written", slot: { version: 2, data: '{"v":2}' } });
    expect(await store.transaction((tx) => tx.writeSlot(a.id, "main", 2, content('{"v":2}'), now()))).toMatchObject({ kind: "unchanged", slot: { version: 2 } });
    expect(await store.transaction((tx) => tx.writeSlot(a.id, "main", 1, content('{"v":3}'), now()))).toMatchObject({ kind: "stale", current: { version: 2 } });
    expect(await store.transaction((tx) => tx.writeSlot(a.id, "other", 1, content('{"v":3}'), now()))).toEqual({ kind: "missing" });
    expect((await store.getSlotVersion(a.id, "main", 1))?.data).toBe('{"v":1}');
    const { data, ...head } = (await store.getSlot(a.id, "main"))!;
    expect([data, await store.getSlotHead(a.id, "main"), await store.getSlotHead(a.id, "other")]).toEqual(['{"v":2}', head, null]);
  });

  it("take the head read earlier in the same transaction, and refuse one, or a lock, outside a transaction", async () => {
    const a = newAccount();
    await store.transaction((tx) => tx.createAccount(a, newSession(), { slotId: "main", content: content('{"v":1}') }));
    const head = (await store.getSlotHead(a.id, "main"))!;
    // A head that says the slot already holds v2: inside the transaction it is believed, so nothing is written.
    const claimed = { ...head, checksum: content('{"v":2}').checksum };
    const inside = await store.transaction(async (tx) => tx.writeSlot(a.id, "main", null, content('{"v":2}'), now(), claimed));
    expect(inside).toMatchObject({ kind: "unchanged", slot: { version: 1 } });
    // Outside one, a head read earlier could be stale, and a lock would end at once: both are refused, and nothing is written.
    // The process's store has no writes in its type; called anyway (from JavaScript), each is refused and writes nothing.
    const untyped = store as unknown as TxStore;
    await expect(untyped.writeSlot(a.id, "main", null, content('{"v":2}'), now(), claimed)).rejects.toThrow(/outside a transaction/);
    await expect(untyped.writeSlot(a.id, "main", null, content('{"v":2}'), now())).rejects.toThrow(/outside a transaction/);
    await expect(untyped.getSlotHeadAndStorage(a.id, "main", true, "ws")).rejects.toThrow(/outside a transaction/);
    await expect(untyped.lockAccount(a.id)).rejects.toThrow(/outside a transaction/);
    await expect(untyped.lockName("anything")).rejects.toThrow(/outside a transaction/);
    expect(await store.transaction((tx) => tx.writeSlot(a.id, "main", null, content('{"v":2}'), now()))).toMatchObject({ kind: "written", slot: { version: 2 } });
    const locked = await store.transaction(async (tx) => {
      const { head: current } = await tx.getSlotHeadAndStorage(a.id, "main", true, "ws");
      return tx.writeSlot(a.id, "main", null, content('{"v":3}'), now(), current!);
    });
    expect(locked).toMatchObject({ kind: "written", slot: { version: 3, data: '{"v":3}' } });
  });

  it("are read with a session: the session's own account's head, or null when it has no such slot", async () => {
    const a = newAccount();
    const other = newAccount();
    const session = newSession();
    await store.transaction((tx) => tx.createAccount(a, session, { slotId: "main", content: content('{"v":1}') }));
    await store.transaction((tx) => tx.createAccount(other, newSession(), { slotId: "spare", content: content('{"v":9}') }));
    await store.transaction((tx) => tx.writeSlot(a.id, "main", 1, content('{"v":2}'), now()));
    const found = (await store.findSessionWithSlot(session.tokenHash, "main"))!;
    expect(found).toEqual({ ...(await store.findSession(session.tokenHash)), slot: await store.getSlot(a.id, "main") });
    expect(found.slot).toMatchObject({ version: 2, data: '{"v":2}' });
    // Another account's slot of that id is not this session's.
    expect((await store.findSessionWithSlot(session.tokenHash, "spare"))?.slot).toBeNull();
    expect(await store.findSessionWithSlot(Buffer.from("no such token"), "main")).toBeNull();
  });

  it("refuse a slot that exists, and one past the account's limit", async () => {
    const a = newAccount();
    await store.transaction((tx) => tx.createAccount(a, newSession(), { slotId: "main", content: content("1") }));
    expect(await store.transaction((tx) => tx.createSlot(a.id, "main", content("2"), 5, now()))).toMatchObject({ kind: "exists", current: { version: 1 } });
    expect(await store.transaction((tx) => tx.createSlot(a.id, "second", content("2"), 2, now()))).toMatchObject({ kind: "created", slot: { slotId: "second", version: 1 } });
    expect(await store.transaction((tx) => tx.createSlot(a.id, "third", content("3"), 2, now()))).toEqual({ kind: "limit", limit: 2 });
  });

  it("count every stored version in the workspace's storage, and release pruned ones", async () => {
    const before = await store.storageBytes(workspaceId);
    const a = newAccount();
    await store.transaction((tx) => tx.createAccount(a, newSession(), { slotId: "main", content: content('{"n":1}') }));
    await store.transaction((tx) => tx.writeSlot(a.id, "main", 1, content('{"n":22}'), "2000-01-01T00:00:00.000Z"));
    await store.transaction((tx) => tx.writeSlot(a.id, "main", 2, content('{"n":333}'), now()));
    expect(await store.storageBytes(workspaceId)).toBe(before + 7 + 8 + 9 + 3 * 2);
    expect(await store.transaction((tx) => tx.pruneSlotVersions(workspaceId, "2020-01-01T00:00:00.000Z"))).toBe(1);
    expect(await store.storageBytes(workspaceId)).toBe(before + 7 + 9 + 2 * 2);
  });

  it("are read with the workspace's storage in one statement, as a sync checks both", async () => {
    const a = newAccount();
    await store.transaction((tx) => tx.createAccount(a, newSession(), { slotId: "main", content: content('{"n":1}') }));
    const both = await store.transaction((tx) => tx.getSlotHeadAndStorage(a.id, "main", true, workspaceId));
    expect(both).toEqual({ head: await store.getSlotHead(a.id, "main"), storageBytes: await store.storageBytes(workspaceId) });
    expect((await store.transaction((tx) => tx.getSlotHeadAndStorage(a.id, "other", false, workspaceId))).head).toBeNull();
  });
});

describe("keys", () => {
  it("find keys by id or by a shared display prefix, and keep the first revocation's time", async () => {
    const key = (id: string) => ({ id, environmentId: env.id, kind: "runtime" as const, prefix: "pst_rt_shared", createdAt: now(), revokedAt: null });
    await store.transaction((tx) => tx.createApiKey(key("key_contract_a"), Buffer.from("hash-a")));
    await store.transaction((tx) => tx.createApiKey(key("key_contract_b"), Buffer.from("hash-b")));
    expect((await store.findApiKeys("pst_rt_shared")).map((k) => k.id)).toEqual(["key_contract_a", "key_contract_b"]);
    expect((await store.findApiKeys("key_contract_b")).map((k) => k.id)).toEqual(["key_contract_b"]);
    const first = await store.transaction((tx) => tx.revokeApiKey("key_contract_a", "2026-01-01T00:00:00.000Z"));
    expect(first?.revokedAt).toBe("2026-01-01T00:00:00.000Z");
    expect((await store.transaction((tx) => tx.revokeApiKey("key_contract_a", "2026-02-01T00:00:00.000Z")))?.revokedAt).toBe("2026-01-01T00:00:00.000Z");
    expect((await store.findKeyPrincipal(Buffer.from("hash-b")))?.key.revokedAt).toBeNull();
    expect(await store.transaction((tx) => tx.revokeApiKey("key_contract_none", now()))).toBeNull();
  });
});

describe("key principals, cached", () => {
  const key = (id: string) => ({ id, environmentId: env.id, kind: "runtime" as const, prefix: `pst_rt_${id}`, createdAt: now(), revokedAt: null });

  it("are read once, and forgotten as soon as a change to a key, an environment or a plan commits", async () => {
    const announced: string[] = [];
    store.onPrincipalsChanged(() => announced.push("changed"));
    await store.transaction((tx) => tx.createApiKey(key("key_cache_a"), Buffer.from("hash-cache-a")));
    const first = await store.findKeyPrincipal(Buffer.from("hash-cache-a"));
    expect(await store.findKeyPrincipal(Buffer.from("hash-cache-a"))).toBe(first); // the same object: no read
    await store.transaction((tx) => tx.setTransferCodesEnabled(env.id, false));
    const after = await store.findKeyPrincipal(Buffer.from("hash-cache-a"));
    expect([after === first, after?.environment.transferCodesEnabled]).toEqual([false, false]);
    await store.transaction((tx) => tx.setTransferCodesEnabled(env.id, true));
    expect(announced).toEqual(["changed", "changed"]);
    // Inside a transaction: announced once it commits, never for a rollback.
    await store.findKeyPrincipal(Buffer.from("hash-cache-a"));
    await expect(store.transaction(async (tx) => {
      await tx.revokeApiKey("key_cache_a", now());
      throw new Error("rolled back");
    })).rejects.toThrow("rolled back");
    expect(announced).toHaveLength(2);
    expect((await store.findKeyPrincipal(Buffer.from("hash-cache-a")))?.key.revokedAt).toBeNull();
    await store.transaction(async (tx) => {
      await tx.revokeApiKey("key_cache_a", now());
      expect(announced).toHaveLength(2);
    });
    expect(announced).toHaveLength(3);
    expect((await store.findKeyPrincipal(Buffer.from("hash-cache-a")))?.key.revokedAt).not.toBeNull();
  });

  it("are not kept from a read that a change overtook, nor for a key that is not there", async () => {
    await store.transaction((tx) => tx.createApiKey(key("key_cache_b"), Buffer.from("hash-cache-b")));
    const reading = store.findKeyPrincipal(Buffer.from("hash-cache-b"));
    store.forgetPrincipals(); // another process announced a change while the read was under way
    const read = await reading;
    expect(await store.findKeyPrincipal(Buffer.from("hash-cache-b"))).not.toBe(read);
    expect(await store.findKeyPrincipal(Buffer.from("hash-cache-none"))).toBeNull();
    await store.transaction((tx) => tx.createApiKey(key("key_cache_none"), Buffer.from("hash-cache-none")));
    expect(await store.findKeyPrincipal(Buffer.from("hash-cache-none"))).not.toBeNull();
  });
});

describe("idempotency records and transfer codes", () => {
  it("keep a live idempotency record and replace an expired one", async () => {
    const record = (expiresAt: string) => ({ keyHash: Buffer.from(`idem-${counter}`), fingerprint: Buffer.from("f"), status: 201, sealed: Buffer.from("s"), createdAt: now(), expiresAt });
    const r = record("2030-01-01T00:00:00.000Z");
    expect(await store.transaction((tx) => tx.saveIdempotencyRecord(r, now()))).toBe(true);
    expect(await store.transaction((tx) => tx.saveIdempotencyRecord({ ...r, status: 200 }, now()))).toBe(false);
    expect((await store.findIdempotencyRecord(r.keyHash, now()))?.status).toBe(201);
    expect(await store.transaction((tx) => tx.saveIdempotencyRecord({ ...r, status: 200 }, "2031-01-01T00:00:00.000Z"))).toBe(true);
    expect(await store.findIdempotencyRecord(r.keyHash, "2031-01-01T00:00:00.000Z")).toBeNull();
  });

  it("hold a transfer-code locator while its code is live, count wrong guesses, and consume once", async () => {
    const a = newAccount();
    await store.transaction((tx) => tx.createAccount(a, newSession(), null));
    const code = { environmentId: env.id, locator: `L${counter}`, accountId: a.id, verifierHash: Buffer.from("v"), createdAt: now(), expiresAt: "2030-01-01T00:00:00.000Z", consumedAt: null, failedAttempts: 0, sessionId: null, revokedAt: null };
    expect(await store.transaction((tx) => tx.insertTransferCode(code, "2029-01-01T00:00:00.000Z"))).toBe(true);
    expect(await store.transaction((tx) => tx.insertTransferCode(code, "2029-01-01T00:00:00.000Z"))).toBe(false);
    expect(await store.transaction((tx) => tx.recordTransferCodeFailure(env.id, code.locator))).toBe(1);
    expect(await store.transaction((tx) => tx.recordTransferCodeFailure(env.id, code.locator))).toBe(2);
    expect(await store.transaction((tx) => tx.consumeTransferCode(env.id, code.locator, { ...newSession(), accountId: a.id }, now()))).toBe(true);
    expect(await store.transaction((tx) => tx.consumeTransferCode(env.id, code.locator, { ...newSession(), accountId: a.id }, now()))).toBe(false);
    expect(await store.transaction((tx) => tx.insertTransferCode(code, "2031-01-01T00:00:00.000Z"))).toBe(true);
  });
});

describe("usage", () => {
  it("adds counts per day, surface and SDK, and sums a month", async () => {
    const inc = (day: string, requests: number, sdk = "unity/1.0") => ({ environmentId: env.id, day, surface: "sdk" as const, sdk, requests });
    await store.transaction((tx) => tx.addUsage([inc("2026-03-01", 2), inc("2026-03-01", 3), inc("2026-03-31", 1, "web/2"), inc("2026-04-01", 7)]));
    expect(await store.monthlyRequests(workspaceId, "sdk", "2026-03")).toBe(6);
    expect(await store.usageBySdk(env.id, "2026-03-01", "2026-03-31")).toEqual([
      { surface: "sdk", sdk: "unity/1.0", requests: 5 }, { surface: "sdk", sdk: "web/2", requests: 1 },
    ]);
  });
});

describe("memberships by invitation", () => {
  it("wait until accepted, once: a pending one opens no studio, and its code's hash finds it until then", async () => {
    const member = { id: `mem_contract_${++counter}`, email: `invited-${counter}@studio.example`, createdAt: now() };
    expect(await store.transaction((tx) => tx.createMember(member, ""))).toBe(true);
    const hash = Buffer.from(`invitation-${counter}`);
    expect(await store.transaction((tx) => tx.addMembership(workspaceId, member.id, "viewer", now(), hash))).toBe(true);
    expect((await store.findMembership(workspaceId, member.id))?.status).toBe("invited");
    expect(await store.memberStudios(member.id)).toEqual([]);
    expect((await store.findInvitation(hash))).toMatchObject({ membership: { id: member.id, status: "invited" }, passwordHash: "" });
    expect(await store.transaction((tx) => tx.acceptInvitation(workspaceId, member.id, now(), "scrypt$chosen"))).toBe(true);
    expect(await store.transaction((tx) => tx.acceptInvitation(workspaceId, member.id, now(), "scrypt$again"))).toBe(false);
    expect(await store.findInvitation(hash)).toBeNull();
    expect((await store.findMemberByEmail(member.email))?.passwordHash).toBe("scrypt$chosen");
    expect((await store.memberStudios(member.id)).map((s) => s.workspace.id)).toEqual([workspaceId]);
  });
});
