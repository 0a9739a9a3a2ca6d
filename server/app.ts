// The HTTP app: one Express app serving the spec-mounted surfaces, built on the composition module.
import express from "express";
import { readFileSync } from "node:fs";
import type { Logger } from "pino";
import helmet from "helmet";
import { compose, type ComposeOptions } from "./compose.js";
import type { AppDeps, Caller } from "./domain/context.js";
import { errorHandler, unknownRoute } from "./http/errors.js";
import { mountSurface, responseDoesNotConform } from "./http/mount.js";
import type { OpenApiDocument } from "./http/spec.js";
import { requestIds } from "./http/requestId.js";
import { jsonBodyParser } from "./http/jsonBody.js";
import { corsPolicy, type CorsDeclaration } from "./http/cors.js";
import { createAdmission, createAdminAdmission } from "./http/admit.js";
import { requireCsrfOnChanges } from "./http/csrf.js";
import { sdkHandlers } from "./handlers/sdk/index.js";
import { serverHandlers } from "./handlers/server/index.js";
import { adminHandlers } from "./handlers/admin/index.js";
import { portal } from "./http/portal.js";
import { explorer } from "./http/explorer.js";
import { projectFile } from "./paths.js";

export const SDK_SPEC_PATH = projectFile("spec/openapi.sdk.json");
export const SERVER_SPEC_PATH = projectFile("spec/openapi.server.json");
export const ADMIN_SPEC_PATH = projectFile("spec/openapi.admin.json");

export interface AppOptions extends Omit<ComposeOptions, "pruneHourly"> {
  /** Background work: hourly pruning, finalising events, dropping silent lobby members (default true; the docs recorder runs without, so its clock moves only with its requests). */
  background?: boolean;
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
  /** Serve the API explorer at /docs and the specs at /openapi.*.json (default true). */
  explorer?: boolean;
  /** Where clients reach this server (PERSISTLY_PUBLIC_URL): the served specs' first server; else `/`, relative to the document. */
  publicUrl?: string | null;
  /** Override the specs (tests use fixture specs). */
  sdkSpec?: OpenApiDocument;
  serverSpec?: OpenApiDocument;
  adminSpec?: OpenApiDocument;
}

export const DEFAULT_BODY_LIMIT_BYTES = 4 * 1024 * 1024;

export const loadSdkSpec = (): OpenApiDocument => JSON.parse(readFileSync(SDK_SPEC_PATH, "utf8"));
export const loadServerSpec = (): OpenApiDocument => JSON.parse(readFileSync(SERVER_SPEC_PATH, "utf8"));
export const loadAdminSpec = (): OpenApiDocument => JSON.parse(readFileSync(ADMIN_SPEC_PATH, "utf8"));

let shipped: { sdk: OpenApiDocument; server: OpenApiDocument; admin: OpenApiDocument } | undefined;
/** The specs as shipped, read once per process: their validators are compiled once per spec object. */
const shippedSpecs = () => (shipped ??= { sdk: loadSdkSpec(), server: loadServerSpec(), admin: loadAdminSpec() });

/** The app, plus what its owner must stop before closing the store. */
export type PersistlyApp = express.Express & {
  deps: AppDeps;
  /** Stops background work and flushes usage counts. */
  stop(): Promise<void>;
};

export async function createApp(options: AppOptions): Promise<PersistlyApp> {
  const specs = { sdk: options.sdkSpec ?? shippedSpecs().sdk, server: options.serverSpec ?? shippedSpecs().server, admin: options.adminSpec ?? shippedSpecs().admin };
  const runtime = await compose({ ...options, pruneHourly: options.background ?? true, specs: Object.values(specs) });
  const { deps, logger } = runtime;
  const app = express();
  app.disable("x-powered-by");
  app.set("etag", false);
  app.set("query parser", "simple");
  // Paths are exactly the spec's: `/SDK/v1/…` and `/sdk/v1/accounts/` are not operations (404), as the
  // spec's own paths say and validating proxies expect.
  app.set("case sensitive routing", true);
  app.set("strict routing", true);
  app.locals.onResponseProblem = responseDoesNotConform(logger);
  app.use(requestIds(deps.random));
  // An access log costs a third of a cheap request's time; with `info` off there is nothing to write.
  if (logger.isLevelEnabled("info")) app.use(accessLog(logger));
  app.use(apiSecurityHeaders);
  const bodyLimit = options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT_BYTES;
  const common = {
    deps, idempotency: runtime.idempotency,
    validateResponses: options.validateResponses ?? process.env.NODE_ENV !== "production",
    validateSpec: options.validateSpecs ?? process.env.NODE_ENV !== "production",
  };
  const declaredCors = (specs.sdk as { "x-persistly-cors"?: CorsDeclaration })["x-persistly-cors"];
  const browsers = declaredCors ? corsPolicy(declaredCors, deps.store) : null;
  if (browsers) app.use(browsers.prefixes, browsers.early);
  await mountSurface(app, {
    ...common, name: "spec/openapi.sdk.json", spec: specs.sdk, handlers: sdkHandlers, afterAuthenticate: browsers?.narrow,
    // A game client's body is bounded by what its plan may store.
    bodyParser: jsonBodyParser(bodyLimit, (res) => deps.plans[(res.locals.caller as Caller | undefined)?.principal.workspace.plan ?? "free"]),
    admit: createAdmission("sdk", runtime.consumeRateLimit, runtime.usage),
  });
  await mountSurface(app, {
    ...common, name: "spec/openapi.server.json", spec: specs.server, handlers: serverHandlers, audited: true,
    bodyParser: jsonBodyParser(bodyLimit),
    admit: createAdmission("server", runtime.consumeRateLimit, runtime.usage),
  });
  await mountSurface(app, {
    ...common, name: "spec/openapi.admin.json", spec: specs.admin, handlers: adminHandlers, audited: true,
    afterAuthenticate: requireCsrfOnChanges,
    bodyParser: jsonBodyParser(bodyLimit),
    admit: createAdminAdmission(runtime.consumeRateLimit),
  });
  if (options.explorer ?? true) app.use(explorer({ sdk: specs.sdk, server: specs.server }, options.publicUrl ?? null));
  app.use(portal());
  app.use(unknownRoute);
  app.use(errorHandler(logger));
  return Object.assign(app, { deps, stop: runtime.stop });
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
      const { requestId, clientRequestId, operationId, errorCode } = res.locals;
      const fields = {
        requestId, clientRequestId, operationId, sdk: req.get("x-persistly-sdk"), req: { method: req.method, path: req.path }, res: { status: res.statusCode, code: errorCode },
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
 * helmet decides them; they are the same for every response, so they are read from it once and set in
 * one pass (helmet's eleven middlewares per request showed in profiles).
 */
const apiSecurityHeaders: express.RequestHandler = (() => {
  const headers: Array<[string, string]> = [];
  const recorder = { setHeader: (name: string, value: string) => headers.push([name, value]), removeHeader: () => {} };
  helmet({
    contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } },
    strictTransportSecurity: false,
    crossOriginResourcePolicy: { policy: "same-site" },
  })({} as never, recorder as never, () => {});
  headers.push(["Cache-Control", "no-store"]);
  return (_req, res, next) => {
    for (const [name, value] of headers) res.setHeader(name, value);
    next();
  };
})();
