// The spec's own promises: conventions every operation keeps, and examples that match their schemas.
import { readFileSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import { Ajv2020 } from "ajv/dist/2020.js";
import formats from "ajv-formats";
import { loadAdminSpec, loadSdkSpec, loadServerSpec } from "../../server/app.js";
import { resolveRef, specOperations } from "../../server/http/spec.js";

const pointer = (...parts: string[]) => "#/" + parts.map((p) => p.replace(/~/g, "~0").replace(/\//g, "~1")).join("/");

interface ExampleCase {
  where: string;
  schemaRef: string;
  value: unknown;
}

function exampleCases(spec: any, deref: (node: any) => any): ExampleCase[] {
  const cases: ExampleCase[] = [];
  for (const op of specOperations(spec)) {
    const operation = spec.paths[op.path][op.method];
    const base = ["paths", op.path, op.method];
    const media = operation.requestBody?.content?.["application/json"];
    for (const [name, example] of Object.entries(media?.examples ?? {})) {
      cases.push({ where: `${op.operationId} request ${name}`, schemaRef: pointer(...base, "requestBody", "content", "application/json", "schema"), value: deref(example).value });
    }
    for (const [status, response] of Object.entries<any>(operation.responses)) {
      const resolved = deref(response);
      const responsePath = response.$ref ? response.$ref.slice(2).split("/") : [...base, "responses", status];
      for (const [name, example] of Object.entries(resolved.content?.["application/json"]?.examples ?? {})) {
        cases.push({ where: `${op.operationId} ${status} ${name}`, schemaRef: pointer(...responsePath, "content", "application/json", "schema"), value: deref(example).value });
      }
    }
  }
  return cases;
}

describe.each([
  ["spec/openapi.sdk.json", loadSdkSpec()],
  ["spec/openapi.server.json", loadServerSpec()],
  ["spec/openapi.admin.json", loadAdminSpec()],
])("%s", (name, loaded) => {
  const spec = loaded as any;
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  formats.default(ajv);
  ajv.addSchema(spec, name);
  const deref = (node: any) => resolveRef(spec, node);
  const operations = specOperations(spec);

  it("gives every operation a unique camelCase id, a tag, a summary and a 5xx", () => {
    const ids = operations.map((o) => o.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const op of operations) {
      const operation = spec.paths[op.path][op.method];
      expect(op.operationId, op.path).toMatch(/^[a-z][A-Za-z]+$/);
      expect(operation.tags?.length, op.operationId).toBe(1);
      expect(operation.summary, op.operationId).toBeTruthy();
      expect(operation.responses["500"], op.operationId).toBeDefined();
    }
  });

  it("gives each request example its own idempotency key, so the examples replayed in order never collide", () => {
    const keys = exampleCases(spec, deref).filter((c) => c.where.includes(" request ")).map((c) => (c.value as { idempotencyKey?: string })?.idempotencyKey).filter(Boolean);
    expect(keys.length).toBeGreaterThan(0);
    expect(new Set(keys).size).toBe(keys.length);
  });

  // Generators name types after components: every error response, its union and each error body
  // must be a named component, never an inline allOf or oneOf they would have to invent names for.
  it("gives every non-2xx response a named component whose errors are named envelopes discriminated on error.code", () => {
    const refName = (node: any, kind: string) => node?.$ref?.startsWith(`#/components/${kind}/`) ? node.$ref.split("/").pop() : undefined;
    for (const op of operations) {
      for (const [status, response] of Object.entries<any>(spec.paths[op.path][op.method].responses)) {
        if (status.startsWith("2")) continue;
        const where = `${op.operationId} ${status}`;
        expect(refName(response, "responses"), where).toBeDefined();
        const schemaRef = deref(response).content["application/json"].schema;
        expect(refName(schemaRef, "schemas"), where).toBeDefined();
        const schema = deref(schemaRef);
        expect(schema.allOf, where).toBeUndefined();
        for (const member of schema.anyOf ?? schema.oneOf ?? [schemaRef]) {
          const name = refName(member, "schemas");
          expect(name, where).toBeDefined();
          const envelope = deref(member);
          expect(envelope.required, name).toEqual(["error"]);
          const body = deref(envelope.properties.error);
          expect(refName(envelope.properties.error, "schemas"), name).toBeDefined();
          expect(body.required, name).toEqual(["code", "message", "details", "requestId"]);
          expect(body.properties.message, name).toEqual({ $ref: "#/components/schemas/ErrorMessage" });
          expect(body.properties.requestId, name).toEqual({ $ref: "#/components/schemas/RequestId" });
          expect(typeof body.properties.code.const, name).toBe("string");
        }
      }
    }
  });

  it("keeps parameter, schema and response component names apart, so no generated type names itself", () => {
    const { parameters = {}, schemas = {}, responses = {} } = spec.components;
    const names = [...Object.keys(parameters), ...Object.keys(schemas), ...Object.keys(responses)];
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });

  it("declares the deprecation headers on every response of a deprecated operation", () => {
    for (const op of operations.filter((o) => spec.paths[o.path][o.method].deprecated)) {
      for (const [status, response] of Object.entries<any>(spec.paths[op.path][op.method].responses)) {
        expect(Object.keys(deref(response).headers ?? {}), `${op.operationId} ${status}`).toEqual(expect.arrayContaining(["Deprecation", "Sunset", "Link"]));
      }
    }
  });

  it.skipIf(!spec.components.schemas.SlotData)("declares SlotData as exactly any JSON value, null included: no type, no constraint (what generators read as any value)", () => {
    const constraints = Object.keys(spec.components.schemas.SlotData).filter((k) => !["description", "examples", "title"].includes(k));
    expect(constraints).toEqual([]);
  });

  it("closes every request body to unknown fields and gives it examples", () => {
    for (const op of operations) {
      const media = spec.paths[op.path][op.method].requestBody?.content?.["application/json"];
      if (!media) continue;
      expect(deref(media.schema).additionalProperties, op.operationId).toBe(false);
      expect(Object.keys(media.examples ?? {}).length, op.operationId).toBeGreaterThan(0);
    }
  });

  it("accepts an idempotencyKey on every POST (the client stamps one on each), unless the operation says why not", () => {
    for (const op of operations.filter((o) => o.method === "post" && spec.paths[o.path][o.method]["x-persistly-idempotency"] !== "none")) {
      const media = spec.paths[op.path][op.method].requestBody?.content?.["application/json"];
      expect(deref(media?.schema)?.properties?.idempotencyKey, op.operationId).toEqual({ $ref: "#/components/schemas/IdempotencyKey" });
    }
  });

  it("documents the idempotency refusals (409 idempotency_conflict and idempotency_in_progress) wherever a key is taken", () => {
    const codes = (node: any): string[] => {
      const schema = deref(node);
      if (!schema || typeof schema !== "object") return [];
      const nested = ["anyOf", "oneOf", "allOf"].flatMap((k) => (schema[k] ?? []).flatMap(codes));
      const code = deref(deref(schema.properties?.error)?.properties?.code);
      return [...nested, ...(code?.const ? [code.const] : code?.enum ?? [])];
    };
    for (const op of operations.filter((o) => o.method === "post" && spec.paths[o.path][o.method]["x-persistly-idempotency"] !== "none")) {
      const conflict = deref(spec.paths[op.path][op.method].responses["409"]);
      expect(codes(conflict?.content?.["application/json"]?.schema), `${op.operationId} 409`).toEqual(expect.arrayContaining(["idempotency_conflict", "idempotency_in_progress"]));
    }
  });

  it("links only to operations it has, naming their parameters, from values its answers and requests hold", () => {
    const byId = new Map(Object.entries<any>(spec.paths).flatMap(([path, item]) =>
      Object.values<any>(item).filter((op) => op?.operationId).map((op) => [op.operationId, { ...op, path }])));
    /** The schema a JSON pointer reaches inside `schema`, through properties and array items. */
    const reach = (schema: any, tokens: string[]): any => {
      const at = deref(schema);
      if (tokens.length === 0) return at;
      const [token, ...rest] = tokens;
      const next = /^\d+$/.test(token) ? at?.items : at?.properties?.[token];
      return next === undefined ? undefined : reach(next, rest);
    };
    let links = 0;
    for (const op of byId.values()) {
      for (const [status, declared] of Object.entries<any>(op.responses)) {
        for (const [name, link] of Object.entries<any>(deref(declared).links ?? {})) {
          const where = `${op.operationId} ${status} ${name}`;
          const target = byId.get(link.operationId);
          expect(target, `${where}: no operation ${link.operationId}`).toBeDefined();
          const paramsOf = (o: any) => [...(spec.paths[o.path].parameters ?? []), ...(o.parameters ?? [])].map(deref);
          const targetParams = paramsOf(target).map((p: any) => p.name);
          const sourcePath = paramsOf(op).filter((p: any) => p.in === "path").map((p: any) => p.name);
          // No requestBody: openapi-generator's parser refuses one that is an object of expressions.
          expect(link.requestBody, where).toBeUndefined();
          const values = Object.entries<string>(link.parameters ?? {});
          for (const [param] of values) expect(targetParams, `${where}: ${link.operationId} has no parameter ${param}`).toContain(param);
          for (const [, expression] of values) {
            const body = /^\$response\.body#\/(.+)$/.exec(expression);
            const path = /^\$request\.path\.(.+)$/.exec(expression);
            if (body) expect(reach(deref(declared).content["application/json"].schema, body[1].split("/")), `${where}: ${expression}`).toBeDefined();
            else if (path) expect(sourcePath, `${where}: ${expression}`).toContain(path[1]);
            else throw new Error(`${where}: ${expression} is neither $response.body#/… nor $request.path.…`);
          }
          links++;
        }
      }
    }
    if (!name.includes("admin")) expect(links).toBeGreaterThan(10);
  });

  it("gives every response with a body at least one example", () => {
    for (const op of operations) {
      for (const [status, response] of Object.entries<any>(spec.paths[op.path][op.method].responses)) {
        for (const [type, media] of Object.entries<any>(deref(response).content ?? {})) {
          expect(Object.keys(media.examples ?? {}).length, `${op.operationId} ${status} ${type}`).toBeGreaterThan(0);
        }
      }
    }
  });

  it.each(exampleCases(spec, deref).map((c) => [c.where, c] as const))("example %s matches its schema", (_where, c) => {
    const validate = ajv.getSchema(`${name}${c.schemaRef}`)!;
    const valid = validate(c.value);
    expect(valid ? [] : validate.errors).toEqual([]);
  });
});

describe("the three specs", () => {
  it("are bundled from sources that write each shared part once", () => {
    const source = (name: string) => JSON.parse(readFileSync(`spec/src/${name}.json`, "utf8"));
    const shared = source("shared").components as Record<string, Record<string, unknown>>;
    expect(Object.keys(shared.schemas)).toEqual(expect.arrayContaining(["ErrorMessage", "ErrorDetails", "RequestId", "Slot", "Account", "IdempotencyKey"]));
    const published = { sdk: loadSdkSpec(), server: loadServerSpec(), admin: loadAdminSpec() } as Record<string, any>;
    // A part with every reference followed: two surfaces' parts of one name are copies when these are equal.
    const meaning = (spec: any, value: unknown, seen: string[] = []): unknown => {
      if (Array.isArray(value)) return value.map((v) => meaning(spec, v, seen));
      if (!value || typeof value !== "object") return value;
      const ref = (value as { $ref?: string }).$ref;
      if (ref) return seen.includes(ref) ? ref : meaning(spec, resolveRef(spec, { $ref: ref }), [...seen, ref]);
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, meaning(spec, v, seen)]));
    };
    const copies: string[] = [];
    const surfaces = Object.keys(published);
    for (const [i, a] of surfaces.entries()) {
      for (const [kind, named] of Object.entries(source(a).components as Record<string, Record<string, unknown>>)) {
        for (const name of Object.keys(named)) {
          if (shared[kind]?.[name] !== undefined) copies.push(`${a} redefines shared ${kind}/${name}`);
          for (const b of surfaces.slice(i + 1)) {
            const other = source(b).components[kind]?.[name];
            if (other !== undefined && isDeepStrictEqual(meaning(published[a], named[name]), meaning(published[b], other))) copies.push(`${kind}/${name} in ${a} and ${b}`);
          }
        }
      }
    }
    expect(copies).toEqual([]);
  });

  it("publish no implementation hints: every x-persistly extension is one a client can act on", () => {
    // How the server runs a handler (its transaction, audit, reads) is said next to the handler
    // (RunOptions in server/http/types.ts), not in the published contract.
    const contract = new Set(["x-persistly-idempotency", "x-persistly-events", "x-persistly-cors", "x-persistly-path-aliases", "x-persistly-role"]);
    const found = new Set<string>();
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) { if (k.startsWith("x-persistly-")) found.add(k); walk(x); }
    };
    [loadSdkSpec(), loadServerSpec(), loadAdminSpec()].forEach(walk);
    expect([...found].filter((k) => !contract.has(k))).toEqual([]);
  });

  it("carry no validator-specific extension (x-eov-*): the validator's hints are added to its own copy", () => {
    const found = new Set<string>();
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) { if (k.startsWith("x-eov-")) found.add(k); walk(x); }
    };
    [loadSdkSpec(), loadServerSpec(), loadAdminSpec()].forEach(walk);
    expect([...found]).toEqual([]);
  });

  it("spell every const as a one-value enum too (generators that know only enum keep the value)", () => {
    const lone: string[] = [];
    const walk = (v: unknown, where: string): void => {
      if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${where}/${i}`));
      else if (v && typeof v === "object") {
        const node = v as Record<string, unknown>;
        if ("const" in node && typeof node.const !== "object" && JSON.stringify(node.enum) !== JSON.stringify([node.const])) lone.push(where);
        for (const [k, x] of Object.entries(node)) walk(x, `${where}/${k}`);
      }
    };
    walk(loadSdkSpec().components, "sdk");
    walk(loadServerSpec().components, "server");
    walk(loadAdminSpec().components, "admin");
    expect(lone).toEqual([]);
  });

  it("give every operation a unique id across all surfaces", () => {
    const ids = [loadSdkSpec(), loadServerSpec(), loadAdminSpec()].flatMap((s) => specOperations(s).map((o) => o.operationId));
    expect(new Set(ids).size).toBe(ids.length);
  });
});
