// The monthly request quota as one count per workspace and month, taken atomically: in this process
// (one server), in the cluster primary (`persistly serve --workers N`), or in Redis (several machines).
// Each starts from what the store has recorded for the month, so a restart continues the count.
import { randomUUID } from "node:crypto";
import type { SharedState } from "./redis.js";

export interface QuotaCounter {
  /**
   * Counts one request against `limit` and returns true, or returns false (counting nothing) when the
   * count has reached it. `recorded` reads what the store holds for the key.
   */
  take(key: string, limit: number, recorded: () => Promise<number>): Promise<boolean>;
  /** Catches up with what other processes have recorded since (called after each usage flush). */
  refresh(): Promise<void>;
}

/**
 * Counts in this process. Alone it is exact; beside other processes that share nothing, each catches up
 * with the store on every refresh, so the month can be over-admitted by at most what the others admit
 * between two flushes (2 s by default).
 */
export function localQuotaCounter() {
  const counts = new Map<string, { used: number; recorded: () => Promise<number>; active: boolean }>();

  /** What this process knows has been used: the store's count, plus what it admitted since reading it. */
  async function current(key: string, recorded: () => Promise<number>) {
    let entry = counts.get(key);
    if (!entry) {
      entry = { used: await recorded(), recorded, active: true };
      // Two requests may both have waited for the first read; keep the first.
      entry = counts.get(key) ?? (counts.set(key, entry), entry);
    }
    entry.active = true;
    return entry;
  }

  return {
    current,
    async take(key: string, limit: number, recorded: () => Promise<number>) {
      const entry = await current(key, recorded);
      if (entry.used >= limit) return false;
      entry.used += 1;
      return true;
    },
    async refresh() {
      for (const [key, entry] of counts) {
        if (!entry.active) {
          counts.delete(key);
          continue;
        }
        entry.active = false;
        const stored = await entry.recorded().catch(() => entry.used);
        entry.used = Math.max(entry.used, stored);
      }
    },
  };
}

// Seeds the count from the store's figure when Redis does not hold it yet (a new month, or a Redis that
// lost its data), then takes one unless the limit is reached. The answer is kept for a few seconds under
// the request's own token, so that asking again (after an answer that came too late) answers the same
// and takes nothing more.
const TAKE = `
local answered = redis.call('GET', KEYS[2])
if answered then return tonumber(answered) end
local used = tonumber(redis.call('GET', KEYS[1]) or '-1')
if used < 0 then
  used = tonumber(ARGV[2])
  redis.call('SET', KEYS[1], used, 'PX', ARGV[3])
end
local taken = 0
if used < tonumber(ARGV[1]) then
  redis.call('INCR', KEYS[1])
  taken = 1
end
redis.call('SET', KEYS[2], taken, 'PX', ARGV[4])
return taken`;
const KEEP_MS = 40 * 24 * 60 * 60_000;
const ANSWER_KEPT_MS = 10_000;

/** Counts in Redis, across every process that shares it; in this process while Redis is unreachable. */
export function redisQuotaCounter(shared: SharedState): QuotaCounter {
  const local = localQuotaCounter();
  const tokens = `${randomUUID()}:`;
  let taken = 0;
  return {
    async take(key, limit, recorded) {
      // The local count doubles as the seed: the store's figure, caught up on every refresh.
      const counted = await local.current(key, recorded);
      const token = `persistly:quota-answer:${tokens}${++taken}`;
      const ask = () => shared.redis.eval(TAKE, 2, `persistly:quota:${key}`, token, limit, counted.used, KEEP_MS, ANSWER_KEPT_MS);
      // A command whose answer is late may still have run: a busy event loop (a long GC, a first request
      // compiling its validators) lets the timeout fire before the waiting answer is read. Counting it in
      // this process then would admit a request Redis refused, so it is asked once more under its token.
      for (let attempt = 0; attempt < 2 && shared.available(); attempt++) {
        try {
          const admitted = (await ask()) === 1;
          if (admitted) counted.used += 1;
          return admitted;
        } catch {
          // Asked again, or counted here below.
        }
      }
      return local.take(key, limit, recorded);
    },
    refresh: () => local.refresh(),
  };
}
