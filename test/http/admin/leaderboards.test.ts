// Leaderboards on the operator surface (#19): admins define, change and delete boards; support hides a
// cheater's record, which no other player then sees; every change is in the audit log.
import { describe, expect, it } from "vitest";
import { errorCode, sdk } from "../../support/helpers.js";
import { member, signIn, startAdminServer, studioOf } from "./support.js";
import { players, ranks, standingOf, submit, top } from "../leaderboards/support.js";

describe("leaderboards on the operator surface", () => {
  it("are created, listed and changed by admins, read by everyone, and refused with a clear error", async () => {
    const server = await startAdminServer();
    await member(server, "admin@studio.example", "admin");
    await member(server, "viewer@studio.example", "viewer");
    const admin = await signIn(server, "admin@studio.example");
    const viewer = await signIn(server, "viewer@studio.example");
    const base = `/admin/v1/studios/${(await studioOf(server)).id}/games/${server.environmentId}/leaderboards`;
    const created = await admin.post(base, { leaderboardId: "weekly", resetSchedule: "0  0 * * 1" });
    expect([created.status, created.body], JSON.stringify(created.body)).toEqual([201, expect.objectContaining({
      leaderboardId: "weekly", sortOrder: "desc", operator: "best", resetSchedule: "0 0 * * 1", authoritative: false, streamTopN: 100,
      currentPeriod: { period: "2026-11-23T00:00:00.000Z", startsAt: "2026-11-23T00:00:00.000Z", endsAt: "2026-11-30T00:00:00.000Z" },
    })]);
    expect(errorCode(await admin.post(base, { leaderboardId: "weekly" }))).toBe("leaderboard_exists");
    const badCron = await admin.post(base, { leaderboardId: "daily", resetSchedule: "0 25 * * *" });
    expect([badCron.status, badCron.body.error.details.field]).toEqual([400, "resetSchedule"]);
    expect(errorCode(await viewer.post(base, { leaderboardId: "daily" }))).toBe("forbidden");
    expect((await viewer.get(base)).body.leaderboards.map((b: { leaderboardId: string }) => b.leaderboardId)).toEqual(["weekly"]);
    const changed = await admin.post(`${base}/weekly`, { authoritative: true, resetSchedule: null });
    expect([changed.status, changed.body.authoritative, changed.body.currentPeriod]).toEqual([200, true, { period: "all", startsAt: null, endsAt: null }]);
    expect(errorCode(await admin.post(`${base}/weekly`, { sortOrder: "asc" }))).toBe("invalid_request");
    expect(errorCode(await admin.post(`${base}/nope`, { authoritative: true }))).toBe("not_found");
    expect((await sdk(server).get("/sdk/v1/leaderboards")).body.leaderboards[0].authoritative).toBe(true);
    const log = (await admin.get(`/admin/v1/studios/${(await studioOf(server)).id}/audit-log`)).body.entries;
    expect(log.map((e: { action: string }) => e.action).slice(0, 2)).toEqual(["updateLeaderboard", "createLeaderboard"]);
    expect(log[0].before).toEqual({ resetSchedule: "0 0 * * 1", authoritative: false, streamTopN: 100 });
  });

  it("refuse schedules that never fire, and take a leap day's", async () => {
    const server = await startAdminServer();
    await member(server, "admin@studio.example", "admin");
    const admin = await signIn(server, "admin@studio.example");
    const base = `/admin/v1/studios/${(await studioOf(server)).id}/games/${server.environmentId}/leaderboards`;
    // Schedules whose days their months lack would never fire: refused from their fields, at once.
    for (const never of ["0 0 31 4,6,9,11 *", "0 0 31 2,4 *", "*/5 3 31 6,9 *"]) {
      const refused = await admin.post(base, { leaderboardId: "never", resetSchedule: never });
      expect([refused.status, refused.body.error.details], never).toEqual([400, { field: "resetSchedule", reason: "schedule_never_fires" }]);
    }
    expect((await admin.post(base, { leaderboardId: "leap", resetSchedule: "0 0 29 2 *" })).body.currentPeriod)
      .toEqual({ period: "2024-02-29T00:00:00.000Z", startsAt: "2024-02-29T00:00:00.000Z", endsAt: "2028-02-29T00:00:00.000Z" });
  });

  it("hide a cheater's record for support and above, audited, and delete a board with its records", async () => {
    const server = await startAdminServer();
    await member(server, "support@studio.example", "support");
    await member(server, "admin@studio.example", "admin");
    const support = await signIn(server, "support@studio.example");
    const admin = await signIn(server, "admin@studio.example");
    const studio = (await studioOf(server)).id;
    const base = `/admin/v1/studios/${studio}/games/${server.environmentId}/leaderboards`;
    await admin.post(base, { leaderboardId: "distance" });
    const [honest, cheat] = await players(server, 2);
    await submit(server, honest, "distance", { score: 120 });
    await submit(server, cheat, "distance", { score: 999999 });
    const publicId = cheat.body.account.publicId;
    expect(errorCode(await support.post(`${base}/distance/hide`, { publicId }))).toBe("invalid_request"); // the reason is required
    const hidden = await support.post(`${base}/distance/hide`, { publicId, reason: "impossible distance, ticket 812" });
    expect([hidden.status, hidden.body]).toEqual([200, { leaderboardId: "distance", period: "all", publicId, hidden: true }]);
    expect(ranks((await top(server, "distance")).body.records)).toEqual([["P0", 1, 120]]);
    expect((await standingOf(server, cheat, "distance")).body.record).toMatchObject({ rank: 1, score: 999999 });
    expect(errorCode(await support.post(`${base}/distance/hide`, { publicId: "plr_00000000000000000000000000000000", reason: "x" }))).toBe("not_found");
    const shown = await support.post(`${base}/distance/hide`, { publicId, hidden: false, reason: "appeal upheld" });
    expect(shown.body.hidden).toBe(false);
    expect(ranks((await top(server, "distance")).body.records)).toEqual([["P1", 1, 999999], ["P0", 2, 120]]);
    const log = (await support.get(`/admin/v1/studios/${studio}/audit-log?action=hideLeaderboardRecord`)).body.entries;
    expect(log.map((e: { reason: string }) => e.reason)).toEqual(["appeal upheld", "impossible distance, ticket 812"]);
    expect(errorCode(await support.post(`${base}/distance/delete`, { reason: "x" }))).toBe("forbidden");
    const deleted = await admin.post(`${base}/distance/delete`, { reason: "season over" });
    expect([deleted.status, deleted.body]).toEqual([200, { leaderboardId: "distance", recordsDeleted: 2 }]);
    expect(errorCode(await top(server, "distance"))).toBe("not_found");
    expect((await admin.post(base, { leaderboardId: "distance" })).status).toBe(201);
    expect((await top(server, "distance")).body.records).toEqual([]);
  });
});
