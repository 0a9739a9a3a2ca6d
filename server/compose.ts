// The composition module: the one place where the server's parts are built and wired — the domain's
// dependencies, the event bus (shared over Redis or the cluster when there is more than one process),
// rate limits, usage metering, idempotency and the hourly clean-up. The HTTP app, the CLI and the
// tests all start from here, so a command changes what a server would.
import { pino, type Logger } from "pino";
import { DEFAULT_SETTINGS, type AppDeps, type RuntimeSettings } from "./domain/context.js";
import { pruneExpired } from "./domain/history.js";
import { finaliseEvent } from "./domain/tournaments.js";
import { dropSilentMembers } from "./domain/lobbies.js";
import { DEFAULT_PLANS, type PlanLimits, type PlanName } from "./domain/plans.js";
import { createEventBus } from "./events/bus.js";
import { redisEventChannel, shareEventBus } from "./events/sharedBus.js";
import { createIdempotency, publishedExampleKeys, type Idempotency } from "./http/idempotency.js";
import { createJoinCodeLimits, createRateLimits, createSignInLimits, createTransferCodeLimits, type ConsumeRateLimit } from "./http/rateLimits.js";
import { createUsageMeter, type UsageMeter } from "./http/usageMeter.js";
import { clusterEventChannel, clusterQuotaCounter } from "./shared/cluster.js";
import type { SharedState } from "./shared/redis.js";
import { localQuotaCounter, redisQuotaCounter } from "./shared/quota.js";
import { localStreamSlots, redisStreamSlots } from "./events/streamSlots.js";
import type { Store } from "./store/types.js";
import { systemRandomness, type Randomness } from "./domain/randomness.js";

export interface ComposeOptions {
  store: Store;
  now?: () => Date;
  /** Where ids, tokens and codes come from; the OS's CSPRNG unless the docs recorder seeds one. */
  random?: Randomness;
  plans?: Record<PlanName, PlanLimits>;
  settings?: Partial<RuntimeSettings>;
  logger?: Logger;
  /** Redis, for what several server processes share (rate limits, idempotency locks, events). */
  shared?: SharedState;
  /** A worker of `persistly serve --workers N`: without Redis, rate limits and events go through the primary. */
  clusterWorker?: boolean;
  /** Run the hourly clean-up (servers do; a one-off command need not). */
  /** Background work: hourly pruning, finalising events as they end, dropping silent lobby members. */
  pruneHourly?: boolean;
  /** The specs served, whose example idempotency keys are refused (unless the settings accept them). */
  specs?: object[];
}

export interface Runtime {
  deps: AppDeps;
  usage: UsageMeter;
  consumeRateLimit: ConsumeRateLimit;
  idempotency: Idempotency;
  logger: Logger;
  /** Stops background work and writes the usage counts still in memory. */
  stop(): Promise<void>;
}

export async function compose(options: ComposeOptions): Promise<Runtime> {
  const logger = options.logger ?? pino({ level: "silent" });
  const settings = { ...DEFAULT_SETTINGS, ...options.settings };
  const plans = options.plans ?? DEFAULT_PLANS;
  const now = options.now ?? (() => new Date());
  const sharing = { redis: options.shared?.redis, clusterWorker: options.clusterWorker };
  const quota = options.shared ? redisQuotaCounter(options.shared) : options.clusterWorker ? clusterQuotaCounter() : localQuotaCounter();
  const usage = createUsageMeter(options.store, plans, now, quota);
  let events = createEventBus({ replayWindowMs: settings.eventReplayWindowMs, replayMaxEvents: settings.eventReplayMaxEvents, replayMaxBytes: settings.eventReplayMaxBytes });
  const channel = options.shared ? redisEventChannel(options.shared) : options.clusterWorker ? clusterEventChannel() : null;
  if (channel) {
    events = await shareEventBus(events, channel, (err) => logger.warn({ err }, "event fan-out failed"), () => options.store.forgetPrincipals());
    options.store.onPrincipalsChanged(() => void channel.sendPrincipalsChanged().catch((err) => logger.warn({ err }, "announcing a key or plan change failed")));
  }
  const deps: AppDeps = {
    store: options.store, plans, settings, now, events, usage, random: options.random ?? systemRandomness,
    streams: options.shared ? redisStreamSlots(options.shared) : localStreamSlots(),
    limits: { ...createTransferCodeLimits(settings, sharing), ...createJoinCodeLimits(settings, sharing), ...createSignInLimits(settings, sharing) },
    lifecycle: { draining: false },
    finaliser: { wake: () => {} },
    lobbySweeper: { wake: () => {} },
  };
  const pruning = options.pruneHourly ? schedulePruning(deps, logger) : null;
  const background = options.pruneHourly ? [eventFinaliser(deps, logger), lobbySweeper(deps, logger)] as const : null;
  if (background) [deps.finaliser, deps.lobbySweeper] = background;
  return {
    deps, usage, logger,
    consumeRateLimit: createRateLimits(plans, sharing),
    idempotency: createIdempotency(now, options.shared?.redis, settings.acceptPublishedIdempotencyKeys ? undefined : publishedExampleKeys(options.specs ?? [])),
    async stop() {
      if (pruning) clearInterval(pruning);
      for (const job of background ?? []) job.stop();
      await usage.stop();
    },
  };
}

/**
 * Background work that runs every EVERY_MS only in a process that has something to do it on — known
 * at start, woken when a request here makes some, or found by a probe every PROBE_MS (another process
 * made it, and may have died since) — so that servers without events or lobbies do not poll for work.
 * A run never overlaps the previous one.
 */
const EVERY_MS = 2000;
const PROBE_MS = 30_000;
function onDemand(logger: Logger, what: string, run: () => Promise<void>, needed: () => Promise<boolean>) {
  let timer: NodeJS.Timeout | null = null;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await run();
    } catch (err) {
      logger.warn({ err }, `${what} failed`);
    } finally {
      running = false;
    }
  };
  const probe = () => void needed().then((yes) => yes && wake(), (err) => logger.warn({ err }, `${what}: looking for work failed`));
  const probing = setInterval(probe, PROBE_MS).unref();
  const wake = () => {
    clearInterval(probing);
    timer ??= setInterval(() => void tick(), EVERY_MS).unref();
  };
  probe();
  return { wake, stop: () => (clearInterval(probing), timer && clearInterval(timer)) };
}

/** Finalises events as they end (reads of an ended event finalise it too: whoever comes first). */
const eventFinaliser = (deps: AppDeps, logger: Logger) => onDemand(logger, "finalising events", async () => {
  for (const { environmentId, eventId } of await deps.store.dueEvents(deps.now().toISOString(), 20)) {
    logger.info({ environmentId, eventId }, "finalising event");
    if (await finaliseEvent(deps, environmentId, eventId)) logger.info({ environmentId, eventId }, "event finalised");
  }
}, async () => (await deps.store.dueEvents("9999-12-31T23:59:59.999Z", 1)).length > 0);

/** Drops silent lobby members, closing the lobbies they leave empty. */
const lobbySweeper = (deps: AppDeps, logger: Logger) => onDemand(logger, "expiring lobbies", async () => {
  const dropped = await dropSilentMembers(deps);
  if (dropped) logger.info({ dropped }, "silent lobby members dropped");
}, () => deps.store.anyLobbyMember());

/** Hourly, off the request path; the timer never keeps the process alive. */
function schedulePruning(deps: AppDeps, logger: Logger) {
  return setInterval(() => void pruneExpired(deps).catch((err) => logger.warn({ err }, "pruning failed")), 60 * 60_000).unref();
}
