// Redis, for the state several server processes must share: rate-limit buckets, in-flight idempotency
// locks, the monthly quota, stream counts and the account-event fan-out. Selected by PERSISTLY_REDIS_URL;
// without it each process keeps that state in memory (right for a single process).
//
// Redis is never on the critical path for long: a command that is not answered within
// REDIS_COMMAND_TIMEOUT_MS fails, and commands fail at once while the connection is down (no offline
// queue), so each caller falls back to its per-process state. A probe notices a Redis that accepts
// connections but stops answering and reconnects; one log line says Redis is down, one that it is back.
import type { Redis, RedisOptions } from "ioredis";
import type { Logger } from "pino";

const REDIS_COMMAND_TIMEOUT_MS = 250;
const PROBE_EVERY_MS = 1000;

export interface SharedState {
  /** Commands (rate limits, locks, counters, publishing). */
  redis: Redis;
  /** A second connection in subscriber mode (Redis reserves a subscribed connection for messages). */
  subscriber: Redis;
  /** Whether Redis answered last time anyone asked; callers skip it (and use their fallback) while false. */
  available(): boolean;
  close(): Promise<void>;
}

const OPTIONS: RedisOptions = {
  lazyConnect: true,
  enableOfflineQueue: false,
  maxRetriesPerRequest: 0,
  commandTimeout: REDIS_COMMAND_TIMEOUT_MS,
  connectTimeout: 1000,
  // Reconnect for as long as the process runs, at most every 2 s.
  retryStrategy: (attempt) => Math.min(attempt * 250, 2000),
};

/** Where Redis is, for the logs: the URL without its credentials. */
const describe = (url: string) => {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname === "/" ? "" : u.pathname}`;
  } catch {
    return "(unparsable URL)";
  }
};

/** The client, loaded when Redis is configured: a server without it never needs the driver. */
const loadDriver = () => import("ioredis");

/** Connects both connections. Never throws for an unreachable Redis: it is reported and retried. */
export async function connectShared(url: string, logger?: Logger): Promise<SharedState> {
  const { Redis } = await loadDriver();
  const redis = new Redis(url, OPTIONS);
  const subscriber = new Redis(url, OPTIONS);
  const where = describe(url);
  let up = false;
  let reported = false;
  let closing = false;
  const down = (reason: string) => {
    if (closing) return;
    if (up || !reported) logger?.warn({ redis: where, reason }, "Redis unreachable: rate limits, quota, locks and events fall back to this process until it is back");
    up = false;
    reported = true;
  };
  for (const client of [redis, subscriber]) client.on("error", (error: Error) => down(error.message));
  redis.on("close", () => down("connection closed"));
  redis.on("ready", () => {
    if (!up && reported) logger?.info({ redis: where }, "Redis is back: shared state is shared again");
    up = true;
  });

  // A Redis that accepts connections but no longer answers: drop the connection so that commands fail
  // fast (and callers fall back) until it answers again. Two probes in a row must go unanswered: one late
  // answer is more often this process's own pause (a busy machine, a long GC) than Redis's, and dropping
  // the subscriber loses the events published meanwhile.
  let unanswered = 0;
  const probe = setInterval(() => {
    if (redis.status !== "ready") return;
    redis.ping().then(() => void (unanswered = 0), (error: Error) => {
      if (++unanswered < 2) return;
      unanswered = 0;
      down(error.message);
      redis.disconnect(true);
      subscriber.disconnect(true);
    });
  }, PROBE_EVERY_MS);
  probe.unref();

  await Promise.all([redis.connect(), subscriber.connect()]).catch((error: Error) => down(error.message));
  return {
    redis,
    subscriber,
    available: () => redis.status === "ready",
    async close() {
      closing = true;
      clearInterval(probe);
      await Promise.allSettled([redis.quit(), subscriber.quit()]);
      redis.disconnect();
      subscriber.disconnect();
    },
  };
}

/** One PING with no retry (`persistly doctor`): null when Redis answered, else why not. */
export async function pingRedis(url: string): Promise<string | null> {
  const { Redis } = await loadDriver();
  const redis = new Redis(url, { ...OPTIONS, retryStrategy: () => null });
  redis.on("error", () => {});
  try {
    await redis.connect();
    await redis.ping();
    return null;
  } catch (error) {
    return (error as Error).message;
  } finally {
    redis.disconnect();
  }
}

export { describe as describeRedis };
