// Concurrent submissions (#19), on both engines: parallel requests to one record keep the best pair any
// of them submitted, never a score from one and a subscore from another; parallel players all rank.
import { describe, expect, it } from "vitest";
import { DEFAULT_PLANS, type PlanLimits, type PlanName } from "../../../server/domain/plans.js";
import { createLeaderboard } from "../../../server/domain/leaderboards.js";
import { sdk, startServer } from "../../support/helpers.js";
import { standingOf, submit, top } from "./support.js";

const roomy: Record<PlanName, PlanLimits> = { ...DEFAULT_PLANS, free: { ...DEFAULT_PLANS.free, perMinute: { sdk_read: 10_000, sdk_write: 10_000, server_api: 10_000 } } };

describe("concurrent submissions", () => {
  it("to one record under best keep the best submitted (score, subscore) pair", async () => {
    const server = await startServer({ plans: roomy });
    await createLeaderboard(server.app.deps, server.environmentId, { leaderboardId: "best" });
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
    await createLeaderboard(server.app.deps, server.environmentId, { leaderboardId: "sum", operator: "increment" });
    const ps = await Promise.all(Array.from({ length: 20 }, () => sdk(server).createAccount()));
    await Promise.all(ps.flatMap((p, i) => [submit(server, p, "sum", { score: i }), submit(server, p, "sum", { score: 100 })]));
    const records = (await top(server, "sum", "?limit=100")).body.records;
    expect(records.map((r: { score: number }) => r.score)).toEqual(Array.from({ length: 20 }, (_, i) => 119 - i));
    expect(records.map((r: { rank: number }) => r.rank)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });
});
