// Concurrent submissions (#19), on both engines: parallel requests to one record keep the best pair any
// of them submitted, never a score from one and a subscore from another; parallel players all rank; a
// board deleted under a storm of submissions leaves no rank counts behind (and no deadlock on PostgreSQL).
import { describe, expect, it } from "vitest";
import { DEFAULT_PLANS, type PlanLimits, type PlanName } from "../../../server/domain/plans.js";
import { createLeaderboard, deleteLeaderboard } from "../../../server/domain/leaderboards.js";
import { sdk, startServer } from "../../support/helpers.js";
import { standingOf, submit, top } from "./support.js";
import { inTransaction } from "../../../server/domain/context.js";

const roomy: Record<PlanName, PlanLimits> = { ...DEFAULT_PLANS, free: { ...DEFAULT_PLANS.free, perMinute: { sdk_read: 10_000, sdk_write: 10_000, server_api: 10_000 } } };

describe("concurrent submissions", () => {
  it("to one record under best keep the best submitted (score, subscore) pair", async () => {
    const server = await startServer({ plans: roomy });
    await inTransaction(server.app.deps, (tx) => createLeaderboard(tx, server.environmentId, { leaderboardId: "best" }));
    const p = await sdk(server).createAccount();
    // Scores and subscores run opposite ways, so that a mixed record (best score with best subscore) is easy to see.
    const pairs = Array.from({ length: 40 }, (_, i) => ({ score: i % 10, subscore: 40 - i }));
    const results = await Promise.all(pairs.map((pair) => submit(server, p, "best", pair)));
    expect(results.every((r) => r.status === 200)).toBe(true);
    const best = pairs.reduce((a, b) => (b.score > a.score || (b.score === a.score && b.subscore > a.subscore) ? b : a));
    expect((await standingOf(server, p, "best")).body.record).toMatchObject({ ...best, rank: 1 });
    expect(best).toEqual({ score: 9, subscore: 31 });
  });

  it("from many players all land, ranked once each", async () => {
    const server = await startServer({ plans: roomy });
    await inTransaction(server.app.deps, (tx) => createLeaderboard(tx, server.environmentId, { leaderboardId: "sum", operator: "increment" }));
    const ps = await Promise.all(Array.from({ length: 20 }, () => sdk(server).createAccount()));
    await Promise.all(ps.flatMap((p, i) => [submit(server, p, "sum", { score: i }), submit(server, p, "sum", { score: 100 })]));
    const records = (await top(server, "sum", "?limit=100")).body.records;
    expect(records.map((r: { score: number }) => r.score)).toEqual(Array.from({ length: 20 }, (_, i) => 119 - i));
    expect(records.map((r: { rank: number }) => r.rank)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it("while the board is deleted all answer, and the board made again ranks from nothing", async () => {
    const server = await startServer({ plans: roomy });
    const { deps } = server.app;
    await inTransaction(deps, (tx) => createLeaderboard(tx, server.environmentId, { leaderboardId: "doomed", operator: "latest" }));
    const ps = await Promise.all(Array.from({ length: 16 }, () => sdk(server).createAccount()));
    await Promise.all(ps.map((p, i) => submit(server, p, "doomed", { score: i * 1000 })));
    const storm = Promise.all(ps.flatMap((p, i) => [1, 2, 3].map((round) => submit(server, p, "doomed", { score: i * 1000 + round }))));
    await deps.store.transaction((tx) => deleteLeaderboard({ ...deps, store: tx }, server.environmentId, "doomed"));
    const answers = await storm;
    expect(answers.map((r) => r.status).filter((status) => status !== 200 && status !== 404)).toEqual([]);
    // Made again, the board's first record ranks first: nothing of the old board's counts is left.
    await inTransaction(deps, (tx) => createLeaderboard(tx, server.environmentId, { leaderboardId: "doomed", operator: "latest" }));
    const first = await submit(server, ps[0], "doomed", { score: 7 });
    expect(first.body.record).toMatchObject({ score: 7, rank: 1 });
    expect((await top(server, "doomed")).body.records).toHaveLength(1);
  });
});
