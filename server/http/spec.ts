// Reading a spec: its operations, their credentials, parameters and request bodies. The route table
// and the tests are derived from this, never from hand-kept lists.
const METHODS = ["get", "put", "post", "delete", "patch", "options", "head", "trace"] as const;
export type Method = (typeof METHODS)[number];

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
  /** Prefixes served by the same routes as another (`/api/v1` for `/sdk/v1`). */
  "x-persistly-path-aliases"?: Array<{ prefix: string; aliasOf: string }>;
};

export function specOperations(spec: OpenApiDocument): SpecOperation[] {
  return Object.entries(spec.paths).flatMap(([path, item]) =>
    METHODS.filter((m) => item[m]).map((method) => {
      const op = item[method]!;
      if (!op.operationId) throw new Error(`${method.toUpperCase()} ${path} has no operationId`);
      return { operationId: op.operationId, method, path, security: op.security ?? spec.security ?? [] };
    }),
  );
}

/** The paths an operation's route answers on: its own, and each alias of its prefix the spec declares. */
export function routePaths(spec: OpenApiDocument, path: string): string[] {
  const aliases = (spec["x-persistly-path-aliases"] ?? []).filter((a) => path.startsWith(`${a.aliasOf}/`));
  return [path, ...aliases.map((a) => a.prefix + path.slice(a.aliasOf.length))];
}

/** Maps a request path under a declared alias back to the operation's own prefix (`/api/v1/x` → `/sdk/v1/x`). */
export function canonicalPath(spec: OpenApiDocument): (path: string) => string {
  const aliases = spec["x-persistly-path-aliases"] ?? [];
  return (path) => {
    const alias = aliases.find((a) => path.startsWith(`${a.prefix}/`));
    return alias ? alias.aliasOf + path.slice(alias.prefix.length) : path;
  };
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

/** Follows a local `$ref` (JSON pointer into the same document) until it reaches a node that is not one. */
export function resolveRef(spec: object, node: any): any {
  while (node?.$ref) {
    node = node.$ref.slice(2).split("/").reduce((o: any, k: string) => o?.[k.replace(/~1/g, "/").replace(/~0/g, "~")], spec);
  }
  return node;
}

/** Whether the operation's JSON request body declares `idempotencyKey`. */
export function declaresIdempotencyKey(spec: OpenApiDocument, op: SpecOperation): boolean {
  const deref = (node: any) => resolveRef(spec, node);
  const operation: any = spec.paths[op.path][op.method];
  const schema = deref(deref(operation.requestBody)?.content?.["application/json"]?.schema);
  return Boolean(schema?.properties?.idempotencyKey);
}

/** Whether the operation's request body may be left out (declared, and not `required`). */
export function declaresOptionalBody(spec: OpenApiDocument, op: SpecOperation): boolean {
  const body = resolveRef(spec, (spec.paths[op.path][op.method] as any).requestBody);
  return body !== undefined && body.required !== true;
}

/** The names of the operation's header parameters. */
export function headerNames(spec: OpenApiDocument, op: SpecOperation): string[] {
  const item: any = spec.paths[op.path];
  return [...(item.parameters ?? []), ...(item[op.method].parameters ?? [])].map((p) => resolveRef(spec, p)).filter((p) => p.in === "header").map((p) => p.name);
}

/** A mutation is anything but a read; it runs in a transaction. */
export const isMutation = (op: SpecOperation) => op.method !== "get" && op.method !== "head";
