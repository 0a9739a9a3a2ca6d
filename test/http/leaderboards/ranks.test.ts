// Leaderboard records and ranks (#19): competition ranks with ties broken by subscore then the earliest
// achievedAt, keyset pages that agree with standing reads, the three operators, periods, authority.
import { describe, expect, it } from "vitest";
import { errorCode, sdk, trusted } from "../../support/helpers.js";
import { boards, players, ranks, standingOf, submit, submitFor, top } from "./support.js";
import { inTransaction } from "../../../server/domain/context.js";

describe("leaderboard ranks", () => {
  it("are competition ranks, ties broken by subscore and then the earliest achievedAt", async () => {
    const server = await boards({ leaderboardId: "distance" });
    const [a, b, c, d, e] = await players(server, 5);
    await submit(server, a, "distance", { score: 100, subscore: 5 });
    server.clock.advance(1000);
    await submit(server, b, "distance", { score: 100, subscore: 5 }); // same pair, later: ranks after a
    await submit(server, c, "distance", { score: 100, subscore: 9 }); // better subscore
    await submit(server, d, "distance", { score: 300 });
    server.clock.advance(-1000);
    await submit(server, e, "distance", { score: 100, subscore: 5 }); // same pair and the same instant as a: a tie
    const page = await top(server, "distance");
    expect(page.status).toBe(200);
    const names = page.body.records.map((r: any) => r.displayName);
    expect(page.body.records.map((r: any) => r.rank)).toEqual([1, 2, 3, 3, 5]);
    expect([names[0], names[1], [names[2], names[3]].sort(), names[4]]).toEqual(["P3", "P2", ["P0", "P4"], "P1"]);
    expect(Object.keys(page.body.records[0]).sort()).toEqual(["achievedAt", "displayName", "metadata", "publicId", "rank", "score", "subscore"]);
  });

  it("page with a keyset cursor, and standing reads rank every record as the pages do", async () => {
    const server = await boards({ leaderboardId: "coins", sortOrder: "asc" });
    const ps = await players(server, 9);
    const scores = [50, 10, 30, 30, 70, 10, 90, 30, 20];
    for (const [i, p] of ps.entries()) await submit(server, p, "coins", { score: scores[i] });
    const listed: any[] = [];
    let cursor: string | null = null;
    do {
      const page: any = await top(server, "coins", `?limit=2${cursor ? `&cursor=${cursor}` : ""}`);
      expect(page.status).toBe(200);
      listed.push(...page.body.records);
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(listed.map((r) => [r.score, r.rank])).toEqual([[10, 1], [10, 1], [20, 3], [30, 4], [30, 4], [30, 4], [50, 7], [70, 8], [90, 9]]);
    const rankOf = new Map(listed.map((r) => [r.publicId, r.rank]));
    for (const p of ps) {
      const s = (await standingOf(server, p, "coins", "?neighbours=3")).body;
      expect(s.record.rank).toBe(rankOf.get(p.body.account.publicId));
      for (const r of [...s.above, ...s.below]) expect(r.rank, r.displayName).toBe(rankOf.get(r.publicId));
      const at = listed.findIndex((r) => r.publicId === p.body.account.publicId);
      expect(s.above.map((r: any) => r.publicId)).toEqual(listed.slice(Math.max(0, at - 3), at).map((r) => r.publicId));
      expect(s.below.map((r: any) => r.publicId)).toEqual(listed.slice(at + 1, at + 4).map((r) => r.publicId));
    }
    expect(errorCode(await top(server, "coins", "?cursor=not-a-cursor"))).toBe("invalid_request");
  });

  it("keep the best (score, subscore) pair under best, the last under latest, the sum under increment", async () => {
    const server = await boards({ leaderboardId: "best" }, { leaderboardId: "latest", operator: "latest" }, { leaderboardId: "sum", operator: "increment" }, { leaderboardId: "golf", sortOrder: "asc" });
    const [p] = await players(server, 1);
    const runs = [{ score: 10, subscore: 1 }, { score: 10, subscore: 7 }, { score: 9, subscore: 99 }, { score: 3 }];
    const results: Record<string, any[]> = {};
    for (const board of ["best", "latest", "sum", "golf"]) {
      results[board] = [];
      for (const run of runs) results[board].push((await submit(server, p, board, { ...run, metadata: { run: run.score } })).body);
    }
    expect(results.best.map((r) => [r.record.score, r.record.subscore, r.changed])).toEqual([[10, 1, true], [10, 7, true], [10, 7, false], [10, 7, false]]);
    expect(results.best[3].record.metadata).toEqual({ run: 10 }); // the metadata of the submission that set the pair
    expect(results.latest.map((r) => [r.record.score, r.record.subscore])).toEqual([[10, 1], [10, 7], [9, 99], [3, 0]]);
    expect(results.sum.map((r) => [r.record.score, r.record.subscore])).toEqual([[10, 1], [20, 8], [29, 107], [32, 107]]);
    expect(results.golf.map((r) => [r.record.score, r.record.subscore])).toEqual([[10, 1], [10, 1], [9, 99], [3, 0]]);
    expect(results.best[0].previousRank).toBeNull();
    expect(results.best[1].previousRank).toBe(1);
  });

  it("refuse scores beyond 2^53, metadata over 1 KB and an increment past the limit, writing nothing", async () => {
    const server = await boards({ leaderboardId: "sum", operator: "increment" });
    const [p] = await players(server, 1);
    expect(errorCode(await submit(server, p, "sum", { score: 2 ** 53 }))).toBe("invalid_request");
    expect(errorCode(await submit(server, p, "sum", { score: 1.5 }))).toBe("invalid_request");
    const big = await submit(server, p, "sum", { score: 1, metadata: { note: "x".repeat(1100) } });
    expect([big.status, big.body.error.details.field]).toEqual([400, "metadata"]);
    expect((await submit(server, p, "sum", { score: 2 ** 53 - 2 })).status).toBe(200);
    const over = await submit(server, p, "sum", { score: 5 });
    expect([over.status, over.body.error.message]).toEqual([400, expect.stringMatching(/beyond/)]);
    expect((await standingOf(server, p, "sum")).body.record.score).toBe(2 ** 53 - 2);
    expect(errorCode(await submit(server, p, "nope", { score: 1 }))).toBe("not_found");
  });

  it("take scores for an authoritative board only from the server surface", async () => {
    const server = await boards({ leaderboardId: "rating", authoritative: true });
    const [p] = await players(server, 1);
    const refused = await submit(server, p, "rating", { score: 1650 });
    expect([refused.status, errorCode(refused), refused.body.error.details]).toEqual([403, "leaderboard_authoritative", { leaderboardId: "rating" }]);
    const rated = await submitFor(server, p.accountId, "rating", { score: 1650 });
    expect([rated.status, rated.body.record.rank, rated.body.period]).toEqual([200, 1, "all"]);
    expect(errorCode(await submitFor(server, "acc_aaaaaaaaaaaaaaaaaaaaaaaaaa", "rating", { score: 1 }))).toBe("not_found");
  });

  it("start a new period at each firing of the schedule, and read past ones by their id", async () => {
    const server = await boards({ leaderboardId: "weekly", resetSchedule: "0 0 * * 1" }); // the clock starts on Monday 2026-11-23 09:00Z
    const [p, q] = await players(server, 2);
    const first = (await submit(server, p, "weekly", { score: 40 })).body;
    expect(first.period).toBe("2026-11-23T00:00:00.000Z");
    const list = (await sdk(server).get("/sdk/v1/leaderboards")).body.leaderboards;
    expect(list[0].currentPeriod).toEqual({ period: "2026-11-23T00:00:00.000Z", startsAt: "2026-11-23T00:00:00.000Z", endsAt: "2026-11-30T00:00:00.000Z" });
    server.clock.advance(7 * 24 * 3600_000);
    const second = await submit(server, q, "weekly", { score: 10 });
    expect(second.body).toMatchObject({ period: "2026-11-30T00:00:00.000Z" });
    expect(ranks((await top(server, "weekly")).body.records)).toEqual([["P1", 1, 10]]);
    expect(ranks((await top(server, "weekly", "?period=2026-11-23T00:00:00.000Z")).body.records)).toEqual([["P0", 1, 40]]);
    expect((await standingOf(server, p, "weekly")).body).toMatchObject({ period: "2026-11-30T00:00:00.000Z", record: null, above: [], below: [] });
  });

  it("hide a record from everyone but its owner, who still sees it placed where it would rank", async () => {
    const server = await boards({ leaderboardId: "distance" });
    const [a, cheat, c] = await players(server, 3);
    await submit(server, a, "distance", { score: 100 });
    await submit(server, cheat, "distance", { score: 99999 });
    await submit(server, c, "distance", { score: 50 });
    const { hideRecord } = await import("../../../server/domain/scores.js");
    const board = (await server.store.getLeaderboard(server.environmentId, "distance"))!;
    await inTransaction(server.app.deps, async (tx) => hideRecord(tx, board, { publicId: cheat.body.account.publicId! }));
    expect(ranks((await top(server, "distance")).body.records)).toEqual([["P0", 1, 100], ["P2", 2, 50]]);
    expect((await standingOf(server, c, "distance", "?neighbours=5")).body.above.map((r: any) => r.displayName)).toEqual(["P0"]);
    const own = (await standingOf(server, cheat, "distance", "?neighbours=5")).body;
    expect([own.record.rank, ranks(own.below)]).toEqual([1, [["P0", 2, 100], ["P2", 3, 50]]]);
    const again = (await submit(server, cheat, "distance", { score: 100000 })).body;
    expect([again.record.rank, again.changed]).toEqual([1, true]);
    expect(ranks((await top(server, "distance")).body.records)).toEqual([["P0", 1, 100], ["P2", 2, 50]]);
  });

  it("lose an erased player's records", async () => {
    const server = await boards({ leaderboardId: "distance" });
    const [a, b] = await players(server, 2);
    await submit(server, a, "distance", { score: 100 });
    await submit(server, b, "distance", { score: 50 });
    await trusted(server).post(`/server/v1/accounts/${a.accountId}/erase`, {});
    expect(ranks((await top(server, "distance")).body.records)).toEqual([["P1", 1, 50]]);
  });
});
