// Checks what express-openapi-validator does not: that a response's status is documented for its
// operation and that the headers documented as required are present and valid.
import { Ajv2020 } from "ajv/dist/2020.js";
import { loadSdkSpec, loadServerSpec } from "../server/app.js";
import { specOperations } from "../server/http/mount.js";

const ajv = new Ajv2020({ strict: false });
const routes = [loadSdkSpec() as any, loadServerSpec() as any].flatMap((spec) => {
  const deref = (node: any): any => (node?.$ref ? deref(node.$ref.slice(2).split("/").reduce((o: any, k: string) => o[k], spec)) : node);
  return specOperations(spec).map((op) => ({ ...op, spec, deref, pattern: new RegExp(`^${op.path.replace(/\{[^}]+\}/g, "[^/]+")}$`) }));
});

/** Returns the problems with a response to `method path`; empty when it conforms (or the route is not in the spec). */
export function headerProblems(method: string, url: string, status: number, headers: Record<string, string | undefined>): string[] {
  const path = url.split("?")[0];
  // Static paths win over templated ones (/accounts/import before /accounts/{accountId}).
  const candidates = routes.filter((r) => r.method === method.toLowerCase() && r.pattern.test(path));
  const route = candidates.find((r) => !r.path.includes("{")) ?? candidates[0];
  if (!route) return [];
  const { deref } = route;
  const response = deref(route.spec.paths[route.path][route.method].responses[String(status)]);
  if (!response) return [`${route.operationId} does not document status ${status}`];
  const problems: string[] = [];
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
