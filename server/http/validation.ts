// Stage 4 of a request: validation against the spec, with express-openapi-validator's validators bound
// to each operation's route at start-up (http/validatorAdapter.ts). A spec is loaded and its validators
// compiled once per process, however many apps serve it (tests start many).
import type { Request, RequestHandler } from "express";
import { loadSpec, openApiProblems, type LoadedSpec, type ResponseProblemHandler } from "./validatorAdapter.js";
import { invalidRequest } from "../domain/errors.js";

export interface OperationValidation {
  /** The operation's path in Express syntax (`/sdk/v1/accounts/:accountId`). */
  expressRoute: string;
  /** Validates the request (parameters, headers, body) and, when asked, the JSON response. */
  handlers: RequestHandler[];
}

export interface SurfaceValidation {
  operation(method: string, path: string): OperationValidation;
}

/**
 * What the schemas cannot say about parameters: the validator coerces `1e400` in a path or query to
 * Infinity and lets it past `maximum` (no integer parameter means that), and a `%00` decodes to U+0000,
 * which PostgreSQL's text cannot hold. Both are refused here, on both engines alike.
 */
const storableParameters: RequestHandler = (req, _res, next) => {
  const issues = (["query", "params"] as const).flatMap((where) =>
    Object.entries((req[where] ?? {}) as Record<string, unknown>).flatMap(([name, value]) => {
      const path = `/${where === "params" ? "path" : "query"}/${name}`;
      if (typeof value === "number" && !Number.isFinite(value)) return [{ path, message: "must be a finite number, written in digits" }];
      if ([value].flat().some((v) => typeof v === "string" && v.includes("\u0000"))) return [{ path, message: "cannot contain U+0000 (%00)" }];
      return [];
    }));
  next(issues.length ? invalidRequest(`${issues[0].path}: ${issues[0].message}`, { issues }) : undefined);
};

/** A response that breaks the spec reaches the handler the app registered (`app.locals.onResponseProblem`). */
const toApp: ResponseProblemHandler = (err, body, req) => (req.app.locals.onResponseProblem as ResponseProblemHandler)(err, body, req);

const loaded = new WeakMap<object, Map<boolean, Promise<LoadedSpec>>>();
const checked = new WeakSet<object>();

/** Refuses a document the OpenAPI schema rejects, naming the problems. */
export function assertValidSpec(spec: object & { openapi?: string }, name: string): void {
  if (checked.has(spec)) return;
  const problems = openApiProblems(spec);
  if (problems.length) throw new Error(`${name} is not a valid OpenAPI document: ${problems.join("; ")}`);
  checked.add(spec);
}

export async function loadValidation(spec: object, name: string, validateResponses: boolean): Promise<SurfaceValidation> {
  if (!loaded.has(spec)) loaded.set(spec, new Map());
  const bySetting = loaded.get(spec)!;
  if (!bySetting.has(validateResponses)) bySetting.set(validateResponses, loadSpec(spec, validateResponses ? toApp : null));
  let compiled: LoadedSpec;
  try {
    compiled = await bySetting.get(validateResponses)!;
  } catch (error) {
    bySetting.delete(validateResponses);
    throw new Error(`${name} cannot be loaded: ${(error as Error).message}`);
  }
  const { routes, validateRequest, validateResponse } = compiled;
  return {
    operation(method, path) {
      const route = routes.find((r) => r.openApiRoute === path && r.method === method.toLowerCase());
      if (!route) throw new Error(`${name}: ${method.toUpperCase()} ${path} was not loaded`);
      const tag: RequestHandler = (req, _res, next) => {
        (req as Request & { openapi?: unknown }).openapi = { ...route.metadata, pathParams: { ...req.params } };
        next();
      };
      return { expressRoute: route.expressRoute, handlers: validateResponse ? [tag, validateRequest, storableParameters, validateResponse] : [tag, validateRequest, storableParameters] };
    },
  };
}
