// The one place that reaches into express-openapi-validator's internals (its `dist/` modules, which are
// not its public API). The package's middleware finds every request's operation by trying each spec
// path in turn; Express has already matched the route, so the server binds the package's own
// validators to each route instead. test/http/validator-adapter.test.ts pins what is used here, so an
// upgrade that moves or changes these internals fails there, by name, rather than somewhere downstream.
import { fullFormats } from "ajv-formats/dist/formats.js";
import type { Request, RequestHandler } from "express";
import { OpenApiValidator } from "express-openapi-validator/dist/openapi.validator.js";
import { OpenApiSpecLoader } from "express-openapi-validator/dist/framework/openapi.spec.loader.js";
import { SchemaPreprocessor } from "express-openapi-validator/dist/middlewares/parsers/schema.preprocessor.js";
import { RequestValidator, ResponseValidator } from "express-openapi-validator/dist/middlewares/index.js";
import { OpenAPISchemaValidator } from "express-openapi-validator/dist/framework/openapi.schema.validator.js";
import { RequestParameterMutator } from "express-openapi-validator/dist/middlewares/parsers/req.parameter.mutator.js";

export type ResponseProblemHandler = (err: { message: string; errors?: unknown }, body: unknown, req: Request) => void;

export interface LoadedRoute {
  method: string;
  openApiRoute: string;
  /** The path in Express syntax (`/sdk/v1/accounts/:accountId`). */
  expressRoute: string;
  /** What the package's validators expect to find on `req.openapi`. */
  metadata: Record<string, unknown>;
}

export interface LoadedSpec {
  routes: LoadedRoute[];
  /** Validates a request tagged with its route's metadata: parameters (coerced in place), headers, body. */
  validateRequest: RequestHandler;
  /** Validates `res.json` bodies; null when response validation is off. */
  validateResponse: RequestHandler | null;
}

/** The OpenAPI schema's complaints about a document (empty when it is valid). */
export function openApiProblems(spec: object & { openapi?: string }): string[] {
  const { errors } = new OpenAPISchemaValidator({ version: spec.openapi ?? "", validateApiSpec: true }).validate(structuredClone(spec) as any);
  return [...new Set((errors ?? []).filter((e) => e.keyword !== "if").map((e) => `${e.instancePath || "/"} ${e.message}`))];
}

const rfc3339 = fullFormats["date-time"] as { validate: (text: string) => boolean };
/**
 * RFC 3339 allows a leap second (`23:59:60`), which JavaScript's Date cannot hold: such a date-time is
 * refused as not a date-time, rather than accepted and then unrepresentable.
 */
const representableDateTime = { type: "string" as const, validate: (text: string) => rfc3339.validate(text) && Number.isFinite(Date.parse(text)) };

/**
 * Operations whose published contract ignores query parameters (checkHealth: "a monitor may add a
 * cache-buster"). The package reads that from an extension of its own, which the published specs do not
 * carry: it is added to the copy the validator is built from.
 */
const QUERY_IGNORED = new Set(["checkHealth"]);

type Parameter = { in?: string; allowReserved?: boolean };
type Operation = { operationId?: string; parameters?: Parameter[] };

function withValidatorHints(spec: object): object {
  const copy = structuredClone(spec) as { paths?: Record<string, Record<string, Operation>>; components?: { parameters?: Record<string, Parameter> } };
  // A client that leaves a reserved character in a query value unencoded (`playerRef=a:b`) means the
  // same value: the server decodes it as any URL parser does, rather than refusing it (the package's
  // default). The specs still tell clients to encode (allowReserved is false there).
  const lenient = (parameter: Parameter) => {
    if (parameter.in === "query") parameter.allowReserved = true;
  };
  Object.values(copy.components?.parameters ?? {}).forEach(lenient);
  for (const item of Object.values(copy.paths ?? {})) {
    for (const op of Object.values(item)) {
      if (!op || typeof op !== "object") continue;
      if (Array.isArray(op)) op.forEach(lenient); // a path item's own parameters
      else op.parameters?.forEach(lenient);
      if (QUERY_IGNORED.has(op.operationId ?? "")) Object.assign(op, { "x-eov-allow-unknown-query-parameters": true });
    }
  }
  return copy;
}

/** Loads and preprocesses a spec as the package's middleware does, and builds its validators. */
export async function loadSpec(published: object, onResponseProblem: ResponseProblemHandler | null): Promise<LoadedSpec> {
  const spec = withValidatorHints(published);
  const validator = new OpenApiValidator({
    apiSpec: spec as any,
    validateApiSpec: false,
    validateRequests: { allowUnknownQueryParameters: false, coerceTypes: false, allErrors: true },
    validateResponses: onResponseProblem ? { onError: onResponseProblem } : false,
    validateSecurity: false,
    formats: { "date-time": representableDateTime },
  });
  const loader = new OpenApiSpecLoader({ apiDoc: spec as any, validateApiSpec: false, $refParser: { mode: "bundle" } });
  // Bundling gathers external references into the document (and refuses broken ones): a spec whose
  // references all point into itself, and resolve, is already its own bundle, and the pass over it was a
  // fifth of a start.
  if (referencesResolveWithin(spec)) (loader as unknown as { framework: { loadSpec: (doc: unknown) => Promise<unknown> } }).framework.loadSpec = async (doc) => doc;
  const { apiDoc, routes, serial } = await loader.load();
  const preprocessor = new SchemaPreprocessor(apiDoc, validator.ajvOpts.preprocessor, validator.options.validateResponses as any);
  resolveByPointer(preprocessor, apiDoc);
  const { apiDocRes } = preprocessor.preProcess();
  skipNothingToReshape(apiDoc);
  const requests = new RequestValidator(apiDoc, validator.ajvOpts.request);
  const responses = onResponseProblem ? new ResponseValidator(apiDocRes, validator.ajvOpts.response, validator.options.validateResponses as any, serial).validate() : null;
  return {
    routes: routes.map((route) => {
      const pathKey = route.openApiRoute.substring(route.basePath.length);
      const method = route.method.toLowerCase();
      return {
        method, openApiRoute: route.openApiRoute, expressRoute: route.expressRoute,
        metadata: {
          expressRoute: route.expressRoute, openApiRoute: route.openApiRoute, serial,
          schema: (apiDoc.paths as any)[pathKey][method], _responseSchema: (apiDocRes?.paths as any)?.[pathKey]?.[method],
        },
      };
    }),
    validateRequest: (req, res, next) => requests.validate(req as any, res as any, next),
    validateResponse: responses as RequestHandler | null,
  };
}

/**
 * The preprocessor resolves each `$ref` by compiling its target with Ajv and reading back the schema it
 * compiled: most of a start's time, for an object the bundled document already holds at that pointer
 * (its own fallback). Every reference in a bundled spec is local, so it is looked up by pointer, once.
 */
function resolveByPointer(preprocessor: SchemaPreprocessor, apiDoc: object) {
  const resolved = new Map<string, unknown>();
  (preprocessor as unknown as { resolveSchema: (schema: any) => unknown }).resolveSchema = (schema) => {
    if (!schema) return null;
    const ref = schema.$ref;
    if (typeof ref !== "string") return schema;
    if (!ref.startsWith("#/")) throw new Error(`${ref}: only references within the spec are supported`);
    if (!resolved.has(ref)) resolved.set(ref, atPointer(apiDoc, ref) ?? null);
    return resolved.get(ref);
  };
}

/** The object a local reference (`#/components/schemas/Save`) points at in `doc`, if any. */
const atPointer = (doc: object, ref: string): unknown =>
  ref.slice(2).split("/").map((token) => token.replaceAll("~1", "/").replaceAll("~0", "~"))
    .reduce<any>((node, token) => node?.[token], doc);

const SCALARS = new Set(["string", "integer", "number", "boolean"]);
/** Operations (their objects in a loaded spec) whose parameters are all plain scalars. */
const plainParameters = new WeakSet<object>();

/**
 * The package's parameter mutator reshapes query values and JSON-encoded parameters into what the
 * schemas describe (arrays, exploded objects, `content` parameters), and to find them it parses the URL
 * with the legacy `url.parse`, splits the query string twice and dereferences every parameter, on every
 * request. A request with no query string, to an operation whose parameters are all plain scalars in the
 * path, headers or query, has nothing to reshape, and skips it (the check is installed once on the
 * package's class).
 */
function skipNothingToReshape(apiDoc: object) {
  const deref = (node: any) => (typeof node?.$ref === "string" ? (atPointer(apiDoc, node.$ref) as any) : node);
  const plain = (parameter: unknown) => {
    const p = deref(parameter);
    return ["path", "header", "query"].includes(p?.in) && !p.content && p.style === undefined && p.explode === undefined && SCALARS.has(deref(p.schema)?.type);
  };
  for (const item of Object.values((apiDoc as { paths?: Record<string, Record<string, any>> }).paths ?? {})) {
    for (const operation of Object.values(item)) {
      if (operation && typeof operation === "object" && (operation.parameters ?? []).every(plain)) plainParameters.add(operation);
    }
  }
  const prototype = RequestParameterMutator.prototype as unknown as { modifyRequest(req: any): void; skipsPlain?: true };
  if (prototype.skipsPlain) return;
  const modify = prototype.modifyRequest;
  prototype.modifyRequest = function (this: unknown, req: { originalUrl: string; openapi: { schema: object } }) {
    if (req.originalUrl.includes("?") || !plainParameters.has(req.openapi.schema)) modify.call(this, req);
  };
  prototype.skipsPlain = true;
}

/** Whether every `$ref` in the spec is local and points at something. */
function referencesResolveWithin(spec: object): boolean {
  const resolves = (node: unknown): boolean => {
    if (Array.isArray(node)) return node.every(resolves);
    if (node === null || typeof node !== "object") return true;
    return Object.entries(node).every(([key, value]) =>
      key === "$ref" ? typeof value === "string" && value.startsWith("#/") && atPointer(spec, value) !== undefined : resolves(value));
  };
  return resolves(spec);
}
