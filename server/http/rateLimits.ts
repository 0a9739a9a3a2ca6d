// Per-key request buckets sized by the workspace's plan (rate-limiter-flexible: in memory, in Redis when
// several processes must share them, or in the cluster primary for `persistly serve --workers N`), and
// the headers every admitted request carries: RateLimit-Limit/-Remaining/-Reset and the IETF draft's
// RateLimit-Policy / RateLimit. A 429 `rate_limited` adds Retry-After.
import type { Response } from "express";
import type { Redis } from "ioredis";
import { RateLimiterCluster, RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { ApiError } from "../domain/errors.js";
import type { PlanLimits, PlanName } from "../domain/plans.js";

/** The plan-sized buckets, and `admin`: operators' requests, 600 a minute per member session on every plan. */
export type Bucket = keyof PlanLimits["perMinute"] | "admin";
const WINDOW_SECONDS = 60;
const ADMIN_PER_MINUTE = 600;

export function rateLimitedError(bucket: string, msBeforeNext: number) {
  const retryAfterSeconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  return new ApiError(429, "rate_limited", `too many requests; retry after ${retryAfterSeconds} seconds`, { bucket, retryAfterSeconds }, {
    "Retry-After": String(retryAfterSeconds),
  });
}

/** Where buckets live when there is more than one server process. */
export interface LimitSharing {
  redis?: Redis;
  /** A worker of `persistly serve --workers N`: buckets live in the cluster primary. */
  clusterWorker?: boolean;
}

/**
 * A bucket in Redis when there is one — with an in-memory stand-in while Redis is unreachable, so an
 * outage degrades the limit to per process instead of failing requests — else in the cluster primary
 * for a worker, else in memory.
 */
function limiter(name: string, points: number, sharing: LimitSharing, duration = WINDOW_SECONDS): RateLimiterAbstract {
  const options = { keyPrefix: name, points, duration };
  if (sharing.redis) {
    return new RateLimiterRedis({
      ...options, storeClient: sharing.redis, keyPrefix: `persistly:rl:${name}`,
      rejectIfRedisNotReady: true, insuranceLimiter: new RateLimiterMemory(options),
    });
  }
  if (sharing.clusterWorker) return new RateLimiterCluster({ ...options, timeoutMs: 3000 });
  return new RateLimiterMemory(options);
}

export function createRateLimits(plans: Record<PlanName, PlanLimits>, sharing: LimitSharing = {}) {
  const limiters = new Map<string, RateLimiterAbstract>();
  const limitOf = (bucket: Bucket, plan: PlanName) => (bucket === "admin" ? ADMIN_PER_MINUTE : plans[plan].perMinute[bucket]);
  const limiterFor = (bucket: Bucket, plan: PlanName) => {
    const name = bucket === "admin" ? bucket : `${bucket}:${plan}`;
    if (!limiters.has(name)) limiters.set(name, limiter(name, limitOf(bucket, plan), sharing));
    return limiters.get(name)!;
  };

  /** Takes one request from the key's bucket and sets the headers; throws 429 when the bucket is empty. */
  return async function consume(res: Response, bucket: Bucket, plan: PlanName, keyId: string): Promise<void> {
    const limit = limitOf(bucket, plan);
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

/**
 * Transfer-code redemption's own limits, on top of the per-code attempt limit that burns a live code
 * after its wrong guesses (see codeGuessLimits).
 */
export function createTransferCodeLimits(
  settings: { transferCodeConsumePerKeyPerMinute: number; transferCodeConsumePerAddressPerMinute: number },
  sharing: LimitSharing = {},
) {
  const { attempt, right, wrongGuess } = codeGuessLimits("tc", "transfer_code_consume", settings, sharing);
  return { transferCodeAttempt: attempt, transferCodeRight: right, transferCodeWrongGuess: wrongGuess };
}

/** Lobby join codes: the same rule as transfer codes, with budgets of their own. */
export function createJoinCodeLimits(
  settings: { transferCodeConsumePerKeyPerMinute: number; transferCodeConsumePerAddressPerMinute: number },
  sharing: LimitSharing = {},
) {
  const { attempt, right, wrongGuess } = codeGuessLimits("jc", "join_code", settings, sharing);
  return { joinCodeAttempt: attempt, joinCodeRight: right, joinCodeWrongGuess: wrongGuess };
}

/**
 * Takes one point of `key`'s budget. A refusal spends nothing: its point is given back at once, so that a
 * budget refusals overran reopens as soon as an attempt that was taken gives its point back.
 */
async function take(budget: RateLimiterAbstract, key: string, refused: (rejection: unknown) => unknown): Promise<RateLimiterRes> {
  return budget.consume(key).catch(async (rejection) => {
    if (rejection instanceof RateLimiterRes) await budget.reward(key).catch(() => {});
    throw refused(rejection);
  });
}

/**
 * Codes a player types (transfer codes, join codes). Wrong guesses limit the guesser, never the right
 * code: every attempt takes a place from its address's budget as it arrives (atomically, so concurrent
 * guesses cannot outrun it), and a right code gives it back, so players behind one address spend
 * nothing by typing codes right. Wrong guesses also count per key (all players of a game); once those
 * are spent, only addresses that already guessed wrong in the window are refused: a player typing a
 * right code from any other address still gets in.
 */
function codeGuessLimits(
  prefix: string, bucket: string,
  settings: { transferCodeConsumePerKeyPerMinute: number; transferCodeConsumePerAddressPerMinute: number },
  sharing: LimitSharing,
) {
  const perKey = limiter(`${prefix}_key`, settings.transferCodeConsumePerKeyPerMinute, sharing);
  const perAddress = limiter(`${prefix}_addr`, settings.transferCodeConsumePerAddressPerMinute, sharing);
  const refused = (rejection: unknown) => {
    if (rejection instanceof RateLimiterRes) return rateLimitedError(bucket, rejection.msBeforeNext);
    return rejection;
  };
  return {
    async attempt(keyId: string, address: string) {
      const mine = await take(perAddress, address, refused);
      if (mine.consumedPoints <= 1) return; // no wrong guess of this address in the window
      const game = await perKey.get(keyId);
      if (game && game.remainingPoints <= 0) {
        await perAddress.reward(address).catch(() => {});
        throw rateLimitedError(bucket, game.msBeforeNext);
      }
    },
    async right(address: string) {
      await perAddress.reward(address).catch(() => {});
    },
    async wrongGuess(keyId: string) {
      await perKey.consume(keyId).catch((rejection) => {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
      });
    },
  };
}

/**
 * Sign-ins, counted per email and per client address over a window, taken atomically *before* the
 * password is checked: concurrent attempts cannot all pass a check made before any is counted. A
 * successful sign-in gives its attempt back (to the address) and clears its email's count, so the
 * budgets are, in effect, of failures. Once either is spent, 429 with Retry-After until the window passes.
 */
export function createSignInLimits(
  settings: { signInFailuresPerEmail: number; signInFailuresPerAddress: number; signInWindowSeconds: number },
  sharing: LimitSharing = {},
) {
  const perEmail = limiter("signin_email", settings.signInFailuresPerEmail, sharing, settings.signInWindowSeconds);
  const perAddress = limiter("signin_addr", settings.signInFailuresPerAddress, sharing, settings.signInWindowSeconds);
  const refused = (rejection: unknown) => (rejection instanceof RateLimiterRes ? rateLimitedError("sign_in", rejection.msBeforeNext) : rejection);
  return {
    async signInAttempt(email: string, address: string) {
      await take(perAddress, address, refused);
      await take(perEmail, email, refused).catch(async (error) => {
        await perAddress.reward(address).catch(() => {}); // refused before any work: not an attempt
        throw error;
      });
    },
    async signInSucceeded(email: string, address: string) {
      await Promise.all([perEmail.delete(email), perAddress.reward(address)]);
    },
    async signInNotChecked(email: string, address: string) {
      await Promise.all([perEmail.reward(email), perAddress.reward(address)]);
    },
  };
}
