import { afterEach, describe, expect, it, vi } from "vitest";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createSdkClient, createServerClient, leaderboardLive, liveEvents, quickJoin, syncWithMerge, CLIENT_NAME, CLIENT_VERSION } from "../../client/index.js";
import { loadSdkSpec } from "../../server/app.js";
import { startServer } from "../support/helpers.js";
import { operationRoute, routeOf } from "../../server/contract/conformance.js";
import { specOperations } from "../../server/http/spec.js";
import { loadAdminSpec, loadServerSpec } from "../../server/app.js";
import { createAdminClient } from "../../client/index.js";
import { publishCatalog, type Catalog } from "../../server/domain/catalog.js";
import { SHOP } from "../../scripts/docs/scenario.js";
import { member, PASSWORD, TEST_KDF } from "./admin/support.js";
import { inTransaction } from "../../server/domain/context.js";

// Every request the clients in this file send is mapped to its operation: the last test checks that
// every operation of both specs went through the typed client at least once.
const called = new Set<string>();
const recorded: typeof fetch = (input, init) => {
  const request = input instanceof Request ? input : new Request(input, init);
  const route = routeOf(request.method, new URL(request.url).pathname);
  if (route) called.add(route.operationId);
  return fetch(input, init);
};

const servers: Server[] = [];
afterEach(() => {
  for (const s of servers.splice(0)) {
    s.closeAllConnections();
    s.close();
  }
});

async function listen(server: Server) {
  servers.push(server);
  server.listen(0, "127.0.0.1");
  await new Promise((r) => server.once("listening", r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function live(options: Parameters<typeof startServer>[0] = {}) {
  const server = await startServer(options);
  const baseUrl = await listen(createServer(server.app));
  return { server, baseUrl };
}

describe("the typed client against a live server", () => {
  it("runs every SDK operation", async () => {
    const { server, baseUrl } = await live();
    const anonymous = createSdkClient({ fetch: recorded, baseUrl, runtimeKey: server.runtimeKey });
    expect((await anonymous.GET("/healthz")).data?.status).toBe("ok");
    expect((await anonymous.GET("/sdk/v1/runtime-config")).data?.syncPolicy.conflictModel).toBe("optimistic");
    expect((await anonymous.GET("/sdk/v1/catalog", { params: { query: { catalogVersion: 1 } } })).data).toEqual({ catalogVersion: null, catalog: null });

    const created = await anonymous.POST("/sdk/v1/accounts", { body: { slot: { slotId: "main", data: { hp: 1 } } } });
    expect(created.response.status).toBe(201);
    const { accountId, accountSessionToken } = created.data!;
    const player = anonymous.withSession(accountSessionToken);
    const path = { accountId, slotId: "main" };

    expect((await player.GET("/sdk/v1/accounts/{accountId}", { params: { path: { accountId } } })).data?.slots).toHaveLength(1);
    expect((await player.POST("/sdk/v1/accounts/{accountId}/slots", { params: { path: { accountId } }, body: { slotId: "b", data: 2 } })).response.status).toBe(201);
    expect((await player.GET("/sdk/v1/accounts/{accountId}/slots/{slotId}", { params: { path } })).data?.version).toBe(1);
    expect((await player.POST("/sdk/v1/accounts/{accountId}/slots/{slotId}/sync", { params: { path }, body: { baseVersion: 1, data: { hp: 2 } } })).data?.version).toBe(2);
    const profile = await player.POST("/sdk/v1/accounts/{accountId}/profile", { params: { path: { accountId } }, body: { displayName: "  Moonfox " } });
    expect(profile.data).toEqual({ accountId, publicId: expect.stringMatching(/^plr_[0-9a-f]{32}$/), displayName: "Moonfox" });
    const code = (await player.POST("/sdk/v1/accounts/{accountId}/transfer-codes", { params: { path: { accountId } }, body: {} })).data!.code;
    const consumed = await anonymous.POST("/sdk/v1/account-transfer-codes/consume", { body: { code } });
    expect(consumed.data?.accountId).toBe(accountId);
  });

  it("reads a wallet the backend credits, with the refusal's details typed", async () => {
    const { server, baseUrl } = await live();
    await inTransaction(server.app.deps, async (tx) => publishCatalog(tx, (await server.store.getEnvironment(server.environmentId))!, { currencies: [{ currencyId: "gold", initial: 10, max: 100 }], items: [], offers: [] }));
    const anonymous = createSdkClient({ fetch: recorded, baseUrl, runtimeKey: server.runtimeKey });
    const backend = createServerClient({ fetch: recorded, baseUrl, serverKey: server.serverKey });
    const created = (await anonymous.POST("/sdk/v1/accounts", { body: {} })).data!;
    const path = { accountId: created.accountId };
    const credited = await backend.POST("/server/v1/accounts/{accountId}/wallet/transactions", { params: { path }, body: { changes: { gold: 5 }, reason: "bonus" } });
    expect(credited.data?.entry.balancesAfter).toEqual({ gold: 15 });
    const refused = await backend.POST("/server/v1/accounts/{accountId}/wallet/transactions", { params: { path }, body: { changes: { gold: -50 }, reason: "spend" } });
    expect(refused.error?.code === "insufficient_funds" && refused.error.details).toEqual({ resource: "gold", needed: 50, have: 15 });
    const player = anonymous.withSession(created.accountSessionToken);
    expect((await player.GET("/sdk/v1/accounts/{accountId}/wallet", { params: { path } })).data?.version).toBe(2);
    expect((await player.GET("/sdk/v1/accounts/{accountId}/wallet/ledger", { params: { path, query: { limit: 1 } } })).data?.nextCursor).toBe("2");
  });

  it("runs the economy: purchases, inventories, grants and in-app purchases, with refusals typed", async () => {
    const { server, baseUrl } = await live();
    await inTransaction(server.app.deps, async (tx) => publishCatalog(tx, (await server.store.getEnvironment(server.environmentId))!, SHOP as Catalog));
    const anonymous = createSdkClient({ fetch: recorded, baseUrl, runtimeKey: server.runtimeKey });
    const backend = createServerClient({ fetch: recorded, baseUrl, serverKey: server.serverKey });
    const created = (await anonymous.POST("/sdk/v1/accounts", { body: {} })).data!;
    const path = { accountId: created.accountId };
    const player = anonymous.withSession(created.accountSessionToken);
    const poor = await player.POST("/sdk/v1/accounts/{accountId}/purchases", { params: { path }, body: { offerId: "potion-pack", quantity: 2 } });
    expect(poor.error?.code === "insufficient_funds" && poor.error.details).toEqual({ resource: "gold", needed: 500, have: 100 });
    await backend.POST("/server/v1/accounts/{accountId}/wallet/transactions", { params: { path }, body: { changes: { gold: 400 }, reason: "bonus" } });
    expect((await player.POST("/sdk/v1/accounts/{accountId}/purchases", { params: { path }, body: { offerId: "potion-pack", expectedPrice: { gold: 250 } } })).data?.received.items).toEqual({ potion: 5 });
    expect((await player.POST("/sdk/v1/accounts/{accountId}/inventory/{itemId}/consume", { params: { path: { ...path, itemId: "potion" } }, body: { quantity: 2 } })).data?.inventory.items[0].quantity).toBe(3);
    const added = await backend.POST("/server/v1/accounts/{accountId}/inventory/operations", { params: { path }, body: { operations: [{ op: "add", itemId: "lantern", quantity: 2 }], reason: "quest" } });
    expect(added.error?.code === "item_max_count_exceeded" && added.error.details).toEqual({ resource: "lantern", limit: 1, wouldBe: 2 });
    expect((await player.GET("/sdk/v1/accounts/{accountId}/inventory", { params: { path } })).data?.items.map((i) => i.itemId)).toEqual(["potion"]);
    const issued = (await backend.POST("/server/v1/grants", { body: { accountId: path.accountId, rewards: { currencies: { gems: 10 } }, reason: "gift" } })).data!;
    expect((await player.GET("/sdk/v1/accounts/{accountId}/grants", { params: { path, query: { status: "pending" } } })).data?.grants).toHaveLength(1);
    expect((await player.POST("/sdk/v1/accounts/{accountId}/grants/{grantId}/claim", { params: { path: { ...path, grantId: issued.grant.grantId } } })).data?.grant.status).toBe("claimed");
    const other = (await backend.POST("/server/v1/grants", { body: { accountId: path.accountId, rewards: { currencies: { gems: 1 } }, reason: "x" } })).data!;
    expect((await backend.POST("/server/v1/grants/{grantId}/revoke", { params: { path: { grantId: other.grant.grantId } }, body: {} })).data?.status).toBe("revoked");
    const txn = { store: "google" as const, transactionId: "GPA.1234" };
    expect((await backend.POST("/server/v1/iap/purchases", { body: { ...txn, accountId: path.accountId, productId: "com.example.gems.small", environment: "sandbox" } })).data?.seenBefore).toBe(false);
    expect((await backend.GET("/server/v1/iap/purchases/{store}/{transactionId}", { params: { path: txn, query: { environment: "sandbox" } } })).data?.offerId).toBe("gems-small");
    expect((await backend.POST("/server/v1/iap/purchases/{store}/{transactionId}/refund", { params: { path: txn }, body: { environment: "sandbox" } })).data?.purchase.status).toBe("refunded");
    const overview = (await backend.GET("/server/v1/accounts/{accountId}/overview", { params: { path } })).data!;
    expect([overview.grants.length, overview.iapPurchases.length, overview.wallet.balances.find((b) => b.currencyId === "gems")?.balance]).toEqual([2, 1, 10]);
  });

  it("runs leaderboards on all three surfaces, and follows a board live through a period reset", async () => {
    const { server, baseUrl } = await live({ settings: { passwordKdf: TEST_KDF } });
    await member(server, "owner@studio.example");
    const admin = createAdminClient({ baseUrl, fetch: recorded, retry: { maxAttempts: 1 } });
    const studioId = (await admin.POST("/admin/v1/session", { body: { email: "owner@studio.example", password: PASSWORD } })).data!.studios[0].studioId;
    const game = { studioId, gameId: server.environmentId };
    expect((await admin.POST("/admin/v1/studios/{studioId}/games/{gameId}/leaderboards", { params: { path: game }, body: { leaderboardId: "hourly", resetSchedule: "0 * * * *" } })).data?.operator).toBe("best");
    const exists = await admin.POST("/admin/v1/studios/{studioId}/games/{gameId}/leaderboards", { params: { path: game }, body: { leaderboardId: "hourly" } });
    expect(exists.error?.code === "leaderboard_exists" && exists.error.details.leaderboardId).toBe("hourly");
    expect((await admin.GET("/admin/v1/studios/{studioId}/games/{gameId}/leaderboards", { params: { path: game } })).data?.leaderboards).toHaveLength(1);
    const board = { ...game, leaderboardId: "hourly" };
    expect((await admin.POST("/admin/v1/studios/{studioId}/games/{gameId}/leaderboards/{leaderboardId}", { params: { path: board }, body: { streamTopN: 10 } })).data?.streamTopN).toBe(10);
    const anonymous = createSdkClient({ fetch: recorded, baseUrl, runtimeKey: server.runtimeKey });
    const created = (await anonymous.POST("/sdk/v1/accounts", { body: { displayName: "Moonfox" } })).data!;
    const player = anonymous.withSession(created.accountSessionToken);
    const path = { accountId: created.accountId, leaderboardId: "hourly" };
    expect((await anonymous.GET("/sdk/v1/leaderboards")).data?.leaderboards[0].currentPeriod.endsAt).toBe("2026-11-23T10:00:00.000Z");
    const seen: string[] = [];
    const live$ = leaderboardLive(anonymous, "hourly", { follow: created.account.publicId, maxBackoffMs: 50 });
    for await (const event of live$) {
      seen.push(event.event === "score_update" ? `${event.data.displayName}:${event.data.score}` : event.event === "ready" ? `ready:${event.data.period.period}` : `closed:${event.data.reason}`);
      if (seen.length === 1) {
        expect((await player.POST("/sdk/v1/accounts/{accountId}/leaderboards/{leaderboardId}/scores", { params: { path }, body: { score: 42 } })).data?.record.rank).toBe(1);
      }
      if (event.event === "score_update") server.clock.advance(3600_000);
      if (seen.length === 4) live$.close();
    }
    expect(seen).toEqual(["ready:2026-11-23T09:00:00.000Z", "Moonfox:42", "closed:period_reset", "ready:2026-11-23T10:00:00.000Z"]);
    const backend = createServerClient({ fetch: recorded, baseUrl, serverKey: server.serverKey });
    expect((await backend.POST("/server/v1/leaderboards/{leaderboardId}/scores", { params: { path: { leaderboardId: "hourly" } }, body: { accountId: created.accountId, score: 7 } })).data?.period).toBe("2026-11-23T10:00:00.000Z");
    expect((await anonymous.GET("/sdk/v1/leaderboards/{leaderboardId}/records", { params: { path: { leaderboardId: "hourly" }, query: { period: "2026-11-23T09:00:00.000Z" } } })).data?.records[0].score).toBe(42);
    expect((await player.GET("/sdk/v1/accounts/{accountId}/leaderboards/{leaderboardId}", { params: { path, query: { neighbours: 1 } } })).data?.record?.score).toBe(7);
    expect((await admin.GET("/admin/v1/studios/{studioId}/games/{gameId}/leaderboards/{leaderboardId}/records", { params: { path: board } })).data?.records[0].score).toBe(7);
    const watched = await admin.GET("/admin/v1/studios/{studioId}/games/{gameId}/leaderboards/{leaderboardId}/stream", { params: { path: board }, parseAs: "stream" });
    expect(watched.response.headers.get("content-type")).toMatch(/^text\/event-stream/);
    await watched.response.body?.cancel();
    const hidden = await admin.POST("/admin/v1/studios/{studioId}/games/{gameId}/leaderboards/{leaderboardId}/hide", { params: { path: board }, body: { publicId: created.account.publicId!, reason: "test" } });
    expect(hidden.data?.hidden).toBe(true);
    expect((await admin.POST("/admin/v1/studios/{studioId}/games/{gameId}/leaderboards/{leaderboardId}/delete", { params: { path: board }, body: { reason: "done" } })).data?.recordsDeleted).toBe(2);
  });

  it("runs an event on the SDK and the operator surface, with refusals typed", async () => {
    const { server, baseUrl } = await live({ settings: { passwordKdf: TEST_KDF } });
    await inTransaction(server.app.deps, async (tx) => publishCatalog(tx, (await server.store.getEnvironment(server.environmentId))!, SHOP as Catalog));
    await member(server, "owner@studio.example");
    const admin = createAdminClient({ baseUrl, fetch: recorded, retry: { maxAttempts: 1 } });
    const studioId = (await admin.POST("/admin/v1/session", { body: { email: "owner@studio.example", password: PASSWORD } })).data!.studios[0].studioId;
    const game = { studioId, gameId: server.environmentId };
    const cup = { eventId: "cup", name: "Cup", startsAt: "2026-11-23T09:00:00Z", endsAt: "2026-11-23T10:00:00Z", entryCost: { gold: 60 }, rewards: [{ fromRank: 1, toRank: 1, rewards: { currencies: { gems: 5 } } }] };
    expect((await admin.POST("/admin/v1/studios/{studioId}/games/{gameId}/events", { params: { path: game }, body: cup })).data?.status).toBe("active");
    const locked = await admin.POST("/admin/v1/studios/{studioId}/games/{gameId}/events/{eventId}", { params: { path: { ...game, eventId: "cup" } }, body: { maxParticipants: 5 } });
    expect(locked.error?.code === "event_locked" && locked.error.details.fields).toEqual(["maxParticipants"]);
    await admin.POST("/admin/v1/studios/{studioId}/games/{gameId}/events", { params: { path: game }, body: { ...cup, eventId: "later", startsAt: "2026-11-24T09:00:00Z", endsAt: "2026-11-24T10:00:00Z" } });
    expect((await admin.GET("/admin/v1/studios/{studioId}/games/{gameId}/events", { params: { path: game } })).data?.events).toHaveLength(2);
    const anonymous = createSdkClient({ fetch: recorded, baseUrl, runtimeKey: server.runtimeKey });
    const created = (await anonymous.POST("/sdk/v1/accounts", { body: {} })).data!;
    const player = anonymous.withSession(created.accountSessionToken);
    const path = { accountId: created.accountId, eventId: "cup" };
    expect((await anonymous.GET("/sdk/v1/events", { params: { query: { status: "upcoming" } } })).data?.events.map((e) => e.eventId)).toEqual(["later"]);
    const entered = (await player.POST("/sdk/v1/accounts/{accountId}/events/{eventId}/attempts", { params: { path } })).data!;
    expect([entered.attemptsRemaining, entered.entry?.changes]).toEqual([0, { gold: -60 }]);
    const scored = await player.POST("/sdk/v1/accounts/{accountId}/events/{eventId}/attempts/{attemptId}/score", { params: { path: { ...path, attemptId: entered.attemptId } }, body: { score: 7 } });
    expect(scored.data?.record.rank).toBe(1);
    const again = await player.POST("/sdk/v1/accounts/{accountId}/events/{eventId}/attempts", { params: { path } });
    expect(again.error?.code === "attempts_exhausted" && again.error.details.maxAttemptsPerPlayer).toBe(1);
    const poor = await player.POST("/sdk/v1/accounts/{accountId}/events/{eventId}/attempts", { params: { path: { ...path, eventId: "later" } } });
    expect(poor.error?.code === "event_not_active" && poor.error.details.status).toBe("upcoming");
    server.clock.advance(3600_000);
    const ended = (await anonymous.GET("/sdk/v1/events/{eventId}", { params: { path: { eventId: "cup" } } })).data!;
    expect([ended.status, ended.finalStandings?.[0].rewards]).toEqual(["ended", { currencies: { gems: 5 }, items: {} }]);
    const cancelled = await admin.POST("/admin/v1/studios/{studioId}/games/{gameId}/events/{eventId}/cancel", { params: { path: { ...game, eventId: "later" } }, body: { reason: "test" } });
    expect(cancelled.data?.event.status).toBe("cancelled");
  });

  it("lets four players find each other by quick-join, see each other join live, and get the match a matchmaker pushes", async () => {
    const { server, baseUrl } = await live();
    const anonymous = createSdkClient({ fetch: recorded, baseUrl, runtimeKey: server.runtimeKey });
    const backend = createServerClient({ fetch: recorded, baseUrl, serverKey: server.serverKey });
    const players = await Promise.all(["Moonfox", "Kestrel", "Otter", "Lynx"].map(async (displayName) => {
      const created = (await anonymous.POST("/sdk/v1/accounts", { body: { displayName } })).data!;
      return { accountId: created.accountId, publicId: created.account.publicId, client: anonymous.withSession(created.accountSessionToken) };
    }));
    const [first] = players;
    const live$ = liveEvents(first.client, first.accountId);
    const seen: number[] = [];
    let assigned: unknown;
    let subscribed = () => {};
    const ready = new Promise<void>((resolve) => (subscribed = resolve));
    const listening = (async () => {
      for await (const event of live$) {
        if (event.event === "ready") subscribed();
        if (event.event === "lobby_updated") seen.push(event.data.lobby.members.length);
        if (event.event === "match_assigned") {
          assigned = event.data;
          live$.close();
        }
      }
    })();
    await ready;
    const forming: number[] = [];
    const joined = await Promise.all(players.map((p, i) => new Promise((r) => setTimeout(r, i * 50)).then(() =>
      quickJoin(p.client, { accountId: p.accountId, mode: "squad", maxPlayers: 4, onForming: (f) => forming.push(f.members) }))));
    const lobbies = joined.map((r) => r.data && "lobby" in r.data ? r.data.lobby : null);
    expect(new Set(lobbies.map((l) => l?.lobbyId)).size).toBe(1);
    expect(lobbies[0]!.members.map((m) => m.displayName).sort()).toEqual(["Kestrel", "Lynx", "Moonfox", "Otter"]);
    expect(forming.length).toBeGreaterThanOrEqual(3);
    const forming202 = await first.client.POST("/sdk/v1/accounts/{accountId}/lobbies/quick-join", { params: { path: { accountId: first.accountId } }, body: { mode: "squad", maxPlayers: 4 } });
    expect(forming202.data && "lobby" in forming202.data).toBe(true);
    const lobbyId = lobbies[0]!.lobbyId;
    const pushed = await backend.POST("/server/v1/matches", { body: { matchId: "m-e2e", accountIds: players.map((p) => p.accountId), connection: { host: "203.0.113.7", port: 7777 }, lobbyId } });
    expect(pushed.data?.assigned).toHaveLength(4);
    await listening;
    expect(seen.slice(0, 4)).toEqual([1, 2, 3, 4]);
    expect(assigned).toEqual({ matchId: "m-e2e", connection: { host: "203.0.113.7", port: 7777 }, expiresAt: null });
    const path = { accountId: players[3].accountId };
    expect((await players[3].client.GET("/sdk/v1/accounts/{accountId}/match", { params: { path } })).data?.lobbyId).toBe(lobbyId);
    expect((await backend.GET("/server/v1/matches/{matchId}", { params: { path: { matchId: "m-e2e" } } })).data?.accountIds).toHaveLength(4);
    expect((await backend.POST("/server/v1/matches/{matchId}/release", { params: { path: { matchId: "m-e2e" } } })).data?.releasedAt).toEqual(expect.any(String));
    const host = players.find((p) => p.publicId === lobbies[0]!.hostPublicId)!;
    const lobbyPath = { accountId: host.accountId, lobbyId };
    expect((await host.client.GET("/sdk/v1/accounts/{accountId}/lobbies/{lobbyId}", { params: { path: lobbyPath } })).data?.members.find((m) => m.host)?.publicId).toBe(host.publicId);
    expect((await host.client.POST("/sdk/v1/accounts/{accountId}/lobbies/{lobbyId}/heartbeat", { params: { path: lobbyPath } })).data?.state).toBe("open");
    const stale = await host.client.POST("/sdk/v1/accounts/{accountId}/lobbies/{lobbyId}/update", { params: { path: lobbyPath }, body: { expectedVersion: 1, locked: true } });
    expect(stale.error?.code === "lobby_version_conflict" && stale.error.details.lobby.version).toBe(4);
    expect((await host.client.POST("/sdk/v1/accounts/{accountId}/lobbies/{lobbyId}/start", { params: { path: lobbyPath } })).data?.state).toBe("in_game");
    expect((await host.client.POST("/sdk/v1/accounts/{accountId}/lobbies/{lobbyId}/leave", { params: { path: lobbyPath } })).data?.state).toBe("in_game");
    const other = (await anonymous.POST("/sdk/v1/accounts", { body: {} })).data!;
    const otherClient = anonymous.withSession(other.accountSessionToken);
    const made = (await otherClient.POST("/sdk/v1/accounts/{accountId}/lobbies", { params: { path: { accountId: other.accountId } }, body: { maxPlayers: 2, visibility: "private", mode: "duel" } })).data!;
    expect((await anonymous.GET("/sdk/v1/lobbies")).data?.lobbies).toEqual([]);
    const third = (await anonymous.POST("/sdk/v1/accounts", { body: {} })).data!;
    const thirdClient = anonymous.withSession(third.accountSessionToken);
    expect((await thirdClient.POST("/sdk/v1/accounts/{accountId}/lobbies/join-by-code", { params: { path: { accountId: third.accountId } }, body: { code: made.joinCode! } })).data?.members).toHaveLength(2);
    const full = await host.client.POST("/sdk/v1/accounts/{accountId}/lobbies/join-by-code", { params: { path: { accountId: host.accountId } }, body: { code: made.joinCode! } });
    expect(full.error?.code).toBe("lobby_full");
    // By its id alone a private lobby is refused, whatever its room.
    const byId = await host.client.POST("/sdk/v1/accounts/{accountId}/lobbies/{lobbyId}/join", { params: { path: { accountId: host.accountId, lobbyId: made.lobbyId } } });
    expect(byId.error?.code).toBe("forbidden");
  });

  it("runs the server surface with the server key, and identifies itself", async () => {
    const { server, baseUrl } = await live();
    const backend = createServerClient({ fetch: recorded, baseUrl, serverKey: server.serverKey });
    const imported = await backend.POST("/server/v1/accounts/import", { body: { accounts: [{ sourceId: "s-1", playerRef: "p" }] } });
    expect(imported.data?.created).toBe(1);
    const found = await backend.GET("/server/v1/accounts", { params: { query: { playerRef: "p" } } });
    expect(found.data?.accounts).toHaveLength(1);
    const usage = await backend.GET("/server/v1/usage");
    expect(usage.data?.sdks).toEqual(expect.arrayContaining([{ surface: "server", sdk: `${CLIENT_NAME}/${CLIENT_VERSION}`, requests: 3 }]));
  });

  it("runs the rest of the server surface: sessions, history, game config, export, erase", async () => {
    const { server, baseUrl } = await live();
    const backend = createServerClient({ fetch: recorded, baseUrl, serverKey: server.serverKey });
    const anonymous = createSdkClient({ fetch: recorded, baseUrl, runtimeKey: server.runtimeKey });
    const created = (await anonymous.POST("/sdk/v1/accounts", { body: { slot: { slotId: "main", data: { hp: 1 } } } })).data!;
    const accountId = created.accountId;
    await anonymous.withSession(created.accountSessionToken).POST("/sdk/v1/accounts/{accountId}/slots/{slotId}/sync", { params: { path: { accountId, slotId: "main" } }, body: { baseVersion: 1, data: { hp: 2 } } });

    expect((await backend.GET("/server/v1/accounts/{accountId}", { params: { path: { accountId } } })).data?.slots[0].version).toBe(2);
    const minted = (await backend.POST("/server/v1/accounts/{accountId}/sessions", { params: { path: { accountId } }, body: {} })).data!;
    expect((await backend.GET("/server/v1/accounts/{accountId}/sessions", { params: { path: { accountId } } })).data?.sessions).toHaveLength(2);
    const sessionId = minted.session.sessionId;
    expect((await backend.POST("/server/v1/accounts/{accountId}/sessions/{sessionId}/revoke", { params: { path: { accountId, sessionId } }, body: {} })).data?.revokedAt).toBeTruthy();

    const slot = { accountId, slotId: "main" };
    expect((await backend.GET("/server/v1/accounts/{accountId}/slots/{slotId}/versions", { params: { path: slot } })).data?.versions.map((v) => v.version)).toEqual([2, 1]);
    expect((await backend.GET("/server/v1/accounts/{accountId}/slots/{slotId}/versions/{version}", { params: { path: { ...slot, version: 1 } } })).data?.data).toEqual({ hp: 1 });
    expect((await backend.POST("/server/v1/accounts/{accountId}/slots/{slotId}/versions/{version}/restore", { params: { path: { ...slot, version: 1 } }, body: {} })).data?.version).toBe(3);

    expect((await backend.POST("/server/v1/game-config", { body: { config: { maxLevel: 30 } } })).data?.version).toBe(1);
    expect((await backend.POST("/server/v1/game-config", { body: { config: { maxLevel: 40 } } })).data?.version).toBe(2);
    expect((await backend.GET("/server/v1/game-config/versions")).data?.activeVersion).toBe(2);
    expect((await backend.POST("/server/v1/game-config/versions/{version}/activate", { params: { path: { version: 1 } }, body: {} })).data?.active).toBe(true);
    expect((await backend.GET("/server/v1/game-config")).data?.config).toEqual({ maxLevel: 30 });

    expect((await backend.GET("/server/v1/accounts/{accountId}/export", { params: { path: { accountId } } })).data?.account.accountId).toBe(accountId);
    expect((await backend.POST("/server/v1/accounts/{accountId}/sessions/revoke-all", { params: { path: { accountId } }, body: {} })).data?.revoked).toBe(1);
    expect((await backend.POST("/server/v1/accounts/{accountId}/erase", { params: { path: { accountId } }, body: {} })).data?.accountId).toBe(accountId);
    expect((await backend.GET("/server/v1/accounts/{accountId}", { params: { path: { accountId } } })).error?.code).toBe("gone");
  });

  it("returns documented errors unwrapped from the envelope, and typed headers", async () => {
    const { server, baseUrl } = await live();
    const anonymous = createSdkClient({ fetch: recorded, baseUrl, runtimeKey: server.runtimeKey });
    const result = await anonymous.POST("/sdk/v1/account-transfer-codes/consume", { body: { code: "ZZZZ-ZZZZ-ZZZZ" } });
    expect(result.error).toMatchObject({ code: "transfer_code_invalid", requestId: expect.stringMatching(/^req_/) });
    expect(result.meta).toMatchObject({ status: 400, rateLimit: { limit: 120, remaining: 119 }, idempotentReplay: false, deprecation: null });
    const refused = await createSdkClient({ fetch: recorded, baseUrl, runtimeKey: "pst_rt_wrong" }).GET("/sdk/v1/runtime-config");
    expect(refused.error?.code).toBe("unauthorized");
  });

  it("stamps every write with an idempotency key, and reports a replay", async () => {
    const { server, baseUrl } = await live();
    const anonymous = createSdkClient({ fetch: recorded, baseUrl, runtimeKey: server.runtimeKey });
    const a = await anonymous.POST("/sdk/v1/accounts", { body: {} });
    const b = await anonymous.POST("/sdk/v1/accounts", { body: {} });
    expect(a.data?.accountId).not.toBe(b.data?.accountId);
    const once = await anonymous.POST("/sdk/v1/accounts", { body: { idempotencyKey: "mine-0123456789abcdef" } });
    const twice = await anonymous.POST("/sdk/v1/accounts", { body: { idempotencyKey: "mine-0123456789abcdef" } });
    expect(twice.meta.idempotentReplay).toBe(true);
    expect(twice.data?.accountId).toBe(once.data?.accountId);
  });

  it("merges a real conflict and retries from cloud.version", async () => {
    const { server, baseUrl } = await live();
    const anonymous = createSdkClient({ fetch: recorded, baseUrl, runtimeKey: server.runtimeKey });
    const created = (await anonymous.POST("/sdk/v1/accounts", { body: { slot: { slotId: "main", data: { coins: 10, items: ["a"] } } } })).data!;
    const phone = anonymous.withSession(created.accountSessionToken);
    const path = { accountId: created.accountId, slotId: "main" };
    await phone.POST("/sdk/v1/accounts/{accountId}/slots/{slotId}/sync", { params: { path }, body: { baseVersion: 1, data: { coins: 15, items: ["a"] } } });

    const merge = vi.fn(({ local, cloud, base }) => {
      const l = local.data as { coins: number; items: string[] };
      const c = cloud.data as { coins: number; items: string[] };
      const b = base!.data as { coins: number };
      return { data: { coins: c.coins + (l.coins - b.coins), items: [...new Set([...c.items, ...l.items])] } };
    });
    const result = await syncWithMerge(phone, { ...path, baseVersion: 1, data: { coins: 12, items: ["a", "b"] }, merge });
    expect(merge).toHaveBeenCalledTimes(1);
    expect(result.data).toMatchObject({ version: 3, data: { coins: 17, items: ["a", "b"] } });
  });

  it("delivers live events written by a second client, and closes cleanly", async () => {
    const { server, baseUrl } = await live();
    const anonymous = createSdkClient({ fetch: recorded, baseUrl, runtimeKey: server.runtimeKey });
    const created = (await anonymous.POST("/sdk/v1/accounts", { body: { slot: { slotId: "main", data: 1 } } })).data!;
    const listener = anonymous.withSession(created.accountSessionToken);
    const events = liveEvents(listener, created.accountId);
    const seen: string[] = [];
    for await (const event of events) {
      seen.push(event.event);
      if (event.event === "ready") {
        const code = (await listener.POST("/sdk/v1/accounts/{accountId}/transfer-codes", { params: { path: { accountId: created.accountId } }, body: {} })).data!.code;
        const other = anonymous.withSession((await anonymous.POST("/sdk/v1/account-transfer-codes/consume", { body: { code } })).data!.accountSessionToken);
        await other.POST("/sdk/v1/accounts/{accountId}/slots/{slotId}/sync", { params: { path: { accountId: created.accountId, slotId: "main" } }, body: { baseVersion: 1, data: 2 } });
      }
      if (event.event === "slot_updated") {
        expect(event.data).toMatchObject({ slotId: "main", version: 2 });
        events.close();
      }
    }
    expect(seen).toEqual(["ready", "slot_updated"]);
    expect(events.lastEventId).toMatch(/^\d+$/);
  });

  it("reconnects with Last-Event-ID after a server shutdown and gets what it missed", async () => {
    const { server, baseUrl } = await live();
    const anonymous = createSdkClient({ fetch: recorded, baseUrl, runtimeKey: server.runtimeKey });
    const created = (await anonymous.POST("/sdk/v1/accounts", { body: { slot: { slotId: "main", data: 1 } } })).data!;
    const player = anonymous.withSession(created.accountSessionToken);
    const sync = (baseVersion: number) =>
      player.POST("/sdk/v1/accounts/{accountId}/slots/{slotId}/sync", { params: { path: { accountId: created.accountId, slotId: "main" } }, body: { baseVersion, data: baseVersion + 1 } });
    const events = liveEvents(player, created.accountId, { maxBackoffMs: 50 });
    const seen: Array<string | number> = [];
    for await (const event of events) {
      seen.push(event.event === "slot_updated" ? event.data.version : event.event);
      if (seen.length === 1) server.app.deps.events.closeAll("server_shutdown");
      if (event.event === "closed") await sync(1);
      if (event.event === "slot_updated") events.close();
    }
    expect(seen).toEqual(["ready", "closed", "ready", 2]);
  });

  it("warns once per route when a response says the operation is deprecated", async () => {
    const spec = loadSdkSpec() as any;
    Object.assign(spec.paths["/sdk/v1/runtime-config"].get, { deprecated: true, "x-deprecated-at": "2026-11-01", "x-successor": "/sdk/v2/runtime-config" });
    const { server, baseUrl } = await live({ sdkSpec: spec });
    const onDeprecation = vi.fn();
    const client = createSdkClient({ fetch: recorded, baseUrl, runtimeKey: server.runtimeKey, onDeprecation });
    const result = await client.GET("/sdk/v1/runtime-config");
    expect(result.meta.deprecation).toMatchObject({ successor: "/sdk/v2/runtime-config" });
    expect(onDeprecation).toHaveBeenCalledWith(expect.objectContaining({ method: "GET", path: "/sdk/v1/runtime-config", successor: "/sdk/v2/runtime-config" }));

    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const quiet = createSdkClient({ fetch: recorded, baseUrl, runtimeKey: server.runtimeKey });
    await quiet.GET("/sdk/v1/runtime-config");
    await quiet.GET("/sdk/v1/runtime-config");
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });
});

describe("retries", () => {
  /** A server that answers `statuses` in turn, then 201, recording each request body. */
  async function flaky(statuses: Array<{ status: number; retryAfter?: string }>) {
    const bodies: any[] = [];
    const baseUrl = await listen(createServer((req, res) => {
      let text = "";
      req.on("data", (c) => (text += c));
      req.on("end", () => {
        bodies.push(text ? JSON.parse(text) : null);
        const next = statuses.shift();
        if (next) {
          res.writeHead(next.status, { "Content-Type": "application/json", ...(next.retryAfter ? { "Retry-After": next.retryAfter } : {}) });
          res.end(JSON.stringify({ error: { code: next.status === 429 ? "rate_limited" : "unavailable", message: "try later", details: {}, requestId: "req_x" } }));
        } else {
          res.writeHead(201, { "Content-Type": "application/json" });
          res.end(JSON.stringify({ ok: true }));
        }
      });
    }));
    return { baseUrl, bodies };
  }

  it("retries 503 and 429 with the same idempotency key, honouring Retry-After", async () => {
    const { baseUrl, bodies } = await flaky([{ status: 503 }, { status: 429, retryAfter: "1" }]);
    const client = createSdkClient({ fetch: recorded, baseUrl, runtimeKey: "pst_rt_x", retry: { baseDelayMs: 1 } });
    const started = Date.now();
    const result = await client.POST("/sdk/v1/accounts", { body: { playerRef: "p" } });
    expect(result.response.status).toBe(201);
    expect(bodies).toHaveLength(3);
    expect(new Set(bodies.map((b) => b.idempotencyKey)).size).toBe(1);
    expect(bodies[0].idempotencyKey).toMatch(/^[0-9a-f]{32}$/);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
  });

  it("gives up after the bounded number of attempts and returns the last answer", async () => {
    const { baseUrl, bodies } = await flaky(Array(10).fill({ status: 503 }));
    const client = createSdkClient({ fetch: recorded, baseUrl, runtimeKey: "pst_rt_x", retry: { maxAttempts: 3, baseDelayMs: 1 } });
    const result = await client.POST("/sdk/v1/accounts", { body: {} });
    expect(result.error?.code).toBe("unavailable");
    expect(bodies).toHaveLength(3);
  });

  it("retries network errors", async () => {
    const { baseUrl, bodies } = await flaky([]);
    let failures = 1;
    const fetchOnce = (input: string | URL | Request, init?: RequestInit) => (failures-- > 0 ? Promise.reject(new TypeError("fetch failed")) : fetch(input, init));
    const client = createSdkClient({ baseUrl, runtimeKey: "pst_rt_x", retry: { baseDelayMs: 1 }, fetch: fetchOnce as typeof fetch });
    const result = await client.POST("/sdk/v1/accounts", { body: {} });
    expect(result.response.status).toBe(201);
    expect(bodies).toHaveLength(1);
  });

  it("does not retry other failures", async () => {
    const { baseUrl, bodies } = await flaky([{ status: 500 }]);
    const client = createSdkClient({ fetch: recorded, baseUrl, runtimeKey: "pst_rt_x", retry: { baseDelayMs: 1 } });
    expect((await client.POST("/sdk/v1/accounts", { body: {} })).response.status).toBe(500);
    expect(bodies).toHaveLength(1);
  });
});

describe("the client package", () => {
  it("imports nothing but openapi-fetch at run time (type-only imports aside)", async () => {
    const { readdirSync, readFileSync } = await import("node:fs");
    for (const file of readdirSync("client").filter((f) => f.endsWith(".ts"))) {
      const imports = [...readFileSync(`client/${file}`, "utf8").matchAll(/^import (?!type )[^;]*?from "([^"]+)"/gm)].map((m) => m[1]);
      for (const source of imports) expect(source, `client/${file}`).toMatch(/^(openapi-fetch|\.\/.*)$/);
    }
  });
});

describe("the operator client", () => {
  it("signs in, keeps the session and its CSRF token, manages members, reads the player and the audit log, and signs out", async () => {
    const { server, baseUrl } = await live({ settings: { passwordKdf: TEST_KDF } });
    await member(server, "owner@studio.example");
    const admin = createAdminClient({ baseUrl, fetch: recorded, retry: { maxAttempts: 1 } });
    expect((await admin.GET("/admin/v1/health")).data).toEqual({ status: "ok" });
    const signedIn = await admin.POST("/admin/v1/session", { body: { email: "owner@studio.example", password: PASSWORD } });
    expect(signedIn.data?.member.email).toBe("owner@studio.example");
    const studioId = signedIn.data!.studios[0].studioId;
    expect((await admin.GET("/admin/v1/session")).data?.csrfToken).toBe(signedIn.data!.csrfToken);
    expect((await admin.GET("/admin/v1/studios")).data?.studios).toHaveLength(1);
    const studio = await admin.GET("/admin/v1/studios/{studioId}", { params: { path: { studioId } } });
    const gameId = studio.data!.games[0].gameId;
    const added = await admin.POST("/admin/v1/studios/{studioId}/members", { params: { path: { studioId } }, body: { email: "support@studio.example", role: "support" } });
    expect(added.error).toBeUndefined();
    expect([added.data?.member.status, added.data?.invitationCode]).toEqual(["invited", expect.stringMatching(/^pst_inv_/)]);
    const accepted = await admin.POST("/admin/v1/invitations/accept", { body: { code: added.data!.invitationCode, password: "support-chooses-this" } });
    expect(accepted.data?.member.status).toBe("active");
    const again = await admin.POST("/admin/v1/studios/{studioId}/members", { params: { path: { studioId } }, body: { email: "support@studio.example", role: "support" } });
    expect(again.error?.code).toBe("member_exists");
    expect((await admin.GET("/admin/v1/studios/{studioId}/members", { params: { path: { studioId } } })).data?.members).toHaveLength(2);
    const removed = await admin.POST("/admin/v1/studios/{studioId}/members/{memberId}/remove", { params: { path: { studioId, memberId: added.data!.member.memberId } } });
    expect(removed.data?.email).toBe("support@studio.example");
    await createSdkClient({ baseUrl, runtimeKey: server.runtimeKey }).POST("/sdk/v1/accounts", { body: { playerRef: "player-1" } });
    const player = await admin.GET("/admin/v1/studios/{studioId}/games/{gameId}/players/{externalId}", { params: { path: { studioId, gameId, externalId: "player-1" } } });
    expect(player.data?.accounts).toHaveLength(1);
    const accountPath = { studioId, gameId, accountId: player.data!.accounts[0].account.accountId };
    const session = player.data!.accounts[0].sessions[0].sessionId;
    expect((await admin.POST("/admin/v1/studios/{studioId}/games/{gameId}/accounts/{accountId}/sessions/{sessionId}/revoke", { params: { path: { ...accountPath, sessionId: session } }, body: { reason: "test" } })).data?.revokedAt).toEqual(expect.any(String));
    const history = await admin.GET("/admin/v1/studios/{studioId}/games/{gameId}/accounts/{accountId}/slots/{slotId}/versions", { params: { path: { ...accountPath, slotId: "main" } } });
    expect(history.error?.code).toBe("not_found"); // this player has no slot
    const restore = await admin.POST("/admin/v1/studios/{studioId}/games/{gameId}/accounts/{accountId}/slots/{slotId}/versions/{version}/restore", { params: { path: { ...accountPath, slotId: "main", version: 1 } }, body: { reason: "test" } });
    expect(restore.error?.code).toBe("not_found");
    const log = await admin.GET("/admin/v1/studios/{studioId}/audit-log", { params: { path: { studioId }, query: { action: "addMember" } } });
    expect(log.data?.entries.map((e) => e.action)).toEqual(["addMember"]);
    const studioPath = { params: { path: { studioId } } };
    expect((await admin.POST("/admin/v1/studios/{studioId}/plan", { ...studioPath, body: { plan: "indie" } })).data?.plan).toBe("indie");
    const game = await admin.POST("/admin/v1/studios/{studioId}/games", { ...studioPath, body: { name: "production" } });
    expect((await admin.GET("/admin/v1/studios/{studioId}/games", studioPath)).data?.games).toHaveLength(2);
    expect((await admin.GET("/admin/v1/studios/{studioId}/games/{gameId}/overview", { params: { path: { studioId, gameId } } })).data?.runtimeRequests.used).toBeGreaterThan(0);
    const gamePath = { params: { path: { studioId, gameId: game.data!.gameId } } };
    expect((await admin.POST("/admin/v1/studios/{studioId}/games/{gameId}", { ...gamePath, body: { transferCodesEnabled: false } })).data?.transferCodesEnabled).toBe(false);
    const key = await admin.POST("/admin/v1/studios/{studioId}/games/{gameId}/keys", { ...gamePath, body: { kind: "server" } });
    expect(key.data?.key).toMatch(/^pst_sk_production_/);
    expect((await admin.GET("/admin/v1/studios/{studioId}/games/{gameId}/keys", gamePath)).data?.keys).toHaveLength(1);
    const keyPath = { params: { path: { ...gamePath.params.path, keyId: key.data!.apiKey.keyId } } };
    expect((await admin.POST("/admin/v1/studios/{studioId}/games/{gameId}/keys/{keyId}/revoke", keyPath)).data?.revokedAt).toEqual(expect.any(String));
    expect((await admin.POST("/admin/v1/studios/{studioId}/games/{gameId}/game-config", { ...gamePath, body: { config: { maxLevel: 30 } } })).data?.version).toBe(1);
    expect((await admin.GET("/admin/v1/studios/{studioId}/games/{gameId}/game-config", gamePath)).data?.activeVersion).toBe(1);
    const versionPath = { params: { path: { ...gamePath.params.path, version: 1 } } };
    expect((await admin.POST("/admin/v1/studios/{studioId}/games/{gameId}/game-config/{version}/activate", versionPath)).data?.active).toBe(true);
    const catalog = { currencies: [{ currencyId: "gold", initial: 100, max: 1000 }], items: [], offers: [] };
    expect((await admin.POST("/admin/v1/studios/{studioId}/games/{gameId}/catalog", { ...gamePath, body: { catalog } })).data?.version).toBe(1);
    expect((await admin.GET("/admin/v1/studios/{studioId}/games/{gameId}/catalog", gamePath)).data?.activeVersion).toBe(1);
    expect((await admin.POST("/admin/v1/studios/{studioId}/games/{gameId}/catalog/{version}/activate", versionPath)).data?.catalog).toEqual(catalog);
    const account = (await createSdkClient({ fetch: recorded, baseUrl, runtimeKey: server.runtimeKey }).POST("/sdk/v1/accounts", { body: {} })).data!;
    const playerGame = { params: { path: { studioId, gameId } } }; // the game of the test's runtime key
    await admin.POST("/admin/v1/studios/{studioId}/games/{gameId}/catalog", { ...playerGame, body: { catalog } });
    const granted = await admin.POST("/admin/v1/studios/{studioId}/games/{gameId}/grants", { ...playerGame, body: { accountId: account.accountId, rewards: { currencies: { gold: 5 } }, reason: "support ticket 7" } });
    expect([granted.data?.grant.status, granted.data?.seenBefore], JSON.stringify(granted.error)).toEqual(["pending", false]);
    const grantPath = { params: { path: { studioId, gameId, grantId: granted.data!.grant.grantId } } };
    expect((await admin.GET("/admin/v1/studios/{studioId}/games/{gameId}/grants", playerGame)).data?.grants).toEqual([]); // pending, never tried: not stuck
    expect((await admin.POST("/admin/v1/studios/{studioId}/games/{gameId}/grants/{grantId}/force-claim", { ...grantPath, body: { reason: "stuck" } })).data?.entry?.changes).toEqual({ gold: 5 });
    const viewer = await admin.POST("/admin/v1/studios/{studioId}/members", { ...studioPath, body: { email: "viewer@studio.example", role: "viewer" } });
    const rolePath = { params: { path: { studioId, memberId: viewer.data!.member.memberId } } };
    expect((await admin.POST("/admin/v1/studios/{studioId}/members/{memberId}/role", { ...rolePath, body: { role: "admin" } })).data?.role).toBe("admin");
    expect((await admin.DELETE("/admin/v1/session")).data).toEqual({ signedOut: true });
    expect((await admin.GET("/admin/v1/session")).error?.code).toBe("unauthorized");
  });
});

describe("client parity", () => {
  it("has sent every operation of the three specs through the typed client (this file's tests, above)", () => {
    const all = [...specOperations(loadSdkSpec()), ...specOperations(loadServerSpec()), ...specOperations(loadAdminSpec())].map((o) => o.operationId);
    expect(all.every((id) => operationRoute(id))).toBe(true);
    expect(all.filter((id) => !called.has(id)), "operations no client test calls").toEqual([]);
  });
});
