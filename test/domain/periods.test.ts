// A board's period (#34 item 2): computed once per period and schedule, not per request, and a stored
// schedule that never fires (from before such schedules were refused) is one period that never ends.
import { describe, expect, it } from "vitest";
import { periodAt } from "../../server/domain/leaderboards.js";

describe("a board's period", () => {
  it("is computed once per period: reads within it get the remembered answer, the next period a new one", () => {
    const board = { resetSchedule: "0 0 * * 1" };
    const monday = periodAt(board, new Date("2026-11-23T09:00:00Z"));
    expect(monday).toEqual({ period: "2026-11-23T00:00:00.000Z", startsAt: "2026-11-23T00:00:00.000Z", endsAt: "2026-11-30T00:00:00.000Z" });
    expect(periodAt(board, new Date("2026-11-29T23:59:59.999Z"))).toBe(monday);
    expect(periodAt(board, new Date("2026-11-23T00:00:00Z"))).toBe(monday);
    const next = periodAt(board, new Date("2026-11-30T00:00:00Z"));
    expect(next).not.toBe(monday);
    expect(next.startsAt).toBe("2026-11-30T00:00:00.000Z");
    // An earlier instant is computed again, not answered with the later period.
    expect(periodAt(board, new Date("2026-11-20T00:00:00Z")).endsAt).toBe("2026-11-23T00:00:00.000Z");
  });

  it("treats a stored schedule that never fires as one period that never ends", () => {
    expect(periodAt({ resetSchedule: "0 0 31 4,6,9,11 *" }, new Date("2026-11-23T09:00:00Z"))).toEqual({ period: "all", startsAt: null, endsAt: null });
  });
});
