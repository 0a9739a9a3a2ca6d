// The operator surface's studio operations (#17): members and roles, the player lookup, and the audit
// log that every change on /admin/v1 and /server/v1 writes, once, in the change's own transaction.
import { describe, expect, it } from "vitest";
import { errorCode, sdk, trusted } from "../../support/helpers.js";
import { member, signIn, startAdminServer, studioOf } from "./support.js";
import { publishCatalog } from "../../../server/domain/catalog.js";
import { inTransaction } from "../../../server/domain/context.js";

async function ownerSignedIn() {
  const server = await startAdminServer();
  await member(server, "owner@studio.example");
  const op = await signIn(server, "owner@studio.example");
  const studio = (await studioOf(server)).id;
  return { server, op, studio };
}

describe("members and roles", () => {
  it("lets an owner invite a member, who accepts with the code and a password of their own; removal ends their access at once", async () => {
    const { server, op, studio } = await ownerSignedIn();
    const added = await op.post(`/admin/v1/studios/${studio}/members`, { email: "Support@Studio.example", role: "support" });
    expect(added.status).toBe(201);
    expect(added.body.member).toMatchObject({ email: "support@studio.example", role: "support", status: "invited" });
    expect(added.body.invitationCode).toMatch(/^pst_inv_[A-Za-z0-9_-]{32}$/);
    // Not a member until they accept: no sign-in yet, and the studio is not theirs.
    expect((await server.http.post("/admin/v1/session").send({ email: "support@studio.example", password: "support-chooses-this" })).status).toBe(401);
    expect(errorCode(await server.http.post("/admin/v1/invitations/accept").send({ code: added.body.invitationCode, password: "short" }))).toBe("invalid_request");
    const accepted = await server.http.post("/admin/v1/invitations/accept").send({ code: added.body.invitationCode, password: "support-chooses-this" });
    expect([accepted.status, accepted.body.member.status, accepted.body.studio.role]).toEqual([200, "active", "support"]);
    expect(errorCode(await server.http.post("/admin/v1/invitations/accept").send({ code: added.body.invitationCode, password: "support-chooses-this" }))).toBe("not_found");
    const support = await signIn(server, "support@studio.example", "support-chooses-this");
    expect((await support.get(`/admin/v1/studios/${studio}`)).body.role).toBe("support");
    expect(errorCode(await op.post(`/admin/v1/studios/${studio}/members`, { email: "support@studio.example", role: "viewer" }))).toBe("member_exists");

    const removed = await op.post(`/admin/v1/studios/${studio}/members/${added.body.member.memberId}/remove`);
    expect(removed.status).toBe(200);
    // The member is in no studio now: every session of theirs ended.
    expect(errorCode(await support.get("/admin/v1/session"))).toBe("unauthorized");
    // And they cannot sign in again, with the answer a wrong password gets.
    const again = await server.http.post("/admin/v1/session").send({ email: "support@studio.example", password: "support-chooses-this" });
    expect([again.status, again.body.error.message]).toEqual([401, "the email or the password is wrong"]);
  });

  it("tells an owner nothing about who is an operator elsewhere, and attaches nobody without their consent", async () => {
    const { server, studio } = await ownerSignedIn();
    await member(server, "elsewhere@studio.example"); // an operator of the first studio
    const other = await server.store.transaction((tx) => tx.ensureWorkspace("other-studio", new Date().toISOString()));
    // An owner of another studio only:
    const owner2 = await member(server, "owner2@studio.example");
    await server.store.transaction((tx) => tx.removeMembership(studio, owner2.id));
    await server.store.transaction((tx) => tx.addMembership(other.id, owner2.id, "owner", new Date().toISOString()));
    // …and an owner of another studio invites them and a stranger: the two answers have one shape.
    const op2 = await signIn(server, "owner2@studio.example");
    const known = await op2.post(`/admin/v1/studios/${other.id}/members`, { email: "elsewhere@studio.example", role: "viewer" });
    const unknown = await op2.post(`/admin/v1/studios/${other.id}/members`, { email: "nobody-yet@studio.example", role: "viewer" });
    const shape = (b: any) => ({ ...b, member: { ...b.member, memberId: "-", email: "-", joinedAt: "-" }, invitationCode: "-", expiresAt: "-" });
    expect(shape(known.body)).toEqual(shape(unknown.body));
    // Not attached until they accept, with their own password (which proves it is them).
    const theirStudios = await signIn(server, "elsewhere@studio.example");
    expect((await theirStudios.get("/admin/v1/studios")).body.studios.map((s: { studioId: string }) => s.studioId)).toEqual([studio]);
    const wrong = await server.http.post("/admin/v1/invitations/accept").send({ code: known.body.invitationCode, password: "not-their-password" });
    expect(wrong.status).toBe(401);
    const right = await server.http.post("/admin/v1/invitations/accept").send({ code: known.body.invitationCode, password: "correct-horse-battery" });
    expect(right.status).toBe(200);
    expect((await theirStudios.get("/admin/v1/studios")).body.studios).toHaveLength(2);
  });

  it("hashes an invited person's new password before its transaction: a player's save made meanwhile is not held behind it", async () => {
    const server = await startAdminServer({ passwordKdf: { N: 2 ** 15, r: 8, p: 3 } }); // the real cost, a quarter of a second here
    await member(server, "owner@studio.example");
    const op = await signIn(server, "owner@studio.example");
    const studio = (await studioOf(server)).id;
    const { invitationCode } = (await op.post(`/admin/v1/studios/${studio}/members`, { email: "new@studio.example", role: "viewer" })).body;
    const finished: string[] = [];
    const accepting = server.http.post("/admin/v1/invitations/accept").send({ code: invitationCode, password: "a-new-password-here" }).then((r) => (finished.push("acceptInvitation"), r));
    await new Promise((resolve) => setTimeout(resolve, 40)); // the hash is under way
    await sdk(server).createAccount({ playerRef: "player-1" }).then(() => finished.push("createAccount"));
    expect((await accepting).status).toBe(200);
    expect(finished).toEqual(["createAccount", "acceptInvitation"]);
  });

  it("keeps an owner who has accepted: an owner invited but not yet accepted does not count", async () => {
    const { server, op, studio } = await ownerSignedIn();
    expect((await op.post(`/admin/v1/studios/${studio}/members`, { email: "next-owner@studio.example", role: "owner" })).status).toBe(201);
    const self = (await server.store.listMemberships(studio)).find((m) => m.email === "owner@studio.example")!;
    expect(errorCode(await op.post(`/admin/v1/studios/${studio}/members/${self.id}/role`, { role: "admin" }))).toBe("last_owner");
  });

  it("gates changes by role, and keeps the last owner", async () => {
    const { server, op, studio } = await ownerSignedIn();
    await member(server, "viewer@studio.example", "viewer");
    const viewer = await signIn(server, "viewer@studio.example");
    expect((await viewer.get(`/admin/v1/studios/${studio}/members`)).status).toBe(200);
    const refused = await viewer.post(`/admin/v1/studios/${studio}/members`, { email: "x@studio.example", role: "owner" });
    expect([refused.status, errorCode(refused)]).toEqual([403, "forbidden"]);
    expect(refused.body.error.message).toMatch(/viewer.*owner/);
    const owner = (await server.store.listMemberships(studio)).find((m) => m.role === "owner")!;
    expect(errorCode(await op.post(`/admin/v1/studios/${studio}/members/${owner.id}/remove`))).toBe("last_owner");
  });

  it("answers 404 for a studio that is not the member's, as for one that does not exist", async () => {
    const { server, op } = await ownerSignedIn();
    const other = await server.store.transaction((tx) => tx.ensureWorkspace("rival", new Date().toISOString()));
    const theirs = await op.get(`/admin/v1/studios/${other.id}`);
    const none = await op.get("/admin/v1/studios/00000000-0000-4000-8000-000000000000");
    expect([theirs.status, none.status]).toEqual([404, 404]);
    expect((await op.get("/admin/v1/studios")).body.studios).toHaveLength(1);
  });
});

describe("the player lookup", () => {
  it("shows each account of a playerRef with slots, sessions and transfer codes, never a secret", async () => {
    const { server, op, studio } = await ownerSignedIn();
    const game = server.environmentId;
    const account = await sdk(server).createAccount({ playerRef: "player-8841", slot: { slotId: "main", data: { hp: 1 } } });
    await sdk(server).post(`/sdk/v1/accounts/${account.accountId}/transfer-codes`, {}, account.token);
    await trusted(server).post(`/server/v1/accounts/${account.accountId}/sessions`, {});
    await inTransaction(server.app.deps, async (tx) => publishCatalog(tx, (await server.store.getEnvironment(game))!, { currencies: [{ currencyId: "gold", initial: 10, max: 100 }], items: [], offers: [] }));
    await trusted(server).post(`/server/v1/accounts/${account.accountId}/wallet/transactions`, { changes: { gold: 5 }, reason: "bonus" });
    const res = await op.get(`/admin/v1/studios/${studio}/games/${game}/players/player-8841`);
    expect(res.status).toBe(200);
    const [found] = res.body.accounts;
    expect(found.account).toMatchObject({ accountId: account.accountId, playerRef: "player-8841", slots: [expect.objectContaining({ slotId: "main", version: 1 })] });
    expect(found.sessions).toHaveLength(2);
    expect(found.transferCodes).toEqual([expect.objectContaining({ state: "live", failedAttempts: 0 })]);
    expect(found.wallet).toMatchObject({ version: 2, balances: [{ currencyId: "gold", balance: 15, max: 100 }] });
    expect(found.recentLedger.map((e: { source: string }) => e.source)).toEqual(["server", "initial"]);
    expect(JSON.stringify(res.body)).not.toMatch(/pst_as_|"code"/);
    expect(res.body.auditEntries.map((e: { action: string }) => e.action)).toEqual(["createWalletTransaction", "createAccountSession"]);
    expect((await op.get(`/admin/v1/studios/${studio}/games/${game}/players/nobody`)).status).toBe(404);
  });
});

describe("the audit log", () => {
  it("records each change once with its actor, also when an idempotent retry replays it, and none for a refused one", async () => {
    const { server, op, studio } = await ownerSignedIn();
    const account = await sdk(server).createAccount();
    const erase = { idempotencyKey: "audit-erase-0001-aaaaaaaaaaaa" };
    const first = await trusted(server).post(`/server/v1/accounts/${account.accountId}/erase`, erase).set("X-Request-Id", "chosen-by-client");
    expect(first.status).toBe(200);
    expect((await trusted(server).post(`/server/v1/accounts/${account.accountId}/erase`, erase)).headers["idempotent-replay"]).toBe("true");
    expect((await trusted(server).post("/server/v1/accounts/acc_aaaaaaaaaaaaaaaaaaaaaaaaaa/erase", {})).status).toBe(404);
    await op.post(`/admin/v1/studios/${studio}/members`, { email: "viewer@studio.example", role: "viewer" });

    const log = await op.get(`/admin/v1/studios/${studio}/audit-log`);
    expect(log.status).toBe(200);
    expect(log.body.entries.map((e: { action: string }) => e.action)).toEqual(["addMember", "eraseAccount"]);
    const [added, erased] = log.body.entries;
    expect(erased).toMatchObject({ actor: { kind: "server_key", label: expect.stringMatching(/^pst_sk_development_/) }, resource: `accounts/${account.accountId}/erase`, gameId: server.environmentId });
    expect(erased.requestId).toBe(first.headers["x-request-id"]); // the server's own id, never the one the client chose
    expect(erased.requestId).toMatch(/^req_[0-9a-f]{16}$/);
    expect(added).toMatchObject({ actor: { kind: "member", label: "owner@studio.example" }, resource: "members", after: { email: "viewer@studio.example", role: "viewer" } });
    expect(added.requestId).toMatch(/^req_/);
    expect(JSON.stringify(log.body)).not.toMatch(/oneTimePassword|pst_as_/);
  });

  it("filters by actor, action, resource and time, and pages newest first with a cursor", async () => {
    const { server, op, studio } = await ownerSignedIn();
    const accounts = [await sdk(server).createAccount(), await sdk(server).createAccount()];
    for (const a of accounts) await trusted(server).post(`/server/v1/accounts/${a.accountId}/sessions/revoke-all`, {});
    await op.post(`/admin/v1/studios/${studio}/members`, { email: "viewer@studio.example", role: "viewer" });
    const entries = async (query: string) => (await op.get(`/admin/v1/studios/${studio}/audit-log?${query}`)).body;
    expect((await entries("action=revokeAllAccountSessions")).entries).toHaveLength(2);
    expect((await entries(`resource=accounts/${accounts[0].accountId}`)).entries).toHaveLength(1);
    expect((await entries("actorId=cli")).entries).toHaveLength(0);
    const owner = (await server.store.listMemberships(studio)).find((m) => m.role === "owner")!;
    expect((await entries(`actorId=${owner.id}`)).entries.map((e: { action: string }) => e.action)).toEqual(["addMember"]);
    expect((await entries("to=2000-01-01T00:00:00Z")).entries).toHaveLength(0);
    const first = await entries("limit=2");
    expect(first.entries).toHaveLength(2);
    const rest = await entries(`limit=2&cursor=${first.nextCursor}`);
    expect(rest.entries).toHaveLength(1);
    expect(rest.nextCursor).toBeNull();
    expect(Number(rest.entries[0].entryId)).toBeLessThan(Number(first.entries[1].entryId));
  });
});
