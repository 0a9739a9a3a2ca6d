// Mounts a spec's operations on an Express app: one route per operation (operationId → handler), with
// credentials checked from its `security`, the request validated by express-openapi-validator and the
// response too when asked. A spec and a handler table that disagree refuse to start.
import type { Express, Request, RequestHandler, Response } from "express";
// The validator's own schema check runs here at start-up, so a broken spec stops the server with a
// readable reason rather than a 500 on the first request.
import { OpenAPISchemaValidator } from "express-openapi-validator/dist/framework/openapi.schema.validator.js";
import type { Logger } from "pino";
import { writeEnvelopeRaw } from "./errors.js";
import { inUnitOfWork, type RunIdempotently } from "./idempotency.js";
import { deprecationHeaders, signalDeprecation } from "./deprecation.js";
import { openSse } from "./sse.js";
import { loadValidation } from "./validation.js";
import { ApiError } from "../domain/errors.js";
import type { Deps, Caller, SessionCaller } from "../domain/context.js";

const METHODS = ["get", "put", "post", "delete", "patch", "options", "head", "trace"] as const;
type Method = (typeof METHODS)[number];

export interface SpecOperation {
  operationId: string;
  method: Method;
  path: string;
  security: Array<Record<string, string[]>>;
}

export type OpenApiDocument = {
  paths: Record<string, Partial<Record<Method, { operationId?: string; security?: Array<Record<string, string[]>> }>>>;
  security?: Array<Record<string, string[]>>;
  components?: { securitySchemes?: Record<string, unknown> };
};

/** A handler as the mount sees it; `HandlerTable` gives each its precise type. */
type MountedHandler = (input: any) => Promise<{ status: number; body: unknown; headers?: Record<string, string> }>;

/** What a credential scheme checks; it may extend the caller (a session needs a key's caller first). */
export type SchemeCheck = (req: Request, deps: Deps, caller: Caller | null) => Promise<{ caller: Caller; session?: SessionCaller }>;

export function specOperations(spec: OpenApiDocument): SpecOperation[] {
  return Object.entries(spec.paths).flatMap(([path, item]) =>
    METHODS.filter((m) => item[m]).map((method) => {
      const op = item[method]!;
      if (!op.operationId) throw new Error(`${method.toUpperCase()} ${path} has no operationId`);
      return { operationId: op.operationId, method, path, security: op.security ?? spec.security ?? [] };
    }),
  );
}

/** Fails when the spec and the handler table do not name the same operations. */
export function assertHandlersMatch(operations: SpecOperation[], handlers: Record<string, unknown>, specName: string) {
  const declared = new Set(operations.map((o) => o.operationId));
  const missing = [...declared].filter((id) => !(id in handlers));
  const extra = Object.keys(handlers).filter((id) => !declared.has(id));
  const problems = [
    ...missing.map((id) => `operation ${id} has no handler`),
    ...extra.map((id) => `handler ${id} has no operation in ${specName}`),
  ];
  if (problems.length) throw new Error(`${specName} and its handlers disagree: ${problems.join("; ")}`);
}

export interface SurfaceOptions {
  name: string;
  spec: OpenApiDocument;
  handlers: Record<string, MountedHandler>;
  schemes: Record<string, SchemeCheck>;
  validateResponses: boolean;
  /** Check the spec against the OpenAPI schema first (a broken one refuses to start, naming the problem). */
  validateSpec: boolean;
  /** Parses the body; runs after the credentials are checked, so unauthenticated bodies are never parsed. */
  bodyParser: RequestHandler;
  runIdempotently: RunIdempotently;
  /** Runs once per request as soon as a key is authenticated: rate limits, quota, usage. */
  admit: (op: SpecOperation, req: Request, res: Response, caller: Caller) => Promise<void>;
  deps: Deps;
  logger: Logger;
}

export function assertValidSpec(spec: OpenApiDocument & { openapi?: string }, name: string): void {
  const { errors } = new OpenAPISchemaValidator({ version: spec.openapi ?? "", validateApiSpec: true }).validate(structuredClone(spec) as any);
  if (errors?.length) {
    const reasons = errors.filter((e) => e.keyword !== "if").map((e) => `${e.instancePath || "/"} ${e.message}`);
    throw new Error(`${name} is not a valid OpenAPI document: ${[...new Set(reasons)].join("; ")}`);
  }
}

export async function mountSurface(app: Express, o: SurfaceOptions): Promise<void> {
  if (o.validateSpec) assertValidSpec(o.spec, o.name);
  const operations = specOperations(o.spec);
  assertHandlersMatch(operations, o.handlers, o.name);
  const unknownSchemes = Object.keys(o.spec.components?.securitySchemes ?? {}).filter((s) => !o.schemes[s]);
  if (unknownSchemes.length) throw new Error(`${o.name}: no check for security schemes ${unknownSchemes.join(", ")}`);
  const validation = await loadValidation(o.spec, o.name, o.validateResponses ? responseDoesNotConform(o.logger) : null);

  // Credentials first (401/403 before anything about the body), then the validator, then the handler.
  const allowed = new Map<string, string[]>();
  for (const op of operations) {
    const { expressRoute, handlers } = validation.operation(op.method, op.path);
    allowed.set(expressRoute, [...(allowed.get(expressRoute) ?? []), op.method.toUpperCase()]);
    const deprecation = deprecationHeaders(op.operationId, o.spec.paths[op.path][op.method] as object);
    app[op.method](expressRoute, onlyDeclaredMethod, nameOperation(op.operationId), signalDeprecation(deprecation), authenticate(op, o), o.bodyParser, ...handlers, invoke(op, o));
  }
  for (const [expressRoute, methods] of allowed) app.all(expressRoute, methodNotAllowed(methods));
}

/** Express answers HEAD with a GET route; the spec declares no HEAD, so it is refused with 405 like any other method. */
const onlyDeclaredMethod: RequestHandler = (req, _res, next) => next(req.method === "HEAD" ? "route" : undefined);

const methodNotAllowed = (methods: string[]): RequestHandler => (req, _res, next) =>
  next(new ApiError(405, "method_not_allowed", `${req.method} method not allowed`, {}, { Allow: methods.join(", ") }));

function authenticate(op: SpecOperation, o: SurfaceOptions): RequestHandler {
  if (op.security.length === 0) return (_req, _res, next) => next();
  return async (req, res, next) => {
    let firstFailure: unknown;
    let admitted = false;
    // `security` is a list of alternatives, each a set of schemes that must all pass.
    for (const requirement of op.security) {
      try {
        let caller: Caller | null = null;
        let session: SessionCaller | undefined;
        for (const scheme of Object.keys(requirement).sort(sessionLast)) {
          const result = await o.schemes[scheme](req, o.deps, caller);
          caller = result.caller;
          session = result.session ?? session;
          if (!admitted) {
            admitted = true;
            await o.admit(op, req, res, caller);
          }
        }
        res.locals.caller = caller;
        res.locals.session = session ?? null;
        return next();
      } catch (error) {
        firstFailure ??= error;
        // A refusal by admission (rate limit, quota) is final, whatever other alternatives exist.
        if (admitted) break;
      }
    }
    next(firstFailure);
  };
}

/** Tags the request with its operation for the access log. */
const nameOperation = (operationId: string): RequestHandler => (_req, res, next) => {
  res.locals.operationId = operationId;
  next();
};

// Key schemes establish the caller that a session scheme then narrows to one account.
const sessionLast = (a: string, b: string) => Number(a === "accountSession") - Number(b === "accountSession");

/** Follows a local `$ref` (JSON pointer into the same document) until it reaches a node that is not one. */
export function resolveRef(spec: object, node: any): any {
  while (node?.$ref) {
    node = node.$ref.slice(2).split("/").reduce((o: any, k: string) => o?.[k.replace(/~1/g, "/").replace(/~0/g, "~")], spec);
  }
  return node;
}

/** Whether the operation's JSON request body declares `idempotencyKey`. */
function declaresIdempotencyKey(spec: OpenApiDocument, op: SpecOperation): boolean {
  const deref = (node: any) => resolveRef(spec, node);
  const operation: any = spec.paths[op.path][op.method];
  const schema = deref(deref(operation.requestBody)?.content?.["application/json"]?.schema);
  return Boolean(schema?.properties?.idempotencyKey);
}

/** The names of the operation's header parameters. */
function headerNames(spec: OpenApiDocument, op: SpecOperation): string[] {
  const item: any = spec.paths[op.path];
  return [...(item.parameters ?? []), ...(item[op.method].parameters ?? [])].map((p) => resolveRef(spec, p)).filter((p) => p.in === "header").map((p) => p.name);
}

function invoke(op: SpecOperation, o: SurfaceOptions): RequestHandler {
  const handler = o.handlers[op.operationId];
  const mutation = op.method !== "get" && op.method !== "head";
  const idempotent = declaresIdempotencyKey(o.spec, op);
  const headers = headerNames(o.spec, op);
  return async (req: Request, res: Response) => {
    const header = Object.fromEntries(headers.filter((n) => req.get(n) !== undefined).map((n) => [n, req.get(n)]));
    const call = () =>
      handler({
        // The validator has coerced the path parameters to the spec's types in place (same route layer).
        path: req.params, query: req.query ?? {}, header, body: req.body, client: { address: req.ip ?? "" },
        caller: res.locals.caller ?? null, session: res.locals.session ?? null,
      });
    // Every mutation is one transaction; with an idempotency key its record joins that transaction.
    const result = !mutation
      ? await call()
      : idempotent && typeof req.body?.idempotencyKey === "string"
        ? await o.runIdempotently(req, res.locals.caller, res.locals.session, call)
        : await inUnitOfWork(o.deps.store, call);
    for (const [name, value] of Object.entries(result.headers ?? {})) res.setHeader(name, value);
    if (typeof result.body === "function") return void result.body(openSse(req, res, o.deps.settings.sseHeartbeatMs));
    res.status(result.status).json(result.body);
  };
}

/** A response that breaks the spec is a server bug: answer 500 `server_error` and log what broke. */
function responseDoesNotConform(logger: Logger) {
  return (err: { message: string; errors?: unknown }, body: unknown, req: Request) => {
    const res = req.res!;
    const requestId = String(res.locals.requestId);
    logger.error({ requestId, url: req.originalUrl, status: res.statusCode, problems: err.errors ?? err.message, body }, "response does not conform to the spec");
    writeEnvelopeRaw(res, 500, {
      error: { code: "server_error", message: "internal error; the result of the operation is unknown", details: {}, requestId },
    });
  };
}

