import { afterEach, describe, expect, it } from "vitest";
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { eraseAccount } from "../../../server/domain/accounts.js";
import type { RuntimeSettings } from "../../../server/domain/context.js";
import { sdk, startServer, trusted, type TestAccount } from "../../support/helpers.js";
import { openStream, type SseStream } from "../../support/sse.js";
import { inTransaction } from "../../../server/domain/context.js";

let listening: Server | undefined;
const streams: SseStream[] = [];
afterEach(() => {
  streams.splice(0).forEach((s) => s.close());
  listening?.closeAllConnections();
  listening?.close();
});

async function live(settings: Partial<RuntimeSettings> = {}) {
  const server = await startServer({ settings });
  listening = server.app.listen(0, "127.0.0.1");
  await new Promise((r) => listening!.once("listening", r));
  const base = `http://127.0.0.1:${(listening!.address() as AddressInfo).port}`;
  const client = sdk(server);
  const account = await client.createAccount();
  const open = async (a: TestAccount = account, extra: Record<string, string> = {}) => {
    const stream = await openStream(`${base}/sdk/v1/accounts/${a.accountId}/events`, {
      Authorization: `Bearer ${server.runtimeKey}`, "X-Persistly-Account-Session": a.token, ...extra,
    });
    streams.push(stream);
    return stream;
  };
  const sync = (version: number, data: unknown, a = account) =>
    client.post(`/sdk/v1/accounts/${a.accountId}/slots/main/sync`, { baseVersion: version, data }, a.token).expect(200);
  return { server, client, account, open, sync };
}

describe("streamAccountEvents", () => {
  it("opens a text/event-stream that starts with ready", async () => {
    const { open, account } = await live();
    const stream = await open();
    expect(stream.status).toBe(200);
    expect(stream.headers.get("content-type")).toMatch(/^text\/event-stream/);
    expect(stream.headers.get("cache-control")).toBe("no-cache, no-transform");
    expect(stream.headers.get("x-request-id")).toMatch(/^req_/);
    expect(stream.headers.get("ratelimit-policy")).toBe('"sdk_read";q=600;w=60');
    const ready = await stream.next();
    expect(ready).toMatchObject({ event: "ready", id: expect.stringMatching(/^\d+$/), data: { accountId: account.accountId, heartbeatSeconds: 15, replayed: 0, complete: true } });
  });

  it("delivers slot_updated for a write from another device, and nothing for an unchanged sync", async () => {
    const { open, account, client, sync } = await live();
    const stream = await open();
    await stream.next("ready");
    const { code } = (await client.post(`/sdk/v1/accounts/${account.accountId}/transfer-codes`, {}, account.token)).body;
    const other = (await client.post("/sdk/v1/account-transfer-codes/consume", { code })).body;
    await sync(1, { from: "phone" }, { ...account, token: other.accountSessionToken });
    await sync(2, { from: "phone" });
    await client.post(`/sdk/v1/accounts/${account.accountId}/slots`, { slotId: "autosave", data: 1, slotInfo: { n: 1 } }, account.token).expect(201);
    expect((await stream.next("slot_updated")).data).toMatchObject({ accountId: account.accountId, slotId: "main", version: 2, slotInfo: { level: 1 } });
    expect((await stream.next("slot_updated")).data).toMatchObject({ slotId: "autosave", version: 1, slotInfo: { n: 1 } });
    expect(stream.events.filter((e) => e.event === "slot_updated")).toHaveLength(2);
  });

  it("delivers slot_updated for a restore made on the server surface", async () => {
    const { open, account, server, sync } = await live();
    await sync(1, { n: 2 });
    const stream = await open();
    await stream.next("ready");
    await trusted(server).post(`/server/v1/accounts/${account.accountId}/slots/main/versions/1/restore`, {}).expect(200);
    expect((await stream.next("slot_updated")).data).toMatchObject({ slotId: "main", version: 3 });
  });

  it("sends a comment heartbeat on the configured interval", async () => {
    const { open } = await live({ sseHeartbeatMs: 40 });
    const stream = await open();
    await stream.next("ready");
    await new Promise((r) => setTimeout(r, 150));
    expect(stream.comments).toContain("heartbeat");
  });

  it("ends with closed key_revoked when another process (the CLI) revokes the stream's runtime key", async () => {
    const { open, server, sync } = await live({ streamCredentialCheckMs: 50 });
    const stream = await open();
    await stream.next("ready");
    const key = (await server.store.listApiKeys(server.environmentId)).find((k) => k.kind === "runtime")!;
    await server.store.transaction((tx) => tx.revokeApiKey(key.id, new Date().toISOString()));
    expect((await stream.next("closed", 2000)).data).toEqual({ reason: "key_revoked" });
    await stream.ended;
    await sync(1, { n: 2 }).catch(() => {});
    expect(stream.events.filter((e) => e.event === "slot_updated")).toHaveLength(0);
  });

  it("ends with closed session_revoked when another process revokes the session", async () => {
    const { open, account, server } = await live({ streamCredentialCheckMs: 50 });
    const stream = await open();
    await stream.next("ready");
    await server.store.transaction((tx) => tx.revokeAllSessions(account.accountId, new Date().toISOString()));
    expect((await stream.next("closed", 2000)).data).toEqual({ reason: "session_revoked" });
  });

  it("replays what a reconnecting client missed after Last-Event-ID", async () => {
    const { open, sync } = await live();
    const first = await open();
    await first.next("ready");
    await sync(1, { n: 2 });
    const seen = await first.next("slot_updated");
    first.close();
    await sync(2, { n: 3 });
    await sync(3, { n: 4 });
    const again = await open(undefined, { "Last-Event-ID": seen.id! });
    expect((await again.next()).data).toMatchObject({ replayed: 2, complete: true });
    expect((await again.next()).data.version).toBe(3);
    expect((await again.next()).data.version).toBe(4);
    // Ids only grow on the new stream: ready stands at the client's position, the replayed events follow.
    const ids = again.events.map((e) => BigInt(e.id!));
    expect(ids[0]).toBe(BigInt(seen.id!));
    for (let i = 1; i < ids.length; i++) expect(ids[i] > ids[i - 1], again.events.map((e) => `${e.event}:${e.id}`).join(" ")).toBe(true);
  });

  it("says the replay is incomplete when Last-Event-ID is older than what the server kept", async () => {
    const { open } = await live();
    const stream = await open(undefined, { "Last-Event-ID": "1" });
    expect((await stream.next("ready")).data).toMatchObject({ replayed: 0, complete: false });
  });

  it("caps open streams per account with 429 too_many_streams", async () => {
    const { open } = await live({ maxStreamsPerAccount: 1 });
    await (await open()).next("ready");
    const second = await open();
    expect(second.status).toBe(429);
  });

  it("frees an account's place when its stream ends", async () => {
    const { open } = await live({ maxStreamsPerAccount: 1 });
    const first = await open();
    await first.next("ready");
    first.close();
    for (let tries = 0; ; tries++) {
      const next = await open();
      if (next.status === 200) break;
      expect(tries, "the place was never freed").toBeLessThan(50);
      await new Promise((r) => setTimeout(r, 20));
    }
  });

  it("caps the streams one process holds with 503 unavailable (stream_capacity), and still answers other requests", async () => {
    const { open, client } = await live({ maxStreamsPerProcess: 2 });
    const others = [await client.createAccount(), await client.createAccount()];
    await (await open()).next("ready");
    await (await open(others[0])).next("ready");
    const refused = await open(others[1]);
    expect(refused.status).toBe(503);
    expect(refused.headers.get("retry-after")).toBe("5");
    expect(refused.body).toMatchObject({ error: { code: "unavailable", details: { reason: "stream_capacity", limit: 2 } } });
    await client.get("/healthz").expect(200);
  });

  it("refuses a session of another account", async () => {
    const { open, client } = await live();
    const other = await client.createAccount();
    const stream = await open({ ...other, accountId: (await client.createAccount()).accountId });
    expect(stream.status).toBe(403);
  });

  it("ends with closed when the account is erased", async () => {
    const { open, server, account } = await live();
    const stream = await open();
    await stream.next("ready");
    await inTransaction(server.app.deps, async (tx) => eraseAccount(tx, account.accountId));
    expect((await stream.next("closed")).data).toEqual({ reason: "account_erased" });
    await stream.ended;
  });

  it("ends every stream with closed on shutdown", async () => {
    const { open, server } = await live();
    const stream = await open();
    await stream.next("ready");
    server.app.deps.events.closeAll("server_shutdown");
    expect((await stream.next("closed")).data).toEqual({ reason: "server_shutdown" });
    await stream.ended;
  });
});
