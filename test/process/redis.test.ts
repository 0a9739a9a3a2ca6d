// Server processes sharing a real Redis (through a TCP proxy the test can make hang): the monthly quota
// and the per-account stream cap hold across processes, a leaderboard's stream hears scores from both, and a Redis that is unreachable at start or
// stops answering costs requests no more than a moment, with one log line when it goes and one when
// it is back.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inTransaction } from "../../server/domain/context.js";
import { Redis } from "ioredis";
import { createServer, Socket } from "node:net";
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { leaveQuota, logged, startProcess, type ServerProcess } from "../support/process.js";
import { openStream, type SseStream } from "../support/sse.js";
import { reportAttack } from "../reliability/report.js";
import { openStore } from "../../server/store/index.js";
import { createLeaderboard } from "../../server/domain/leaderboards.js";
import { connectShared } from "../../server/shared/redis.js";
import { redisQuotaCounter } from "../../server/shared/quota.js";
import { needService } from "../support/services.js";

const REDIS = new URL(process.env.PERSISTLY_TEST_REDIS_URL ?? "redis://127.0.0.1:6379");
// A database of its own, emptied first, so that no other test's counts reach these.
const DB_INDEX = 9;

async function reachable(): Promise<boolean> {
  const redis = new Redis(REDIS.toString(), { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  redis.on("error", () => {});
  try {
    await redis.connect();
    await redis.select(DB_INDEX);
    await redis.flushdb();
    return true;
  } catch {
    return false;
  } finally {
    redis.disconnect();
  }
}

const available = needService(await reachable(), `Redis at ${REDIS.host}`);

/** A TCP proxy to Redis that can stop answering (connections held open, nothing forwarded) and resume. */
async function redisProxy() {
  let hanging = false;
  const sockets = new Set<Socket>();
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket)).on("error", () => socket.destroy());
  };
  const server = createServer((client) => {
    track(client);
    if (hanging) return;
    const upstream = new Socket().connect(Number(REDIS.port || 6379), REDIS.hostname);
    track(upstream);
    client.on("data", (chunk) => void (!hanging && upstream.write(chunk)));
    upstream.on("data", (chunk) => void (!hanging && client.write(chunk)));
    client.on("close", () => upstream.destroy());
    upstream.on("close", () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `redis://127.0.0.1:${(server.address() as { port: number }).port}/${DB_INDEX}`,
    hang: () => void (hanging = true),
    /** Answers again; connections opened while hanging are dropped, so clients reconnect. */
    resume() {
      hanging = false;
      for (const socket of sockets) socket.destroy();
    },
    close() {
      for (const socket of sockets) socket.destroy();
      server.close();
    },
  };
}

const waitFor = async (what: () => boolean, ms = 10_000) => {
  for (const until = Date.now() + ms; !what(); ) {
    if (Date.now() > until) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 50));
  }
};

const call = async (server: ServerProcess, key: string, method: string, path: string, body?: unknown, session?: string) => {
  const res = await fetch(server.base + path, {
    method,
    headers: { Authorization: `Bearer ${key}`, "Content-Type": "application/json", ...(session ? { "X-Persistly-Account-Session": session } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as any };
};
const newDb = () => join(mkdtempSync(join(tmpdir(), "persistly-redis-")), "redis.db");
const stop = async (...servers: Array<ServerProcess | undefined>) => {
  for (const s of servers) if (s && s.child.exitCode === null) s.child.kill("SIGKILL");
  await Promise.all(servers.map((s) => s?.exited));
};

/** Two processes over one new SQLite file and the test's Redis database, for the tests of one describe. */
function twoProcessesSharingRedis() {
  const started = { db: newDb(), a: undefined as unknown as ServerProcess, b: undefined as unknown as ServerProcess, streams: [] as SseStream[] };
  const url = `redis://${REDIS.host}/${DB_INDEX}`;
  beforeAll(async () => {
    started.a = await startProcess(started.db, { PERSISTLY_REDIS_URL: url });
    started.b = await startProcess(started.db, { PERSISTLY_REDIS_URL: url });
  }, 30_000);
  afterAll(async () => {
    started.streams.forEach((s) => s.close());
    await stop(started.a, started.b);
  });
  return started;
}

describe.skipIf(!available)("two server processes sharing one Redis", () => {
  const started = twoProcessesSharingRedis();

  it("admits exactly what is left of the monthly quota across both", async () => {
    const { db, a, b } = started;
    await leaveQuota(db, 10);
    const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => call(i % 2 ? a : b, a.runtimeKey, "GET", "/sdk/v1/runtime-config")));
    reportAttack("monthly quota over-admitted across processes (Redis)", 40, Math.max(0, answers.filter((r) => r.status === 200).length - 10));
    expect(answers.filter((r) => r.status === 200)).toHaveLength(10);
    expect(answers.filter((r) => r.status === 402).map((r) => r.body.error.code)).toEqual(Array(30).fill("monthly_quota_exceeded"));
  });
});

describe.skipIf(!available)("the quota's count in Redis", () => {
  it("never admits a request Redis refused when Redis's answer is read late (a busy event loop)", async () => {
    const shared = await connectShared(`redis://${REDIS.host}/${DB_INDEX}`);
    try {
      const quota = redisQuotaCounter(shared);
      // Another process has used the whole month; this one has recorded only 5 of 10.
      await shared.redis.set("persistly:quota:late-answer", "10");
      // The event loop is held past the command's timeout just after the first command is sent, while
      // Redis's refusal waits to be read.
      const send = shared.redis.eval.bind(shared.redis);
      let held = false;
      shared.redis.eval = ((...args: Parameters<typeof send>) => {
        const sent = send(...args);
        if (!held) {
          held = true;
          setImmediate(() => {
            const until = Date.now() + 600;
            while (Date.now() < until) { /* busy */ }
          });
        }
        return sent;
      }) as typeof shared.redis.eval;
      expect(await quota.take("late-answer", 10, async () => 5)).toBe(false);
      expect(held).toBe(true);
      expect(await shared.redis.get("persistly:quota:late-answer")).toBe("10");
    } finally {
      await shared.close();
    }
  });
});

describe.skipIf(!available)("key principals cached by two processes sharing one Redis", () => {
  // A minute-long cache: only the change announced over Redis can explain a refusal within seconds.
  const db = newDb();
  const url = `redis://${REDIS.host}/${DB_INDEX}`;
  const servers: ServerProcess[] = [];
  beforeAll(async () => {
    for (let i = 0; i < 2; i++) servers.push(await startProcess(db, { PERSISTLY_REDIS_URL: url, PERSISTLY_KEY_CACHE_MS: "60000" }));
  }, 30_000);
  afterAll(() => stop(...servers));

  it("listen on their own database's channel, so deployments sharing a Redis on other databases never hear them", async () => {
    const redis = new Redis(REDIS.toString());
    try {
      const counts = await redis.pubsub("NUMSUB", `persistly:events:${DB_INDEX}`, "persistly:events", `persistly:events:0`);
      expect(counts).toEqual([`persistly:events:${DB_INDEX}`, 2, "persistly:events", 0, "persistly:events:0", expect.any(Number)]);
    } finally {
      redis.disconnect();
    }
  });

  it("refuses a key on both at once when the CLI revokes it, though each had it cached", async () => {
    const cli = (...args: string[]) => new Promise<string>((resolve, reject) => {
      const child = spawn(process.execPath, ["scripts/persistly.mjs", ...args], { env: { ...process.env, PERSISTLY_DB: db, PERSISTLY_REDIS_URL: url } });
      let out = "";
      child.stdout.on("data", (chunk) => (out += chunk));
      child.on("close", (code) => (code === 0 ? resolve(out) : reject(new Error(`persistly ${args.join(" ")} exited ${code}`))));
    });
    const key = JSON.parse(await cli("keys", "create", "--env", "development", "--kind", "runtime", "--json"));
    for (const server of servers) expect((await call(server, key.key, "GET", "/sdk/v1/runtime-config")).status).toBe(200);
    await cli("keys", "revoke", key.id);
    const started = Date.now();
    for (const server of servers) {
      while ((await call(server, key.key, "GET", "/sdk/v1/runtime-config")).status !== 401) {
        if (Date.now() - started > 5000) throw new Error("a process still accepts the revoked key");
        await new Promise((r) => setTimeout(r, 20));
      }
    }
  });
});

describe.skipIf(!available)("event streams over two processes sharing one Redis", () => {
  const started = twoProcessesSharingRedis();

  it("caps an account's streams at 5 across both processes, and frees a place when one closes", async () => {
    const { a, b, streams } = started;
    const created = await call(a, a.runtimeKey, "POST", "/sdk/v1/accounts", {});
    const { accountId, accountSessionToken: token } = created.body;
    const open = async (server: ServerProcess) => {
      const stream = await openStream(`${server.base}/sdk/v1/accounts/${accountId}/events`, { Authorization: `Bearer ${a.runtimeKey}`, "X-Persistly-Account-Session": token });
      streams.push(stream);
      return stream;
    };
    for (const server of [a, a, a, b, b]) expect((await open(server)).status).toBe(200);
    const sixth = await open(a);
    expect(sixth.status).toBe(429);
    expect(sixth.body.error).toMatchObject({ code: "too_many_streams", details: { limit: 5 } });
    streams[3].close();
    let reopened = await open(a);
    for (let tries = 0; reopened.status !== 200 && tries < 50; tries++) {
      await new Promise((r) => setTimeout(r, 50));
      reopened = await open(a);
    }
    expect(reopened.status).toBe(200);
  });
});

describe.skipIf(!available)("a leaderboard stream over two processes sharing one Redis", () => {
  const started = twoProcessesSharingRedis();

  it("hears on one process the scores submitted on the other, and replays them after Last-Event-ID", async () => {
    const { db, a, b, streams } = started;
    const store = await openStore({ database: db });
    try {
      const [env] = await store.listEnvironments((await store.listWorkspaces())[0].id);
      await inTransaction({ store, now: () => new Date() }, (tx) => createLeaderboard(tx, env.id, { leaderboardId: "distance" }));
    } finally {
      await store.close();
    }
    const listen = async (headers: Record<string, string> = {}) => {
      const stream = await openStream(`${b.base}/sdk/v1/leaderboards/distance/stream`, { Authorization: `Bearer ${a.runtimeKey}`, ...headers });
      streams.push(stream);
      return stream;
    };
    const watcher = await listen();
    expect((await watcher.next("ready")).data.leaderboard.leaderboardId).toBe("distance");
    // Stays open throughout: what it hears, process b has received, and can replay.
    const witness = await listen();
    await witness.next("ready");
    const created = await call(a, a.runtimeKey, "POST", "/sdk/v1/accounts", { displayName: "Moonfox" });
    const submit = (score: number) => call(a, a.runtimeKey, "POST", `/sdk/v1/accounts/${created.body.accountId}/leaderboards/distance/scores`, { score }, created.body.accountSessionToken);
    expect((await submit(120)).status).toBe(200);
    // Generous: two processes, Redis and a full suite share two cores.
    const heard = await watcher.next("score_update", 15_000);
    expect(heard.data).toMatchObject({ displayName: "Moonfox", score: 120, rank: 1, previousRank: null });
    expect((await witness.next("score_update", 15_000)).data).toMatchObject({ score: 120 });
    watcher.close();
    await new Promise((r) => setTimeout(r, 300)); // past the record's coalescing window
    expect((await submit(150)).status).toBe(200);
    expect((await witness.next("score_update", 15_000)).data).toMatchObject({ score: 150 });
    const again = await listen({ "Last-Event-ID": heard.id! });
    expect((await again.next("ready")).data).toMatchObject({ replayed: 1, complete: true });
    expect((await again.next("score_update")).data).toMatchObject({ score: 150, previousRank: 1 });
  });
});

describe.skipIf(!available)("quick-join over two processes sharing one Redis", () => {
  const started = twoProcessesSharingRedis();

  it("fills four-player lobbies exactly when 40 players ask at once, half on each process, and tells each one live", async () => {
    const { a, b, streams } = started;
    const players = await Promise.all(Array.from({ length: 40 }, () => call(a, a.runtimeKey, "POST", "/sdk/v1/accounts", {})));
    const first = players[0].body;
    const stream = await openStream(`${b.base}/sdk/v1/accounts/${first.accountId}/events`, { Authorization: `Bearer ${a.runtimeKey}`, "X-Persistly-Account-Session": first.accountSessionToken });
    streams.push(stream);
    await stream.next("ready");
    const quickJoin = (i: number) => call(i % 2 ? a : b, a.runtimeKey, "POST", `/sdk/v1/accounts/${players[i].body.accountId}/lobbies/quick-join`, { mode: "squad", maxPlayers: 4 }, players[i].body.accountSessionToken);
    const answers = await Promise.all(players.map((_, i) => quickJoin(i)));
    expect(answers.every((r) => r.status === 200 || r.status === 202)).toBe(true);
    const lobbyOf = (r: { status: number; body: any }) => (r.status === 200 ? r.body.lobby.lobbyId : r.body.error.details.lobbyId);
    const sizes = new Map<string, number>();
    for (const r of answers) sizes.set(lobbyOf(r), (sizes.get(lobbyOf(r)) ?? 0) + 1);
    expect([...sizes.values()]).toEqual(Array(10).fill(4));
    // The first player's lobby changed on whichever process its members asked; the stream on b heard it.
    expect((await stream.next("lobby_updated", 5000)).data.lobby.lobbyId).toBe(lobbyOf(answers[0]));
  });
});

describe.skipIf(!available)("a Redis that goes away", () => {
  let server: ServerProcess | undefined;
  afterAll(() => stop(server));

  it("starts and serves without a Redis that is unreachable at start, and says so once", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as { port: number }).port;
    await new Promise((resolve) => closed.close(resolve));
    server = await startProcess(newDb(), { PERSISTLY_REDIS_URL: `redis://127.0.0.1:${port}` });
    expect((await call(server, server.runtimeKey, "POST", "/sdk/v1/accounts", { idempotencyKey: "start-without-redis-0001" })).status).toBe(201);
    expect((await call(server, server.runtimeKey, "GET", "/sdk/v1/runtime-config")).status).toBe(200);
    await new Promise((r) => setTimeout(r, 1500)); // several reconnect attempts
    expect(logged(server, "Redis unreachable")).toHaveLength(1);
    await stop(server);
  }, 30_000);

  it("keeps answering while Redis hangs, and logs one line when it goes and one when it is back", async () => {
    const proxy = await redisProxy();
    try {
      server = await startProcess(newDb(), { PERSISTLY_REDIS_URL: proxy.url });
      const key = server.runtimeKey;
      const created = await call(server, key, "POST", "/sdk/v1/accounts", { slot: { slotId: "main", data: 0 } });
      expect(created.status).toBe(201);
      const { accountId, accountSessionToken: token } = created.body;
      expect(logged(server, "Redis unreachable")).toHaveLength(0);

      // Every request is answered while Redis still hangs (each used to wait 6 to 18 seconds, or for ever).
      proxy.hang();
      const statuses: number[] = [];
      for (let version = 1; version <= 8; version++) {
        statuses.push((await call(server, key, "GET", "/sdk/v1/runtime-config")).status);
        statuses.push((await call(server, key, "POST", `/sdk/v1/accounts/${accountId}/slots/main/sync`, { baseVersion: version, data: version, idempotencyKey: `redis-hangs-sync-${String(version).padStart(4, "0")}` }, token)).status);
      }
      reportAttack("Redis outage", statuses.length, statuses.filter((s) => s !== 200).length);
      expect(statuses).toEqual(Array(16).fill(200));
      await waitFor(() => logged(server!, "Redis unreachable").length > 0);

      proxy.resume();
      await waitFor(() => logged(server!, "Redis is back").length > 0, 15_000);
      expect((await call(server, key, "GET", "/sdk/v1/runtime-config")).status).toBe(200);
      expect(logged(server, "Redis unreachable")).toHaveLength(1);
      expect(logged(server, "Redis is back")).toHaveLength(1);
    } finally {
      proxy.close();
    }
  }, 60_000);
});
