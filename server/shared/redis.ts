// Redis, for the state several server processes must share: rate-limit buckets, in-flight idempotency
// locks and the account-event fan-out. Selected by PERSISTLY_REDIS_URL; without it each process keeps
// that state in memory (right for a single process).
import { Redis } from "ioredis";

export interface SharedState {
  /** Commands (rate limits, locks, counters, publishing). */
  redis: Redis;
  /** A second connection in subscriber mode (Redis reserves a subscribed connection for messages). */
  subscriber: Redis;
  close(): Promise<void>;
}

export async function connectShared(url: string): Promise<SharedState> {
  const open = async () => {
    const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 2, enableOfflineQueue: true });
    // Connection errors are retried by ioredis and surface on the commands that need Redis.
    client.on("error", () => {});
    await client.connect();
    return client;
  };
  const redis = await open();
  const subscriber = await open();
  return {
    redis,
    subscriber,
    async close() {
      await Promise.allSettled([redis.quit(), subscriber.quit()]);
    },
  };
}
