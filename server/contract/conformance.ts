// Checks a response against the spec from the outside: its status is documented for its operation,
// the headers documented as required are present and valid, and a JSON body matches its schema
// (express-openapi-validator checks bodies only on the way out of handlers, not every error path).
import { Ajv2020 } from "ajv/dist/2020.js";
import formats from "ajv-formats";
import { loadAdminSpec, loadSdkSpec, loadServerSpec } from "../app.js";
import { resolveRef, specOperations } from "../http/spec.js";

const ajv = new Ajv2020({ strict: false });
formats.default(ajv);
const specs = [loadSdkSpec() as any, loadServerSpec() as any, loadAdminSpec() as any];
specs.forEach((spec, i) => ajv.addSchema(spec, `spec${i}`));
const pointer = (...parts: string[]) => "#/" + parts.map((p) => p.replace(/~/g, "~0").replace(/\//g, "~1")).join("/");
const routes = specs.flatMap((spec, specIndex) => {
  const deref = (node: any) => resolveRef(spec, node);
  return specOperations(spec).map((op) => ({ ...op, spec, specIndex, deref, pattern: new RegExp(`^${op.path.replace(/\{[^}]+\}/g, "[^/]+")}$`) }));
});

type Route = (typeof routes)[number];

/** The operation a request goes to; static paths win over templated ones (/accounts/import before /accounts/{accountId}). */
export function routeOf(method: string, url: string): Route | undefined {
  const path = url.split("?")[0];
  const candidates = routes.filter((r) => r.method === method.toLowerCase() && r.pattern.test(path));
  return candidates.find((r) => !r.path.includes("{")) ?? candidates[0];
}

export const operationRoute = (operationId: string) => routes.find((r) => r.operationId === operationId);

const validator = (route: Route, ...at: string[]) => ajv.getSchema(`spec${route.specIndex}${pointer(...at)}`)!;

/** Returns the problems with a response to `method path`; empty when it conforms (or the route is not in the spec). */
export function headerProblems(method: string, url: string, status: number, headers: Record<string, string | undefined>, body?: unknown): string[] {
  const route = routeOf(method, url);
  return route ? responseProblems(route, status, headers, body) : [];
}

/** Whether a response conforms to what `route` documents for `status`: the status, required headers (and their values), a JSON body. */
export function responseProblems(route: Route, status: number, headers: Record<string, string | undefined>, body?: unknown): string[] {
  const { deref } = route;
  const declared = route.spec.paths[route.path][route.method].responses[String(status)];
  const response = deref(declared);
  if (!response) return [`${route.operationId} does not document status ${status}`];
  const problems: string[] = [];
  const contentType = headers["content-type"] ?? "";
  if (body !== undefined && contentType.startsWith("application/json") && response.content?.["application/json"]) {
    const at = declared.$ref ? declared.$ref.slice(2).split("/") : ["paths", route.path, route.method, "responses", String(status)];
    const validate = validator(route, ...at, "content", "application/json", "schema");
    if (!validate(body)) problems.push(`${route.operationId} ${status}: body ${ajv.errorsText(validate.errors)}`);
  }
  for (const [name, declared] of Object.entries<any>(response.headers ?? {})) {
    const header = deref(declared);
    const value = headers[name.toLowerCase()];
    if (value === undefined) {
      if (header.required) problems.push(`${route.operationId} ${status}: required header ${name} is missing`);
      continue;
    }
    const typed = header.schema.type === "integer" && /^-?\d+$/.test(value) ? Number(value) : value;
    if (!ajv.validate(header.schema, typed)) problems.push(`${route.operationId} ${status}: header ${name}: ${JSON.stringify(value)} ${ajv.errorsText()}`);
  }
  return problems;
}

/** Whether a JSON request body matches the operation's request schema. */
export function requestBodyProblems(route: Route, body: unknown): string[] {
  const media = route.deref(route.spec.paths[route.path][route.method].requestBody)?.content?.["application/json"];
  if (!media) return body === undefined ? [] : [`${route.operationId} takes no JSON body`];
  const validate = validator(route, "paths", route.path, route.method, "requestBody", "content", "application/json", "schema");
  return validate(body) ? [] : [`${route.operationId} request: body ${ajv.errorsText(validate.errors)}`];
}
