// The id source (Deps.random): the system's for servers, a seeded one for the docs recorder, so that
// re-recording the pages yields the same ids, keys and tokens.
import { describe, expect, it } from "vitest";
import { seededRandomness, systemRandomness } from "../../server/domain/randomness.js";
import { newAccountId, newApiKey } from "../../server/domain/secrets.js";

describe("randomness", () => {
  it("repeats a seeded stream exactly, and differs by seed", () => {
    const draw = (seed: string) => {
      const r = seededRandomness(seed);
      return [newAccountId(r), newApiKey(r, "runtime", "development").key, r.uuid(), r.int(36), r.bytes(40).toString("hex")];
    };
    expect(draw("docs")).toEqual(draw("docs"));
    expect(draw("docs")[0]).not.toBe(draw("other")[0]);
    expect(draw("docs")[2]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(draw("docs")[4]).toHaveLength(80);
  });

  it("draws integers below the bound, covering it", () => {
    const r = seededRandomness("ints");
    const seen = new Set(Array.from({ length: 2000 }, () => r.int(32)));
    expect([...seen].every((n) => n >= 0 && n < 32)).toBe(true);
    expect(seen.size).toBe(32);
  });

  it("never repeats from the system's source", () => {
    expect(newAccountId(systemRandomness)).not.toBe(newAccountId(systemRandomness));
  });
});
