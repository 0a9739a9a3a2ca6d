// A save's canonical JSON (RFC 8785) is what the canonicalize library writes, whichever path made it:
// JSON.stringify when the keys are already in canonical order, the library otherwise.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import canonicalize from "canonicalize";
import { canonicalJson } from "../../server/domain/payload.js";

/** The value with every object's keys inserted in canonical order (what a client re-sending a loaded save has). */
const sorted = (value: unknown): unknown =>
  Array.isArray(value) ? value.map(sorted)
    : value && typeof value === "object" ? Object.fromEntries(Object.keys(value).sort().map((k) => [k, sorted((value as Record<string, unknown>)[k])]))
    : value;

describe("canonicalJson", () => {
  it("writes what the canonicalize library writes, for keys in any order or already sorted", () => {
    const keyish = fc.oneof(fc.string(), fc.constantFrom("1", "2", "10", "é", "\u{1F600}", "\uff61", "a", "B"));
    const value = fc.jsonValue({ maxDepth: 5 }).chain((v) => fc.dictionary(keyish, fc.constant(v), { maxKeys: 4 }).map((d) => [v, d]));
    fc.assert(fc.property(value, (v) => {
      for (const candidate of [v, sorted(v)]) expect(canonicalJson("data", candidate)).toBe(canonicalize(candidate));
    }), { numRuns: 500 });
    expect(canonicalJson("data", { "10": 1, "2": 2, "1": 3 })).toBe('{"1":3,"10":1,"2":2}');
  });
});
