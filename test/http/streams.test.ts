// Every kind of stream goes through one admission and one credential recheck (#34 item 4): a runtime
// key's board streams cannot take every place from players and operators, board streams end when their
// key is revoked or their operator signs out, and a hidden record is streamed to no one.
import { afterEach, describe, expect, it } from "vitest";
import { inTransaction } from "../../server/domain/context.js";
import { listenLocal, sdk, type TestServer } from "../support/helpers.js";
import { openStream, type SseStream } from "../support/sse.js";
import { boards, players, submit } from "./leaderboards/support.js";
import { member, signIn, studioOf, TEST_KDF } from "./admin/support.js";
import { createLeaderboard } from "../../server/domain/leaderboards.js";
import { startServer } from "../support/helpers.js";
import { hideRecord } from "../../server/domain/scores.js";

const opened: Array<{ close(): unknown }> = [];
afterEach(async () => {
  for (const o of opened.splice(0).reverse()) await o.close();
});

async function origin(server: TestServer) {
  const local = await listenLocal(server.app);
  opened.push(local);
  return local.origin;
}

async function open(url: string, headers: Record<string, string>): Promise<SseStream> {
  const stream = await openStream(url, headers);
  opened.push(stream);
  return stream;
}

describe("stream admission", () => {
  it("keeps places for players and operators however many board streams one key opens", async () => {
    const server = await startServer({ settings: { maxStreamsPerProcess: 8, passwordKdf: TEST_KDF } });
    await inTransaction(server.app.deps, (tx) => createLeaderboard(tx, server.environmentId, { leaderboardId: "distance" }));
    const base = await origin(server);
    const board = () => open(`${base}/sdk/v1/leaderboards/distance/stream`, { Authorization: `Bearer ${server.runtimeKey}` });
    const boardStreams = [];
    for (let i = 0; i < 6; i++) boardStreams.push(await board());
    const statuses = boardStreams.map((s) => s.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(4); // half the process per key
    const refused = boardStreams.find((s) => s.status === 429)!;
    expect(refused.body.error).toMatchObject({ code: "too_many_streams", details: { scope: "key", limit: 4 } });
    // A player's account stream, with the same key, and an operator's board stream still get places.
    const player = await sdk(server).createAccount();
    const own = await open(`${base}/sdk/v1/accounts/${player.accountId}/events`, { Authorization: `Bearer ${server.runtimeKey}`, "X-Persistly-Account-Session": player.token });
    expect(own.status).toBe(200);
    await member(server, "owner@studio.example");
    const op = await signIn(server, "owner@studio.example");
    const studio = (await studioOf(server)).id;
    const watched = await open(`${base}/admin/v1/studios/${studio}/games/${server.environmentId}/leaderboards/distance/stream`, { Cookie: op.cookie });
    expect(watched.status).toBe(200);
    expect((await op.get(`/admin/v1/studios/${studio}/games/${server.environmentId}/overview`)).body.openStreams).toBe(6);
  });

  it("ends a board stream when its runtime key is revoked elsewhere, and an operator's when the operator signs out", async () => {
    const server = await startServer({ settings: { streamCredentialCheckMs: 50, passwordKdf: TEST_KDF } });
    await inTransaction(server.app.deps, (tx) => createLeaderboard(tx, server.environmentId, { leaderboardId: "distance" }));
    const base = await origin(server);
    await member(server, "owner@studio.example");
    const op = await signIn(server, "owner@studio.example");
    const studio = (await studioOf(server)).id;
    const operatorStream = await open(`${base}/admin/v1/studios/${studio}/games/${server.environmentId}/leaderboards/distance/stream`, { Cookie: op.cookie });
    await operatorStream.next("ready");
    expect((await op.del("/admin/v1/session")).status).toBe(200);
    expect((await operatorStream.next("closed", 2000)).data).toEqual({ reason: "session_revoked" });

    const keyStream = await open(`${base}/sdk/v1/leaderboards/distance/stream`, { Authorization: `Bearer ${server.runtimeKey}` });
    await keyStream.next("ready");
    const key = (await server.store.listApiKeys(server.environmentId)).find((k) => k.kind === "runtime")!;
    await server.store.transaction((tx) => tx.revokeApiKey(key.id, new Date().toISOString())); // as the CLI would: no event on this process's bus
    expect((await keyStream.next("closed", 2000)).data).toEqual({ reason: "key_revoked" });
  });

  it("never streams a hidden record, even to a stream that follows it", async () => {
    const server = await boards({ leaderboardId: "distance" });
    const [cheater, honest] = await players(server, 2);
    await submit(server, cheater, "distance", { score: 10 });
    const publicId = cheater.body.account.publicId!;
    await server.store.transaction(async (tx) =>
      hideRecord({ ...server.app.deps, store: tx }, (await tx.getLeaderboard(server.environmentId, "distance"))!, { publicId }));
    const base = await origin(server);
    const follower = await open(`${base}/sdk/v1/leaderboards/distance/stream?follow=${publicId}`, { Authorization: `Bearer ${server.runtimeKey}` });
    await follower.next("ready");
    await submit(server, cheater, "distance", { score: 99999 });
    await submit(server, honest, "distance", { score: 5 });
    const update = await follower.next("score_update", 2000);
    expect(update.data.publicId).toBe(honest.body.account.publicId);
    expect(JSON.stringify(follower.events)).not.toContain(publicId);
  });
});
