// The body parser's scan of raw JSON (server/http/jsonBody.ts), against the values it came from: the
// nesting it reports is the value's, and a lone surrogate written as an escape is always caught.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { scanJson } from "../../server/http/jsonBody.js";
import { nestingDepth } from "../../server/domain/payload.js";

// JSON.stringify escapes lone surrogates (\udXXX) and keeps pairs as they are; these write both as escapes.
const asciiOnly = (text: string) => text.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);

describe("scanJson", () => {
  it("reports the nesting of any JSON value, written plainly or with every non-ASCII character escaped", () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
      const text = JSON.stringify(value);
      for (const written of [text, asciiOnly(text)]) {
        expect(scanJson(written, 100)).toEqual({ depth: nestingDepth(value), loneSurrogate: false });
      }
    }), { numRuns: 500 });
  });

  it("finds a lone surrogate escape anywhere, and takes escaped quotes and backslashes for what they are", () => {
    fc.assert(fc.property(fc.string(), fc.string(), fc.constantFrom("\\ud800", "\\udfff", "\\ud83d\\u0041", "\\ud83dx"), (before, after, lone) => {
      const text = `{"a":[${JSON.stringify(before)}],"b":"${JSON.stringify(after).slice(1, -1)}${lone}"}`;
      expect(scanJson(text, 100)).toEqual({ depth: expect.any(Number), loneSurrogate: true });
    }), { numRuns: 300 });
    expect(scanJson(String.raw`{"a":"\"[[[\\","b":[["\ud83d\ude00"]]}`, 100)).toEqual({ depth: 3, loneSurrogate: false });
    expect(scanJson(`[${"[".repeat(90)}`, 80).depth).toBeGreaterThan(80);
  });
});
