// fast-check arbitraries built from the specs' own JSON Schemas: the inputs the fuzz test sends.
import fc from "fast-check";
import { resolveRef } from "../../server/http/spec.js";

type Schema = Record<string, any>;

export function schemaArbitrary(spec: Schema, schema: Schema, depth = 0): fc.Arbitrary<unknown> {
  if (schema.$ref) return schemaArbitrary(spec, resolveRef(spec, schema), depth);
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  if (schema.oneOf) return fc.oneof(...schema.oneOf.map((s: Schema) => schemaArbitrary(spec, s, depth + 1)));
  if (Array.isArray(schema.type)) return fc.oneof(...schema.type.map((t: string) => schemaArbitrary(spec, { ...schema, type: t }, depth)));
  switch (schema.type) {
    case "null":
      return fc.constant(null);
    case "boolean":
      return fc.boolean();
    case "integer":
      return fc.integer({ min: schema.minimum ?? -1000, max: Math.min(schema.maximum ?? 1_000_000, 2 ** 31 - 1) });
    case "string":
      return stringArbitrary(schema);
    case "array":
      return fc.array(schemaArbitrary(spec, schema.items ?? {}, depth + 1), { minLength: schema.minItems ?? 0, maxLength: Math.min(schema.maxItems ?? 4, 4) });
    case "object": {
      const properties: Record<string, Schema> = schema.properties ?? {};
      if (Object.keys(properties).length === 0) return fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 });
      const record: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [name, property] of Object.entries(properties)) record[name] = schemaArbitrary(spec, property, depth + 1);
      return fc.record(record, { requiredKeys: schema.required ?? [] });
    }
    default:
      // No type: any JSON (slot data).
      return fc.jsonValue({ maxDepth: 3 });
  }
}

function stringArbitrary(schema: Schema): fc.Arbitrary<string> {
  const min = schema.minLength ?? 0;
  const max = schema.maxLength ?? (schema.pattern ? Infinity : 40);
  if (schema.format === "date-time") return fc.date({ min: new Date(0), max: new Date(4e12), noInvalidDate: true }).map((d) => d.toISOString());
  if (schema.pattern) {
    // `[class]+` patterns get their length bounds, so the generator does not have to guess them.
    const pattern = min > 1 ? schema.pattern.replace(/\]\+\$$/, `]{${min},${Math.min(max, min + 24)}}$`) : schema.pattern;
    return fc.stringMatching(new RegExp(pattern)).filter((s) => s.length >= min && s.length <= max);
  }
  return fc.string({ minLength: min, maxLength: Math.min(max, min + 40), unit: "grapheme" });
}
