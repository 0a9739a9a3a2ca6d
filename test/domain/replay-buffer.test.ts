// The event replay buffer (#34 item 5): bounded however callers publish — by age even while nobody
// publishes, per channel, and in bytes over all channels — and a client whose missed events were let go
// learns its replay is incomplete.
import { afterEach, describe, expect, it, vi } from "vitest";
import { createEventBus } from "../../server/events/bus.js";

const WINDOW = 5 * 60_000;
const blob = (kb: number) => ({ slotInfo: { pad: "x".repeat(kb * 1024) } });

function bus(maxBytes = 1024 * 1024) {
  let clock = 1_000_000;
  const events = createEventBus({ replayWindowMs: WINDOW, replayMaxEvents: 100, replayMaxBytes: maxBytes, now: () => clock });
  return { events, advance: (ms: number) => (clock += ms) };
}

afterEach(() => vi.useRealTimers());

describe("the replay buffer", () => {
  it("holds at most its bytes over every account, letting the oldest go and telling their clients", () => {
    const { events } = bus(1024 * 1024);
    const before = events.event("ready", {}).id;
    for (let i = 0; i < 400; i++) events.publish(`acc-${i}`, "slot_updated", blob(64)); // 25 MB published
    const held = events.replayHeld();
    expect(held.bytes).toBeLessThanOrEqual(1024 * 1024);
    expect(held.events).toBe(15); // 15 of 64 KB (and their overhead) fit in 1 MiB
    expect(events.missedSince("acc-0", before)).toEqual({ events: [], complete: false });
    const newest = events.missedSince("acc-399", before);
    expect([newest.events.length, newest.complete]).toEqual([1, true]);
  });

  it("lets events go once the window has passed, with nobody publishing", () => {
    vi.useFakeTimers();
    const { events, advance } = bus(64 * 1024 * 1024);
    const before = events.event("ready", {}).id;
    for (let i = 0; i < 100; i++) events.publish(`acc-${i}`, "slot_updated", blob(64));
    expect(events.replayHeld().events).toBe(100);
    advance(WINDOW + 1);
    vi.advanceTimersByTime(31_000); // the pruning timer, not a publish
    expect(events.replayHeld()).toEqual({ events: 0, bytes: 0, channels: 0, earlyDrops: 0 });
    expect(events.missedSince("acc-5", before).complete).toBe(false);
  });

  it("keeps a channel's newest events up to its count, and says what fell out", () => {
    const { events } = bus();
    const before = events.event("ready", {}).id;
    for (let i = 0; i < 130; i++) events.publish("acc", "wallet_updated", { i });
    const missed = events.missedSince("acc", before);
    expect([missed.events.length, missed.events[0].data, missed.complete]).toEqual([100, { i: 30 }, false]);
    expect(events.missedSince("acc", missed.events[0].id)).toMatchObject({ complete: true });
    expect(events.missedSince("other", before)).toEqual({ events: [], complete: true });
  });
});
