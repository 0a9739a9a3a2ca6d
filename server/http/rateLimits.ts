// Per-key request buckets sized by the workspace's plan (rate-limiter-flexible: in memory, or in Redis
// when several processes must share them), and the headers every admitted request carries:
// RateLimit-Limit/-Remaining/-Reset and the IETF draft's RateLimit-Policy / RateLimit. A 429
// `rate_limited` adds Retry-After.
import type { Response } from "express";
import type { Redis } from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { ApiError } from "../domain/errors.js";
import type { PlanLimits, PlanName } from "../domain/plans.js";

export type Bucket = keyof PlanLimits["perMinute"];
const WINDOW_SECONDS = 60;

export function rateLimitedError(bucket: string, msBeforeNext: number) {
  const retryAfterSeconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  return new ApiError(429, "rate_limited", `too many requests; retry after ${retryAfterSeconds} seconds`, { bucket, retryAfterSeconds }, {
    "Retry-After": String(retryAfterSeconds),
  });
}

/**
 * A bucket in Redis when there is one — with an in-memory stand-in while Redis is unreachable, so an
 * outage degrades the limit to per process instead of failing requests — else in memory.
 */
function limiter(name: string, points: number, redis: Redis | undefined): RateLimiterAbstract {
  const memory = new RateLimiterMemory({ keyPrefix: name, points, duration: WINDOW_SECONDS });
  if (!redis) return memory;
  return new RateLimiterRedis({ storeClient: redis, keyPrefix: `persistly:rl:${name}`, points, duration: WINDOW_SECONDS, insuranceLimiter: memory });
}

export function createRateLimits(plans: Record<PlanName, PlanLimits>, redis?: Redis) {
  const limiters = new Map<string, RateLimiterAbstract>();
  const limiterFor = (bucket: Bucket, plan: PlanName) => {
    const name = `${bucket}:${plan}`;
    if (!limiters.has(name)) limiters.set(name, limiter(name, plans[plan].perMinute[bucket], redis));
    return limiters.get(name)!;
  };

  /** Takes one request from the key's bucket and sets the headers; throws 429 when the bucket is empty. */
  return async function consume(res: Response, bucket: Bucket, plan: PlanName, keyId: string): Promise<void> {
    const limit = plans[plan].perMinute[bucket];
    let state: RateLimiterRes;
    let allowed = true;
    try {
      state = await limiterFor(bucket, plan).consume(keyId);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      state = rejection;
      allowed = false;
    }
    const remaining = Math.max(0, state.remainingPoints);
    const reset = Math.max(0, Math.ceil(state.msBeforeNext / 1000));
    res.setHeader("RateLimit-Limit", String(limit));
    res.setHeader("RateLimit-Remaining", String(remaining));
    res.setHeader("RateLimit-Reset", String(reset));
    res.setHeader("RateLimit-Policy", `"${bucket}";q=${limit};w=${WINDOW_SECONDS}`);
    res.setHeader("RateLimit", `"${bucket}";r=${remaining};t=${reset}`);
    if (!allowed) throw rateLimitedError(bucket, state.msBeforeNext);
  };
}

export type ConsumeRateLimit = ReturnType<typeof createRateLimits>;

/** Transfer-code redemption's own limits, per key and per client address, on top of the per-code attempt limit. */
export function createTransferCodeLimits(
  settings: { transferCodeConsumePerKeyPerMinute: number; transferCodeConsumePerAddressPerMinute: number },
  redis?: Redis,
) {
  const perKey = limiter("tc_key", settings.transferCodeConsumePerKeyPerMinute, redis);
  const perAddress = limiter("tc_addr", settings.transferCodeConsumePerAddressPerMinute, redis);
  return {
    async transferCodeAttempt(keyId: string, address: string) {
      try {
        await perKey.consume(keyId);
        await perAddress.consume(address);
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) throw rateLimitedError("transfer_code_consume", rejection.msBeforeNext);
        throw rejection;
      }
    },
  };
}
