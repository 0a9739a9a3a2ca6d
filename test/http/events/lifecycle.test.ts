// Events (#19) from entry to prizes: the window, the cap, attempts and the entry cost checked in one
// transaction; one score per attempt; finalisation exactly once with reward grants; cancellation refunds.
import { describe, expect, it } from "vitest";
import { errorCode, sdk } from "../../support/helpers.js";
import { balances, ledgerAddsUp } from "../economy/support.js";
import { players } from "../leaderboards/support.js";
import { finaliseEvent } from "../../../server/domain/tournaments.js";
import { cancelEvent } from "../../../server/domain/tournaments.js";
import { CUP, enter, getEvent, gold, HOUR, score, withEvents } from "./support.js";

const TIERS = [{ fromRank: 1, toRank: 1, rewards: { currencies: { gems: 100 } } }, { fromRank: 2, toRank: 3, rewards: { currencies: { gems: 20 }, items: { potion: 1 } } }];

describe("an event", () => {
  it("charges its entry cost per attempt, in the seed's words when the wallet is short, and counts attempts", async () => {
    const server = await withEvents({ ...CUP, entryCost: { gold: 60 }, maxAttemptsPerPlayer: 3 });
    const [p] = await players(server, 1);
    const first = await enter(server, p);
    expect([first.status, first.body.attemptsRemaining, first.body.charged, first.body.entry.source, first.body.entry.changes]).toEqual([201, 2, { gold: 60 }, "event_entry", { gold: -60 }]);
    expect(first.body.expiresAt).toBe("2026-11-23T09:10:00.000Z");
    const short = await enter(server, p); // 40 gold left
    expect([short.status, short.body.error]).toEqual([409, expect.objectContaining({ code: "insufficient_entry_cost", message: "not enough gold to enter — need 60", details: { resource: "gold", needed: 60, have: 40 } })]);
    await gold(server, p.accountId, 500);
    expect((await enter(server, p)).body.attemptsRemaining).toBe(1);
    expect((await enter(server, p)).body.attemptsRemaining).toBe(0);
    const exhausted = await enter(server, p);
    expect([errorCode(exhausted), exhausted.body.error.details]).toEqual(["attempts_exhausted", { eventId: "cup", maxAttemptsPerPlayer: 3 }]);
    const { wallet } = await ledgerAddsUp(server, p.accountId, p.token);
    expect(balances(wallet).gold).toBe(100 - 60 + 500 - 120);
  });

  it("is entered only inside its window, and by at most maxParticipants players (those in may enter again)", async () => {
    const server = await withEvents({ ...CUP, maxParticipants: 2, maxAttemptsPerPlayer: 5 }, { eventId: "later", name: "Later", startsAt: "2026-11-24T09:00:00Z", endsAt: "2026-11-24T10:00:00Z" });
    const [a, b, c] = await players(server, 3);
    const early = await enter(server, a, "later");
    expect([errorCode(early), early.body.error.details.status, early.body.error.message]).toEqual(["event_not_active", "upcoming", 'event "later" starts at 2026-11-24T09:00:00.000Z']);
    expect((await enter(server, a)).status).toBe(201);
    expect((await enter(server, b)).status).toBe(201);
    const full = await enter(server, c);
    expect([errorCode(full), full.body.error.details]).toEqual(["event_full", { eventId: "cup", maxParticipants: 2 }]);
    expect((await enter(server, a)).status).toBe(201);
    expect(errorCode(await enter(server, a, "nope"))).toBe("not_found");
    expect((await getEvent(server)).body).toMatchObject({ status: "active", participants: 2, leaderboardId: "event-cup" });
    server.clock.advance(2 * HOUR);
    expect((await enter(server, a)).body.error).toMatchObject({ code: "event_not_active", details: { status: "ended" } });
  });

  it("takes one score per attempt, within the attempt's time, on its own board where the best attempt counts", async () => {
    const server = await withEvents({ ...CUP, maxAttemptsPerPlayer: 3, attemptSeconds: 60 });
    const [p, q] = await players(server, 2);
    const one = (await enter(server, p)).body.attemptId;
    const two = (await enter(server, p)).body.attemptId;
    expect((await score(server, p, one, { score: 40 })).body).toMatchObject({ leaderboardId: "event-cup", period: "all", record: { score: 40, rank: 1 } });
    expect((await score(server, p, one, { score: 90 })).body.error).toMatchObject({ code: "attempt_closed", details: { attemptId: one, reason: "scored" } });
    expect((await score(server, p, two, { score: 30 })).body).toMatchObject({ changed: false, record: { score: 40 } });
    const late = (await enter(server, p)).body.attemptId;
    server.clock.advance(61_000);
    expect((await score(server, p, late, { score: 99 })).body.error.details.reason).toBe("expired");
    expect(errorCode(await score(server, q, one, { score: 1 }))).toBe("not_found"); // another player's attempt
    const direct = await sdk(server).post(`/sdk/v1/accounts/${p.accountId}/leaderboards/event-cup/scores`, { score: 1000 }, p.token);
    expect([errorCode(direct), direct.body.error.message]).toEqual(["leaderboard_authoritative", expect.stringMatching(/through attempts at event "cup"/)]);
    expect((await sdk(server).get("/sdk/v1/leaderboards")).body.leaderboards).toEqual([]);
  });

  it("finalises once at its end: frozen ranks, one reward grant per ranked player in a tier, final standings", async () => {
    const server = await withEvents({ ...CUP, rewards: TIERS });
    const ps = await players(server, 5);
    const scores = [10, 50, 30, 50, 5];
    for (const [i, p] of ps.entries()) await score(server, p, (await enter(server, p)).body.attemptId, { score: scores[i] });
    expect((await sdk(server).get("/sdk/v1/events?status=active")).body.events.map((e: { eventId: string }) => e.eventId)).toEqual(["cup"]);
    server.clock.advance(2 * HOUR);
    // Readers racing the finalisation each see its result, whichever of them finalised.
    const reads = await Promise.all([getEvent(server), sdk(server).get("/sdk/v1/events?status=ended"), getEvent(server), getEvent(server), getEvent(server)]);
    const [first, listed, ...others] = reads;
    for (const read of [listed.body.events[0], ...others.map((r) => r.body)]) expect(read.finalStandings).toEqual(first.body.finalStandings);
    const ended = first.body;
    expect([ended.status, ended.finalisedAt]).toEqual(["ended", "2026-11-23T11:00:00.000Z"]);
    expect(ended.finalStandings.map((s: any) => [s.displayName, s.rank, s.score, s.rewards])).toEqual([
      [expect.stringMatching(/^P[13]$/), 1, 50, { currencies: { gems: 100 }, items: {} }],
      [expect.stringMatching(/^P[13]$/), 1, 50, { currencies: { gems: 100 }, items: {} }],
      ["P2", 3, 30, { currencies: { gems: 20 }, items: { potion: 1 } }],
      ["P0", 4, 10, null],
      ["P4", 5, 5, null],
    ]);
    expect(await finaliseEvent(server.app.deps, server.environmentId, "cup")).toBe(false);
    for (const [i, p] of ps.entries()) {
      const grants = (await sdk(server).get(`/sdk/v1/accounts/${p.accountId}/grants`, p.token)).body.grants;
      expect(grants.map((g: { source: string }) => g.source), `P${i}`).toEqual(i === 0 || i === 4 ? [] : ["event"]);
    }
    const winner = ps[1];
    const prize = (await sdk(server).get(`/sdk/v1/accounts/${winner.accountId}/grants`, winner.token)).body.grants[0];
    expect([prize.reason, prize.externalRef]).toEqual(["The Cup: rank 1", `event:cup:${winner.accountId}`]);
    const claimed = await sdk(server).post(`/sdk/v1/accounts/${winner.accountId}/grants/${prize.grantId}/claim`, {}, winner.token);
    expect(claimed.body.entry.changes).toEqual({ gems: 100 });
  });

  it("refunds every paid attempt when cancelled, and then takes no entries", async () => {
    const server = await withEvents({ ...CUP, entryCost: { gold: 30 }, maxAttemptsPerPlayer: 2, rewards: TIERS });
    const [p, q] = await players(server, 2);
    await enter(server, p);
    await enter(server, p);
    await enter(server, q);
    const { refunded } = await server.app.deps.store.transaction((store) => cancelEvent({ ...server.app.deps, store }, server.environmentId, "cup"));
    expect(refunded).toBe(3);
    for (const x of [p, q]) {
      const { wallet } = await ledgerAddsUp(server, x.accountId, x.token);
      expect(balances(wallet).gold).toBe(100);
    }
    const ledger = (await sdk(server).get(`/sdk/v1/accounts/${p.accountId}/wallet/ledger`, p.token)).body.entries;
    expect(ledger.slice(0, 2).map((e: any) => [e.source, e.changes, e.reason])).toEqual([
      ["event_entry", { gold: 30 }, 'refund: event "cup" cancelled'], ["event_entry", { gold: 30 }, 'refund: event "cup" cancelled'],
    ]);
    expect((await enter(server, q)).body.error).toMatchObject({ code: "event_not_active", details: { status: "cancelled" } });
    server.clock.advance(3 * HOUR);
    expect((await getEvent(server)).body).toMatchObject({ status: "cancelled", finalStandings: null });
    expect((await sdk(server).get(`/sdk/v1/accounts/${p.accountId}/grants`, p.token)).body.grants).toEqual([]);
  });
});
