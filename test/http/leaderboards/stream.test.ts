// The leaderboard stream over real HTTP (#19): `ready` with the board and its period, `score_update` for
// the top and for the followed record, coalesced per record, replay after Last-Event-ID, and `closed`
// when the period resets or the board is deleted.
import { afterEach, describe, expect, it } from "vitest";
import { listenLocal, type TestServer } from "../../support/helpers.js";
import { openStream, type SseStream } from "../../support/sse.js";
import { deleteLeaderboard } from "../../../server/domain/leaderboards.js";
import { boards, players, submit } from "./support.js";

const opened: Array<{ close(): unknown }> = [];
afterEach(async () => {
  for (const o of opened.splice(0).reverse()) await o.close();
});

async function streamOf(server: TestServer, board: string, query = "", headers: Record<string, string> = {}): Promise<SseStream> {
  const local = await listenLocal(server.app);
  opened.push(local);
  const stream = await openStream(`${local.origin}/sdk/v1/leaderboards/${board}/stream${query}`, { Authorization: `Bearer ${server.runtimeKey}`, ...headers });
  opened.push(stream);
  return stream;
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("the leaderboard stream", () => {
  it("sends ready, then the top's changes, and a followed record's wherever it ranks", async () => {
    const server = await boards({ leaderboardId: "distance", streamTopN: 2, resetSchedule: "0 0 * * 1" });
    const [a, b, c] = await players(server, 3);
    const watcher = await streamOf(server, "distance");
    const follower = await streamOf(server, "distance", `?follow=${c.body.account.publicId}`);
    const ready = await watcher.next("ready");
    expect(ready.data).toMatchObject({ leaderboard: { leaderboardId: "distance", streamTopN: 2 }, period: { period: "2026-11-23T00:00:00.000Z" }, replayed: 0, complete: true });
    await submit(server, a, "distance", { score: 300 });
    await submit(server, b, "distance", { score: 200 });
    await submit(server, c, "distance", { score: 100 }); // third: outside the top 2
    const seen = [await watcher.next("score_update"), await watcher.next("score_update")].map((e) => e.data);
    expect(seen).toEqual([
      { publicId: a.body.account.publicId, displayName: "P0", score: 300, subscore: 0, rank: 1, previousRank: null },
      { publicId: b.body.account.publicId, displayName: "P1", score: 200, subscore: 0, rank: 2, previousRank: null },
    ]);
    const followed = (await follower.next("ready"), [await follower.next(), await follower.next(), await follower.next()]).map((e) => e.data.displayName);
    expect(followed).toEqual(["P0", "P1", "P2"]);
    await submit(server, c, "distance", { score: 500 }); // into first place
    expect((await watcher.next("score_update")).data).toMatchObject({ displayName: "P2", rank: 1, previousRank: 3 });
    await pause(100);
    expect(watcher.events.filter((e) => e.event === "score_update").map((e) => e.data.displayName)).toEqual(["P0", "P1", "P2"]);
  });

  it("coalesces a record's rapid changes, the latest state winning", async () => {
    const server = await boards({ leaderboardId: "clicks", operator: "increment" });
    const [p] = await players(server, 1);
    const watcher = await streamOf(server, "clicks");
    await watcher.next("ready");
    for (let i = 0; i < 20; i++) await submit(server, p, "clicks", { score: 1 });
    await pause(600);
    const updates = watcher.events.filter((e) => e.event === "score_update").map((e) => e.data);
    expect(updates.length).toBeLessThan(8);
    expect(updates[updates.length - 1]).toMatchObject({ score: 20, rank: 1 });
  });

  it("replays what a reconnecting client missed after its Last-Event-ID", async () => {
    const server = await boards({ leaderboardId: "distance" });
    const [a, b] = await players(server, 2);
    const first = await streamOf(server, "distance");
    await first.next("ready");
    await submit(server, a, "distance", { score: 10 });
    const last = await first.next("score_update");
    first.close();
    await submit(server, b, "distance", { score: 20 });
    await pause(50);
    const again = await streamOf(server, "distance", "", { "Last-Event-ID": last.id! });
    const ready = await again.next("ready");
    expect([ready.id, ready.data.replayed, ready.data.complete]).toEqual([last.id, 1, true]);
    expect((await again.next("score_update")).data).toMatchObject({ displayName: "P1", score: 20, rank: 1 });
  });

  it("closes when the period resets and when the board is deleted", async () => {
    const server = await boards({ leaderboardId: "hourly", resetSchedule: "0 * * * *" }, { leaderboardId: "doomed" });
    const hourly = await streamOf(server, "hourly");
    const doomed = await streamOf(server, "doomed");
    await hourly.next("ready");
    await doomed.next("ready");
    server.clock.advance(3600_000);
    expect((await hourly.next("closed", 3000)).data).toEqual({ reason: "period_reset" });
    await hourly.ended;
    await server.app.deps.store.transaction((tx) => deleteLeaderboard({ ...server.app.deps, store: tx }, server.environmentId, "doomed"));
    expect((await doomed.next("closed")).data).toEqual({ reason: "board_deleted" });
    const gone = await streamOf(server, "doomed");
    expect([gone.status, gone.body.error.code]).toEqual([404, "not_found"]);
  });
});
