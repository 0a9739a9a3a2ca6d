// The spec's own promises: conventions every operation keeps, and examples that match their schemas.
import { describe, expect, it } from "vitest";
import { Ajv2020 } from "ajv/dist/2020.js";
import formats from "ajv-formats";
import { loadSdkSpec, loadServerSpec } from "../../server/app.js";
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

  it("documents the error envelope on every non-2xx response", () => {
    for (const op of operations) {
      for (const [status, response] of Object.entries<any>(spec.paths[op.path][op.method].responses)) {
        if (status.startsWith("2")) continue;
        const schema = deref(deref(response).content["application/json"].schema);
        const members = schema.oneOf ? schema.oneOf.map(deref) : [schema];
        for (const member of members) expect(member.allOf?.[0]?.$ref, `${op.operationId} ${status}`).toBe("#/components/schemas/ErrorEnvelope");
      }
    }
  });

  it("closes every request body to unknown fields and gives it examples", () => {
    for (const op of operations) {
      const media = spec.paths[op.path][op.method].requestBody?.content?.["application/json"];
      if (!media) continue;
      expect(deref(media.schema).additionalProperties, op.operationId).toBe(false);
      expect(Object.keys(media.examples ?? {}).length, op.operationId).toBeGreaterThan(0);
    }
  });

  it("accepts an idempotencyKey on every POST (the client stamps one on each)", () => {
    for (const op of operations.filter((o) => o.method === "post")) {
      const media = spec.paths[op.path][op.method].requestBody?.content?.["application/json"];
      expect(deref(media?.schema)?.properties?.idempotencyKey, op.operationId).toEqual({ $ref: "#/components/schemas/IdempotencyKey" });
    }
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

describe("the two specs", () => {
  it("share their common schemas verbatim", () => {
    const sdkSchemas = (loadSdkSpec() as any).components.schemas;
    const serverSchemas = (loadServerSpec() as any).components.schemas;
    const shared = Object.keys(sdkSchemas).filter((n) => n in serverSchemas);
    expect(shared).toEqual(expect.arrayContaining(["ErrorEnvelope", "ErrorBody", "Slot", "SlotSummary", "Account", "IdempotencyKey", "StorageLimitExceededError"]));
    for (const name of shared) expect(serverSchemas[name], name).toEqual(sdkSchemas[name]);
  });

  it("give every operation a unique id across both surfaces", () => {
    const ids = [loadSdkSpec(), loadServerSpec()].flatMap((s) => specOperations(s).map((o) => o.operationId));
    expect(new Set(ids).size).toBe(ids.length);
  });
});
