// Places for open event streams, per account: counted in this process, or in Redis so that the cap holds
// across every process that shares it. A Redis place is a lease this process renews while the stream is
// open, so the places of a process that dies free themselves within LEASE_MS.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import type { SharedState } from "../shared/redis.js";

export interface StreamSlots {
  /** Takes a place for one more stream of the account, or returns null when it already has `limit`; call the returned function when the stream ends. */
  acquire(accountId: string, limit: number): Promise<(() => void) | null>;
}

/**
 * Streams one process holds at most by default: half its open-file limit (each stream is a socket; the
 * other half stays for requests, the database and logs), and at most 10 000. 512 where the limit
 * cannot be read.
 */
export function defaultStreamCapacity(): number {
  let files = 1024;
  try {
    const soft = /^Max open files\s+(\d+)/m.exec(readFileSync("/proc/self/limits", "utf8"))?.[1];
    if (soft) files = Number(soft);
  } catch {
    // Not Linux: keep the conservative default.
  }
  return Math.max(16, Math.min(10_000, Math.floor(files / 2)));
}

export function localStreamSlots(): StreamSlots {
  const counts = new Map<string, number>();
  const count = (accountId: string) => counts.get(accountId) ?? 0;
  return {
    async acquire(accountId, limit) {
      if (count(accountId) >= limit) return null;
      counts.set(accountId, count(accountId) + 1);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        const left = count(accountId) - 1;
        if (left > 0) counts.set(accountId, left);
        else counts.delete(accountId);
      };
    },
  };
}

const LEASE_MS = 60_000;
// Drops expired leases, then adds this one unless the account is at its limit.
const ACQUIRE = `
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[2]) then return 0 end
redis.call('ZADD', KEYS[1], ARGV[3], ARGV[4])
redis.call('PEXPIRE', KEYS[1], ARGV[5])
return 1`;

/** Places in Redis; while Redis is unreachable, in this process (the cap then holds per process). */
export function redisStreamSlots(shared: SharedState): StreamSlots {
  const local = localStreamSlots();
  const held = new Map<string, string>(); // lease member → account key
  const owner = randomUUID();
  let next = 0;
  const keyOf = (accountId: string) => `persistly:streams:${accountId}`;

  const renew = setInterval(() => {
    if (held.size === 0 || !shared.available()) return;
    const expiry = Date.now() + LEASE_MS;
    const pipeline = shared.redis.pipeline();
    for (const [member, key] of held) pipeline.zadd(key, "XX", expiry, member).pexpire(key, LEASE_MS);
    pipeline.exec().catch(() => {});
  }, LEASE_MS / 3);
  renew.unref();

  return {
    async acquire(accountId, limit) {
      const releaseLocal = await local.acquire(accountId, limit);
      if (!releaseLocal) return null;
      if (!shared.available()) return releaseLocal;
      const key = keyOf(accountId);
      const member = `${owner}:${++next}`;
      const now = Date.now();
      try {
        if ((await shared.redis.eval(ACQUIRE, 1, key, now, limit, now + LEASE_MS, member, LEASE_MS)) !== 1) {
          releaseLocal();
          return null;
        }
      } catch {
        return releaseLocal;
      }
      held.set(member, key);
      return () => {
        releaseLocal();
        if (held.delete(member)) shared.redis.zrem(key, member).catch(() => {});
      };
    },
  };
}
