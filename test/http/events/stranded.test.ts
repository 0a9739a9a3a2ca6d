// Money owed is deliverable whatever the catalog becomes (#34 item 7): a catalog published without the
// currency an event charged or a grant gives still lets the event be cancelled with its refunds, and
// the grant is a stuck grant support sees and force-claims. And an event's board is written only through
// its attempts, never by a backend's direct submission.
import { describe, expect, it } from "vitest";
import { errorCode, sdk, trusted } from "../../support/helpers.js";
import { member, signIn, studioOf, TEST_KDF } from "../admin/support.js";
import { players } from "../leaderboards/support.js";
import { balances, ledgerAddsUp } from "../economy/support.js";
import { CUP, enter, withEvents } from "./support.js";
import { publishCatalog, type Catalog } from "../../../server/domain/catalog.js";
import { SHOP } from "../../../scripts/docs/scenario.js";
import { inTransaction } from "../../../server/domain/context.js";

const WITHOUT_GEMS = { ...SHOP, currencies: SHOP.currencies.filter((c) => c.currencyId !== "gems"), offers: SHOP.offers.filter((o) => !JSON.stringify(o).includes("gems")) } as Catalog;

describe("money owed when the catalog drops its currency", () => {
  it("is refunded on cancel, and a grant of it is stuck, listed, and force-claimed", async () => {
    const server = await withEvents({ ...CUP, entryCost: { gems: 5 }, maxAttemptsPerPlayer: 3 });
    server.app.deps.settings.passwordKdf = TEST_KDF;
    await member(server, "admin@studio.example", "admin");
    const op = await signIn(server, "admin@studio.example");
    const game = `/admin/v1/studios/${(await studioOf(server)).id}/games/${server.environmentId}`;
    const [p] = await players(server, 1);
    expect((await trusted(server).post(`/server/v1/accounts/${p.accountId}/wallet/transactions`, { changes: { gems: 20 }, reason: "test" })).status).toBe(201);
    expect((await enter(server, p)).status).toBe(201);
    const grant = await trusted(server).post("/server/v1/grants", { accountId: p.accountId, rewards: { currencies: { gems: 50 } }, reason: "compensation" });
    expect(grant.status).toBe(201);

    await inTransaction(server.app.deps, async (tx) => publishCatalog(tx, (await server.store.getEnvironment(server.environmentId))!, WITHOUT_GEMS));

    const cancelled = await op.post(`${game}/events/cup/cancel`, { reason: "the catalog changed" });
    expect([cancelled.status, cancelled.body.refunded], JSON.stringify(cancelled.body)).toEqual([200, 1]);
    const claimed = await sdk(server).post(`/sdk/v1/accounts/${p.accountId}/grants/${grant.body.grant.grantId}/claim`, {}, p.token);
    expect([claimed.status, claimed.body.error.code, claimed.body.error.details]).toEqual([409, "reward_unavailable", { grantId: grant.body.grant.grantId, currencyId: "gems" }]);
    const stuck = (await op.get(`${game}/grants`)).body.grants;
    expect(stuck.map(({ grant: g }: { grant: { grantId: string; lastError: { code: string } } }) => [g.grantId, g.lastError.code])).toEqual([[grant.body.grant.grantId, "reward_unavailable"]]);
    const forced = await op.post(`${game}/grants/${grant.body.grant.grantId}/force-claim`, { reason: "owed before the catalog changed" });
    expect(forced.status, JSON.stringify(forced.body)).toBe(200);
    // 20 credited, 5 paid and refunded, 50 granted: all there, beside the currencies the catalog has.
    const { wallet } = await ledgerAddsUp(server, p.accountId, p.token);
    expect(balances(wallet).gems).toBe(70);
  });

  it("never lets a backend write an event's board directly", async () => {
    const server = await withEvents({ ...CUP, rewards: [{ fromRank: 1, toRank: 1, rewards: { currencies: { gems: 100 } } }] });
    const [p] = await players(server, 1);
    const direct = await trusted(server).post("/server/v1/leaderboards/event-cup/scores", { accountId: p.accountId, score: 1_000_000 });
    expect([direct.status, errorCode(direct), direct.body.error.details]).toEqual([404, "not_found", { leaderboardId: "event-cup", eventId: "cup" }]);
    expect((await sdk(server).get("/sdk/v1/leaderboards/event-cup/records")).body.records).toEqual([]);
  });
});

describe("support's lookups (#34 item 13)", () => {
  it("show an account's event attempts, its lobby and its in-app purchases, on both surfaces", async () => {
    const server = await withEvents({ ...CUP, entryCost: { gold: 10 } });
    server.app.deps.settings.passwordKdf = TEST_KDF;
    await member(server, "support@studio.example", "support");
    const op = await signIn(server, "support@studio.example");
    const p = await sdk(server).createAccount({ playerRef: "player-77" });
    const attempt = await enter(server, p);
    const lobby = await sdk(server).post(`/sdk/v1/accounts/${p.accountId}/lobbies`, { maxPlayers: 2, visibility: "public", mode: "duel" }, p.token);
    const overview = (await trusted(server).get(`/server/v1/accounts/${p.accountId}/overview`)).body;
    expect(overview.eventAttempts).toEqual([expect.objectContaining({ attemptId: attempt.body.attemptId, eventId: "cup", charged: { gold: 10 }, scoredAt: null, refunded: false })]);
    expect(overview.lobby).toMatchObject({ lobbyId: lobby.body.lobbyId, state: "open", mode: "duel", memberCount: 1 });
    const found = (await op.get(`/admin/v1/studios/${(await studioOf(server)).id}/games/${server.environmentId}/players/player-77`)).body.accounts[0];
    expect([found.eventAttempts.length, found.lobby?.lobbyId, found.iapPurchases]).toEqual([1, lobby.body.lobbyId, []]);
  });
});
