// Grants and in-app purchases (#18): a claim applies every reward or stays pending with its lastError;
// an operator's force-claim applies a stuck grant capped, records the shortfall and audits; a store
// transaction is fulfilled once, and refunded once, clamped at zero.
import { describe, expect, it } from "vitest";
import { errorCode, sdk, trusted, type TestServer } from "../../support/helpers.js";
import { balances, credit, ledgerAddsUp, shop, stacks } from "./support.js";
import { member, signIn, studioOf } from "../admin/support.js";
import { TEST_KDF } from "../admin/support.js";

const grant = (server: TestServer, body: object) => trusted(server).post("/server/v1/grants", body);
const claim = (server: TestServer, p: { accountId: string; token: string }, grantId: string) =>
  sdk(server).post(`/sdk/v1/accounts/${p.accountId}/grants/${grantId}/claim`, {}, p.token);

describe("grants", () => {
  it("are claimed once, applying every reward in one entry", async () => {
    const server = await shop();
    const p = await sdk(server).createAccount();
    const issued = await grant(server, { accountId: p.accountId, rewards: { currencies: { gems: 50 }, items: { lantern: 1 } }, reason: "launch week gift", externalRef: "gift-1" });
    expect([issued.status, issued.body.seenBefore, issued.body.grant.status]).toEqual([201, false, "pending"]);
    const grantId = issued.body.grant.grantId;
    const again = await grant(server, { accountId: p.accountId, rewards: { items: { lantern: 1 }, currencies: { gems: 50 } }, reason: "launch week gift", externalRef: "gift-1" });
    expect([again.status, again.body.seenBefore, again.body.grant.grantId]).toEqual([200, true, grantId]);
    const other = await grant(server, { accountId: p.accountId, rewards: { currencies: { gems: 500 } }, reason: "x", externalRef: "gift-1" });
    expect([other.body.error.code, other.body.error.details]).toEqual(["external_ref_conflict", { externalRef: "gift-1", grantId }]);
    const listed = await sdk(server).get(`/sdk/v1/accounts/${p.accountId}/grants?status=pending`, p.token);
    expect(listed.body.grants.map((g: { grantId: string }) => g.grantId)).toEqual([grantId]);
    const claimed = await claim(server, p, grantId);
    expect(claimed.status, JSON.stringify(claimed.body)).toBe(200);
    expect(claimed.body.grant).toMatchObject({ status: "claimed", entryId: claimed.body.entry.entryId });
    expect([claimed.body.entry.source, claimed.body.entry.ref, balances(claimed.body.wallet).gems, stacks(claimed.body.inventory)]).toEqual(["grant", grantId, 50, { lantern: 1 }]);
    const twice = await claim(server, p, grantId);
    expect([twice.status, twice.body.error.code]).toEqual([409, "grant_already_claimed"]);
    expect(errorCode(await trusted(server).post(`/server/v1/grants/${grantId}/revoke`, {}))).toBe("grant_already_claimed");
    expect(errorCode(await grant(server, { accountId: p.accountId, rewards: { items: { sword: 1 } }, reason: "x" }))).toBe("not_found");
    await ledgerAddsUp(server, p.accountId, p.token);
  });

  it("that are revoked or expired cannot be claimed", async () => {
    const server = await shop();
    const p = await sdk(server).createAccount();
    const revoked = (await grant(server, { accountId: p.accountId, rewards: { currencies: { gems: 5 } }, reason: "oops" })).body.grant.grantId;
    const first = await trusted(server).post(`/server/v1/grants/${revoked}/revoke`, { reason: "issued by mistake" });
    const second = await trusted(server).post(`/server/v1/grants/${revoked}/revoke`, {});
    expect([first.body.status, second.body.revokedAt]).toEqual(["revoked", first.body.revokedAt]);
    const refused = await claim(server, p, revoked);
    expect([refused.body.error.code, refused.body.error.details]).toEqual(["grant_not_claimable", { grantId: revoked, status: "revoked" }]);
    server.clock.advance(1_000); // newest first: the next grant is a second younger
    const soon = new Date(server.app.deps.now().getTime() + 60_000).toISOString();
    const expiring = (await grant(server, { accountId: p.accountId, rewards: { currencies: { gems: 5 } }, reason: "flash", expiresAt: soon })).body.grant.grantId;
    server.clock.advance(61_000);
    expect((await claim(server, p, expiring)).body.error.details).toEqual({ grantId: expiring, status: "expired" });
    const statuses = (await sdk(server).get(`/sdk/v1/accounts/${p.accountId}/grants`, p.token)).body.grants.map((g: { status: string }) => g.status);
    expect(statuses).toEqual(["expired", "revoked"]);
    expect(errorCode(await claim(server, p, "grt_00000000000000000000"))).toBe("not_found");
  });

  it("refuse an expiry that is not in the future, whatever its offset, and rewards of nothing", async () => {
    const server = await shop();
    const p = await sdk(server).createAccount();
    const issue = (body: object) => grant(server, { accountId: p.accountId, rewards: { currencies: { gems: 5 } }, reason: "r", ...body });
    // 10:30 at +02:00 is 08:30 UTC, half an hour before the test clock's 09:00 UTC, though it sorts after it as text.
    const past = await issue({ expiresAt: "2026-11-23T10:30:00+02:00" });
    expect([past.status, past.body.error.details]).toEqual([400, { field: "expiresAt" }]);
    expect(errorCode(await issue({ expiresAt: "2026-11-23T23:59:60Z" }))).toBe("invalid_request");
    const later = await issue({ expiresAt: "2026-11-23T12:00:00+02:00" });
    expect(later.body.grant.expiresAt).toBe("2026-11-23T10:00:00.000Z");
    const nothing = await issue({ rewards: { currencies: {} } });
    expect([nothing.status, nothing.body.error.details]).toEqual([400, { field: "rewards" }]);
    expect((await sdk(server).get(`/sdk/v1/accounts/${p.accountId}/grants`, p.token)).body.grants).toHaveLength(1);
  });

  it("apply exactly once under 20 parallel claims", async () => {
    const server = await shop();
    const p = await sdk(server).createAccount();
    const grantId = (await grant(server, { accountId: p.accountId, rewards: { currencies: { gems: 7 } }, reason: "race" })).body.grant.grantId;
    const results = await Promise.all(Array.from({ length: 20 }, () => claim(server, p, grantId)));
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.filter((r) => r.status !== 200).map(errorCode)).toEqual(Array(19).fill("grant_already_claimed"));
    const { wallet } = await ledgerAddsUp(server, p.accountId, p.token);
    expect(balances(wallet).gems).toBe(7);
  });

  it("get stuck over a cap, and an operator's force-claim applies them capped, records the shortfall and audits", async () => {
    const server = await shop();
    server.app.deps.settings.passwordKdf = TEST_KDF;
    await member(server, "support@studio.example", "support");
    const op = await signIn(server, "support@studio.example");
    const studio = (await studioOf(server)).id;
    const p = await sdk(server).createAccount({ playerRef: "player-5120" });
    await trusted(server).post(`/server/v1/accounts/${p.accountId}/inventory/operations`, { operations: [{ op: "add", itemId: "lantern", quantity: 1 }], reason: "starter" });
    const base = `/admin/v1/studios/${studio}/games/${server.environmentId}/grants`;
    const manual = await op.post(base, { accountId: p.accountId, rewards: { currencies: { gems: 50 }, items: { lantern: 1 } }, reason: "compensation for the outage" });
    expect([manual.status, manual.body.grant.source, manual.body.seenBefore], JSON.stringify(manual.body)).toEqual([201, "admin", false]);
    const stuck = await claim(server, p, manual.body.grant.grantId);
    expect([stuck.status, stuck.body.error.code]).toEqual([409, "item_max_count_exceeded"]);
    const pending = (await sdk(server).get(`/sdk/v1/accounts/${p.accountId}/grants`, p.token)).body.grants[0];
    expect([pending.status, pending.lastError?.code]).toEqual(["pending", "item_max_count_exceeded"]);
    const lookup = (await op.get(`/admin/v1/studios/${studio}/games/${server.environmentId}/players/player-5120`)).body.accounts[0];
    expect([lookup.grants[0].lastError?.code, lookup.inventory.items]).toEqual(["item_max_count_exceeded", [{ itemId: "lantern", quantity: 1, maxCount: 1, consumable: false }]]);
    expect(errorCode(await op.post(`${base}/${manual.body.grant.grantId}/force-claim`, {}))).toBe("invalid_request");
    const forced = await op.post(`${base}/${manual.body.grant.grantId}/force-claim`, { reason: "player asked support" });
    expect(forced.status, JSON.stringify(forced.body)).toBe(200);
    expect([forced.body.applied, forced.body.grant.status, forced.body.entry.changes, forced.body.entry.shortfall]).toEqual([true, "claimed", { gems: 50 }, { currencies: {}, items: { lantern: 1 } }]);
    const repeat = await op.post(`${base}/${manual.body.grant.grantId}/force-claim`, { reason: "again" });
    expect([repeat.body.applied, repeat.body.entry.entryId]).toEqual([false, forced.body.entry.entryId]);
    const { wallet, inventory } = await ledgerAddsUp(server, p.accountId, p.token);
    expect([balances(wallet).gems, stacks(inventory)]).toEqual([50, { lantern: 1 }]);
    const log = (await op.get(`/admin/v1/studios/${studio}/audit-log?action=forceClaimGrant`)).body.entries;
    expect(log.map((e: { reason: string; actor: { kind: string } }) => [e.reason, e.actor.kind])).toEqual([["again", "member"], ["player asked support", "member"]]);
    expect(errorCode(await op.post(`${base}/grt_00000000000000000000/force-claim`, { reason: "x" }))).toBe("not_found");
  });
});

describe("in-app purchases", () => {
  const purchase = (accountId: string, transactionId = "2000000123456789") =>
    ({ accountId, store: "apple", transactionId, productId: "com.example.gems.small", environment: "production" });

  it("are fulfilled once per transaction: a retry is seenBefore, another account is refused", async () => {
    const server = await shop();
    const [a, b] = [await sdk(server).createAccount(), await sdk(server).createAccount()];
    const first = await trusted(server).post("/server/v1/iap/purchases", purchase(a.accountId));
    expect([first.status, first.body.seenBefore, first.body.entry.source, first.body.purchase.offerId], JSON.stringify(first.body)).toEqual([201, false, "iap", "gems-small"]);
    const retry = await trusted(server).post("/server/v1/iap/purchases", purchase(a.accountId));
    expect([retry.status, retry.body.seenBefore, retry.body.entry.entryId]).toEqual([200, true, first.body.entry.entryId]);
    const stolen = await trusted(server).post("/server/v1/iap/purchases", purchase(b.accountId));
    expect([stolen.status, stolen.body.error.code]).toEqual([409, "receipt_already_redeemed"]);
    const sandbox = await trusted(server).post("/server/v1/iap/purchases", { ...purchase(b.accountId), environment: "sandbox" });
    expect(sandbox.status).toBe(201);
    expect(errorCode(await trusted(server).post("/server/v1/iap/purchases", { ...purchase(a.accountId, "t-2"), productId: "com.example.unknown" }))).toBe("not_found");
    expect(balances((await ledgerAddsUp(server, a.accountId, a.token)).wallet).gems).toBe(100);
    const read = await trusted(server).get("/server/v1/iap/purchases/apple/2000000123456789");
    expect([read.body.accountId, read.body.status]).toEqual([a.accountId, "fulfilled"]);
    expect((await trusted(server).get("/server/v1/iap/purchases/apple/2000000123456789?environment=sandbox")).body.accountId).toBe(b.accountId);
  });

  it("fulfil exactly one of a transaction replayed from two accounts in parallel", async () => {
    const server = await shop();
    const players = [await sdk(server).createAccount(), await sdk(server).createAccount()];
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => trusted(server).post("/server/v1/iap/purchases", purchase(players[i % 2].accountId, "race-1"))));
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    const winner = results.find((r) => r.status === 201)!.body.purchase.accountId;
    for (const r of results.filter((x) => x.status !== 201)) {
      expect(r.body.purchase?.accountId === winner ? "seenBefore" : errorCode(r)).toBe(r.body.purchase ? "seenBefore" : "receipt_already_redeemed");
    }
    const gems = await Promise.all(players.map(async (p) => balances((await ledgerAddsUp(server, p.accountId, p.token)).wallet).gems));
    expect(gems.sort()).toEqual([0, 100]);
  });

  it("are refunded once, clamped at zero, with the shortfall in the ledger", async () => {
    const server = await shop();
    const p = await sdk(server).createAccount();
    await trusted(server).post("/server/v1/iap/purchases", purchase(p.accountId));
    await credit(server, p.accountId, { gems: -70 });
    const refund = await trusted(server).post("/server/v1/iap/purchases/apple/2000000123456789/refund", { reason: "chargeback" });
    expect(refund.status, JSON.stringify(refund.body)).toBe(200);
    expect([refund.body.purchase.status, refund.body.entry.source, refund.body.entry.changes, refund.body.entry.shortfall]).toEqual(["refunded", "iap_refund", { gems: -30 }, { currencies: { gems: 70 }, items: {} }]);
    const again = await trusted(server).post("/server/v1/iap/purchases/apple/2000000123456789/refund", {});
    expect([again.body.seenBefore, again.body.entry.entryId]).toEqual([true, refund.body.entry.entryId]);
    expect(balances((await ledgerAddsUp(server, p.accountId, p.token)).wallet).gems).toBe(0);
    expect(errorCode(await trusted(server).post("/server/v1/iap/purchases/apple/nope/refund", {}))).toBe("not_found");
  });

  it("stay redeemed when the account is erased, while its balances, stacks, ledger and grants go", async () => {
    const server = await shop();
    const [p, q] = [await sdk(server).createAccount(), await sdk(server).createAccount()];
    await trusted(server).post("/server/v1/iap/purchases", purchase(p.accountId));
    await grant(server, { accountId: p.accountId, rewards: { items: { potion: 2 } }, reason: "gift" });
    expect((await trusted(server).post(`/server/v1/accounts/${p.accountId}/erase`, {})).status).toBe(200);
    expect(await server.store.listLedger(p.accountId, 10)).toEqual([]);
    expect(await server.store.inventory(p.accountId)).toEqual({});
    expect(await server.store.listGrants(p.accountId, { now: "9999", limit: 10 })).toEqual([]);
    expect((await server.store.wallet(p.accountId)).balances).toEqual({});
    expect(errorCode(await trusted(server).post("/server/v1/iap/purchases", purchase(q.accountId)))).toBe("receipt_already_redeemed");
    expect(errorCode(await trusted(server).post("/server/v1/iap/purchases/apple/2000000123456789/refund", {}))).toBe("gone");
    expect(errorCode(await trusted(server).get(`/server/v1/accounts/${p.accountId}/overview`))).toBe("gone");
  });

  it("show in the account overview with the rest of the account", async () => {
    const server = await shop();
    const p = await sdk(server).createAccount();
    await trusted(server).post("/server/v1/iap/purchases", purchase(p.accountId));
    await grant(server, { accountId: p.accountId, rewards: { items: { potion: 2 } }, reason: "gift" });
    const overview = await trusted(server).get(`/server/v1/accounts/${p.accountId}/overview`);
    expect(overview.status, JSON.stringify(overview.body)).toBe(200);
    expect([balances(overview.body.wallet).gems, overview.body.recentLedger.length, overview.body.grants.length, overview.body.iapPurchases[0].transactionId])
      .toEqual([100, 2, 1, "2000000123456789"]);
    expect(overview.body.slots).toEqual((await sdk(server).get(`/sdk/v1/accounts/${p.accountId}`, p.token)).body.slots);
  });
});
