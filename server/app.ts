// The composition root: one Express app serving the spec-mounted surfaces.
import express from "express";
import { readFileSync } from "node:fs";
import { pino, type Logger } from "pino";
import helmet from "helmet";
import { authenticateKey, authenticateSession } from "./domain/auth.js";
import { DEFAULT_SETTINGS, type Deps, type RuntimeSettings } from "./domain/context.js";
import { DEFAULT_PLANS, type PlanLimits, type PlanName } from "./domain/plans.js";
import { errorHandler, unknownRoute } from "./http/errors.js";
import { mountSurface, type OpenApiDocument, type SchemeCheck } from "./http/mount.js";
import { requestId } from "./http/requestId.js";
import { jsonBodyParser } from "./http/jsonBody.js";
import { createIdempotency } from "./http/idempotency.js";
import { createRateLimits, createTransferCodeLimits } from "./http/rateLimits.js";
import { createUsageMeter } from "./domain/usage.js";
import { createEventBus } from "./events/bus.js";
import { redisEventChannel, shareEventBus } from "./events/sharedBus.js";
import { clusterEventChannel } from "./shared/cluster.js";
import type { SharedState } from "./shared/redis.js";
import { sdkHandlers } from "./handlers/sdk/index.js";
import { serverHandlers } from "./handlers/server/index.js";
import { pruneHistory } from "./domain/history.js";
import type { Store } from "./store/types.js";
import { explorer } from "./http/explorer.js";
import { projectFile } from "./paths.js";

export const SDK_SPEC_PATH = projectFile("spec/openapi.sdk.json");
export const SERVER_SPEC_PATH = projectFile("spec/openapi.server.json");

export interface AppOptions {
  store: Store;
  now?: () => Date;
  plans?: Record<PlanName, PlanLimits>;
  settings?: Partial<RuntimeSettings>;
  /** Validate every response against the spec (development and tests); a non-conforming one becomes a 500. */
  validateResponses?: boolean;
  /**
   * Check the specs against the OpenAPI schema at start (default: outside production). It takes most of
   * a start's second; in production the specs are the ones `npm run check` passed. Loading them, which
   * also refuses a broken one, always happens at start.
   */
  validateSpecs?: boolean;
  /** Cap on a request body's raw bytes, checked before parsing. */
  bodyLimitBytes?: number;
  logger?: Logger;
  /** Redis, for what several server processes share (rate limits, idempotency locks, events). */
  shared?: SharedState;
  /** A worker of `persistly serve --workers N`: without Redis, rate limits and events go through the primary. */
  clusterWorker?: boolean;
  /** Serve the API explorer at /docs and the specs at /openapi.*.json (default true). */
  explorer?: boolean;
  /** Override the specs (tests use fixture specs). */
  sdkSpec?: OpenApiDocument;
  serverSpec?: OpenApiDocument;
}

export const DEFAULT_BODY_LIMIT_BYTES = 4 * 1024 * 1024;

const sdkSchemes: Record<string, SchemeCheck> = {
  runtimeKey: async (req, deps) => ({ caller: { principal: await authenticateKey(deps, req.get("authorization"), "runtime"), sdk: req.get("x-persistly-sdk") ?? null } }),
  accountSession: async (req, deps, caller) => {
    const session = await authenticateSession(deps, caller!, req.get("x-persistly-account-session"), String(req.params.accountId ?? ""));
    return { caller: session, session };
  },
};

const serverSchemes: Record<string, SchemeCheck> = {
  serverKey: async (req, deps) => ({ caller: { principal: await authenticateKey(deps, req.get("authorization"), "server"), sdk: req.get("x-persistly-sdk") ?? null } }),
};

export const loadSdkSpec = (): OpenApiDocument => JSON.parse(readFileSync(SDK_SPEC_PATH, "utf8"));
export const loadServerSpec = (): OpenApiDocument => JSON.parse(readFileSync(SERVER_SPEC_PATH, "utf8"));

/** The domain's dependencies, with the defaults the server runs on. */
export function buildDeps(options: Pick<AppOptions, "store" | "now" | "plans" | "settings" | "shared" | "clusterWorker">): Deps {
  const settings = { ...DEFAULT_SETTINGS, ...options.settings };
  const plans = options.plans ?? DEFAULT_PLANS;
  const now = options.now ?? (() => new Date());
  return {
    store: options.store,
    plans,
    settings,
    now,
    usage: createUsageMeter(options.store, plans, now),
    limits: createTransferCodeLimits(settings, limitSharing(options)),
    lifecycle: { draining: false },
    events: createEventBus({
      replayWindowMs: settings.eventReplayWindowMs, replayMaxEvents: settings.eventReplayMaxEvents,
    }),
  };
}

const limitSharing = (options: Pick<AppOptions, "shared" | "clusterWorker">) => ({ redis: options.shared?.redis, clusterWorker: options.clusterWorker });

/** The app, plus what its owner must stop before closing the store. */
export type PersistlyApp = express.Express & {
  deps: Deps;
  /** Stops background work and flushes usage counts. */
  stop(): Promise<void>;
};

export async function createApp(options: AppOptions): Promise<PersistlyApp> {
  const logger = options.logger ?? pino({ level: "silent" });
  const deps = buildDeps(options);
  const channel = options.shared ? redisEventChannel(options.shared) : options.clusterWorker ? clusterEventChannel() : null;
  if (channel) deps.events = await shareEventBus(deps.events, channel, (err) => logger.warn({ err }, "event fan-out failed"));
  const consumeRateLimit = createRateLimits(deps.plans, limitSharing(options));
  const app = express();
  app.disable("x-powered-by");
  app.set("etag", false);
  app.set("query parser", "simple");
  app.use(requestId);
  // An access log costs a third of a cheap request's time; with `info` off there is nothing to write.
  if (logger.isLevelEnabled("info")) app.use(accessLog(logger));
  app.use(apiSecurityHeaders);
  const runIdempotently = createIdempotency(deps.store, deps.now, options.shared?.redis);
  const bodyParser = jsonBodyParser(options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT_BYTES);
  const validateResponses = options.validateResponses ?? process.env.NODE_ENV !== "production";
  const validateSpec = options.validateSpecs ?? process.env.NODE_ENV !== "production";
  const specs = { sdk: options.sdkSpec ?? loadSdkSpec(), server: options.serverSpec ?? loadServerSpec() };
  await mountSurface(app, {
    name: "spec/openapi.sdk.json",
    spec: specs.sdk,
    handlers: sdkHandlers(deps),
    schemes: sdkSchemes,
    admit: async (op, req, res, caller) => {
      await consumeRateLimit(res, op.method === "get" ? "sdk_read" : "sdk_write", caller.principal.workspace.plan, caller.principal.key.id);
      await deps.usage.admit(caller.principal, "sdk", req.get("x-persistly-sdk"));
    },
    runIdempotently, bodyParser, validateResponses, validateSpec, deps, logger,
  });
  await mountSurface(app, {
    name: "spec/openapi.server.json",
    spec: specs.server,
    handlers: serverHandlers(deps),
    schemes: serverSchemes,
    admit: async (_op, req, res, caller) => {
      await consumeRateLimit(res, "server_api", caller.principal.workspace.plan, caller.principal.key.id);
      await deps.usage.admit(caller.principal, "server", req.get("x-persistly-sdk"));
    },
    runIdempotently, bodyParser, validateResponses, validateSpec, deps, logger,
  });
  if (options.explorer ?? true) app.use(explorer(specs));
  app.use(unknownRoute);
  app.use(errorHandler(logger));
  const pruning = schedulePruning(deps, logger);
  return Object.assign(app, {
    deps,
    async stop() {
      clearInterval(pruning);
      await deps.usage.stop();
    },
  });
}

/**
 * Hourly: expired idempotency records, and slot versions older than each plan's restore window
 * (`persistly prune` does the same on demand). The timer never keeps the process alive.
 */
function schedulePruning(deps: Deps, logger: Logger) {
  const prune = async () => {
    try {
      await deps.store.pruneIdempotencyRecords(deps.now().toISOString());
      await pruneHistory(deps.store, deps.plans, deps.now());
    } catch (err) {
      logger.warn({ err }, "pruning failed");
    }
  };
  return setInterval(prune, 60 * 60_000).unref();
}

/**
 * One structured line per request: id, operation, status, latency, SDK. Only the method and path of
 * the request are logged — never headers (keys, session tokens) or bodies (save data, transfer codes).
 * A single pino call on `finish`: pino-http's per-request child loggers cost a third of a cheap
 * request's time in the benchmark (docs/performance.md).
 */
function accessLog(logger: Logger): express.RequestHandler {
  return (req, res, next) => {
    const started = performance.now();
    res.once("finish", () => {
      const { requestId, operationId } = res.locals;
      const fields = {
        requestId, operationId, sdk: req.get("x-persistly-sdk"), req: { method: req.method, path: req.path }, res: { status: res.statusCode },
        responseTime: Math.round((performance.now() - started) * 10) / 10,
      };
      if (res.statusCode >= 500) logger.error(fields, "request failed");
      else logger.info(fields, "request completed");
    });
    next();
  };
}

/**
 * Headers for a JSON API: nothing may be framed, sniffed, cached by intermediaries or referred; a
 * browser that renders a response gets a CSP that allows nothing. (HSTS belongs to the TLS terminator.)
 */
const apiSecurityHeaders = [
  helmet({
    contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } },
    strictTransportSecurity: false,
    crossOriginResourcePolicy: { policy: "same-site" },
  }),
  ((_req, res, next) => {
    res.setHeader("Cache-Control", "no-store");
    next();
  }) as express.RequestHandler,
];
