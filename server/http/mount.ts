// Mounts a spec's operations on an Express app: one route per operation (operationId → handler), each
// carrying the request pipeline as named stages, in order:
//   authenticate (and admit) → parse → validate → authorize (an operator's role) → run (transaction, idempotency) → handle → respond.
// A spec and a handler table that disagree refuse to start.
import type { Express, Request, RequestHandler, Response } from "express";
import type { Logger } from "pino";
import { writeEnvelopeRaw } from "./errors.js";
import { authenticate, SCHEMES, type Admit } from "./authenticate.js";
import { authorize } from "./authorize.js";
import { deprecationHeaders, signalDeprecation } from "./deprecation.js";
import type { Idempotency } from "./idempotency.js";
import { respond } from "./respond.js";
import { assertHandlersMatch, canonicalPath, declaresIdempotencyKey, declaresOptionalBody, headerNames, isMutation, routePaths, specOperations, type OpenApiDocument, type SpecOperation } from "./spec.js";
import { runner } from "./transaction.js";
import { auditRecorder } from "./audit.js";
import { memberCookieOf } from "./memberCookie.js";
import { assertValidSpec, loadValidation } from "./validation.js";
import { absentBodyReadsAsEmpty } from "./jsonBody.js";
import { preparationOf, runOptionsOf, type Handler, type HandlerInput, type RunOptions } from "./types.js";
import { ApiError } from "../domain/errors.js";
import type { AppDeps } from "../domain/context.js";

export interface SurfaceOptions {
  name: string;
  spec: OpenApiDocument;
  handlers: Record<string, Handler<any, any>>;
  validateResponses: boolean;
  /** Check the spec against the OpenAPI schema first (a broken one refuses to start, naming the problem). */
  validateSpec: boolean;
  /** Parses the body; runs after the credentials are checked, so unauthenticated bodies are never parsed. */
  bodyParser: RequestHandler;
  idempotency: Idempotency;
  admit: Admit;
  deps: AppDeps;
  /** Runs once the caller is known (the SDK surface's per-environment CORS origins). */
  afterAuthenticate?: RequestHandler;
  /** Every change writes an audit entry (the server and operator surfaces), unless its operation opts out. */
  audited?: boolean;
}

export async function mountSurface(app: Express, o: SurfaceOptions): Promise<void> {
  if (o.validateSpec) assertValidSpec(o.spec, o.name);
  const operations = specOperations(o.spec);
  assertHandlersMatch(operations, o.handlers, o.name);
  const unknownSchemes = Object.keys(o.spec.components?.securitySchemes ?? {}).filter((s) => !SCHEMES[s]);
  if (unknownSchemes.length) throw new Error(`${o.name}: no check for security schemes ${unknownSchemes.join(", ")}`);
  const validation = await loadValidation(o.spec, o.name, o.validateResponses);

  // Each path's methods, for its 405 and Allow.
  const routes = new Map<string, string[]>();
  const prepared = operations.map((op) => {
    const { expressRoute, handlers: validate } = validation.operation(op.method, op.path);
    routes.set(expressRoute, [...(routes.get(expressRoute) ?? []), op.method.toUpperCase()]);
    return { op, validate, paths: routePaths(o.spec, expressRoute) };
  });
  // A literal path another path's parameter also matches (`…/lobbies/quick-join` and `…/lobbies/:lobbyId`)
  // is OpenAPI's before the parameter: its 405 goes in ahead of the operations, so `GET …/quick-join` is
  // refused with its own Allow, never getLobby with lobbyId "quick-join". Only those few paths: every
  // other request still meets its operation's route first, in spec order.
  for (const [path, methods] of routes) {
    if ([...routes.keys()].some((other) => shadows(other, path))) app.all(routePaths(o.spec, path), methodNotAllowed(methods));
  }
  for (const { op, validate, paths } of prepared) {
    // One route, answering on the operation's path and its declared aliases (`/api/v1` for `/sdk/v1`).
    const declared = o.spec.paths[op.path][op.method] as object;
    const authorized = authorize(op, declared, o.deps);
    const options = runOptionsOf(o.handlers[op.operationId]);
    app[op.method](paths, inSequence([
      nameOperation(op.operationId), signalDeprecation(deprecationHeaders(op.operationId, declared)),
      authenticate(op, o.deps, o.admit, options.sessionReads), ...(o.afterAuthenticate ? [o.afterAuthenticate] : []), o.bodyParser, ...(declaresOptionalBody(o.spec, op) ? [absentBodyReadsAsEmpty] : []), ...validate,
      ...(authorized ? [authorized] : []), handle(op, o, options),
    ]));
  }
  for (const [path, methods] of routes) app.all(routePaths(o.spec, path), methodNotAllowed(methods));
}

/** Whether `route` (with a parameter) also matches every URL of the literal path `literal`. */
function shadows(route: string, literal: string): boolean {
  const [a, b] = [route.split("/"), literal.split("/")];
  return route !== literal && a.length === b.length
    && a.every((segment, i) => segment === b[i] || (segment.startsWith(":") && !b[i].startsWith(":")));
}

/**
 * An operation's stages as one route handler, run in order as Express would run them (an error, or a
 * rejected promise, skips the rest): Express's per-layer bookkeeping for ten stages was a tenth of a
 * cheap request's time.
 */
export function inSequence(stages: RequestHandler[]): RequestHandler {
  return (req, res, done) => {
    // Express answers HEAD with a GET route; the spec declares no HEAD, so it is refused with 405 like any other method.
    if (req.method === "HEAD") return done("route");
    let index = 0;
    const next = (error?: unknown) => {
      if (error) return done(error);
      const stage = stages[index++];
      if (!stage) return done();
      try {
        const result: unknown = stage(req, res, next);
        if (result instanceof Promise) result.catch((rejection: unknown) => done(rejection ?? new Error("rejected promise")));
      } catch (thrown) {
        done(thrown);
      }
    };
    next();
  };
}

/** A path's 405 with its Allow; a method the path declares goes on to its operation. */
const methodNotAllowed = (methods: string[]): RequestHandler => (req, _res, next) =>
  methods.includes(req.method) ? next() : next(new ApiError(405, "method_not_allowed", `${req.method} method not allowed`, {}, { Allow: methods.join(", ") }));

/** Tags the request with its operation for the access log. */
const nameOperation = (operationId: string): RequestHandler => (_req, res, next) => {
  res.locals.operationId = operationId;
  next();
};

function handle(op: SpecOperation, o: SurfaceOptions, options: RunOptions): RequestHandler {
  const handler = o.handlers[op.operationId];
  const prepare = preparationOf(handler);
  // A handler that makes its own writes (sign-in: a slow password hash) runs outside a request transaction.
  const mode = !isMutation(op) || options.transaction === "own" ? "read" : declaresIdempotencyKey(o.spec, op) ? "idempotent-mutation" : "mutation";
  const audited = o.audited && isMutation(op) && options.audited !== false;
  const run = runner(mode, o.deps, o.idempotency, audited ? auditRecorder(op.operationId, o.deps.now) : undefined);
  const headers = headerNames(o.spec, op);
  // An aliased request is the same request: idempotency fingerprints the operation's own path.
  const ownPath = mode === "idempotent-mutation" ? canonicalPath(o.spec) : null;
  return async (req: Request, res: Response) => {
    if (ownPath) res.locals.canonicalPath = ownPath(req.path);
    const header = Object.fromEntries(headers.filter((n) => req.get(n) !== undefined).map((n) => [n, req.get(n)]));
    const input = {
      // The validator has coerced the path parameters to the spec's types in place (same route layer).
      path: req.params, query: req.query ?? {}, header, body: req.body,
      // The operator cookie is parsed only by the handler that reads it (sign-in), not on every request.
      client: { address: req.ip ?? "", get memberCookie() { return memberCookieOf(req); } },
      caller: res.locals.caller ?? null, session: res.locals.session ?? null, member: res.locals.member ?? null, studio: res.locals.studio ?? null,
      requestId: String(res.locals.requestId),
    };
    if (prepare) Object.assign(input, { prepared: await prepare(input as HandlerInput<any>, o.deps) });
    respond(req, res, await run(req, res, (deps) => handler(input as HandlerInput<any>, deps)), o.deps.settings.sseHeartbeatMs, o.validateResponses);
  };
}

/** A response that breaks the spec is a server bug: answer 500 `server_error` and log what broke. */
export function responseDoesNotConform(logger: Logger) {
  return (err: { message: string; errors?: unknown }, body: unknown, req: Request) => {
    const res = req.res!;
    const requestId = String(res.locals.requestId);
    logger.error({ requestId, url: req.originalUrl, status: res.statusCode, problems: err.errors ?? err.message, body }, "response does not conform to the spec");
    writeEnvelopeRaw(res, 500, {
      error: { code: "server_error", message: "internal error; the result of the operation is unknown", details: {}, requestId },
    });
  };
}
