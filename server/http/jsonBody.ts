// The JSON body parser, with the bounds a public API needs before any schema validation runs:
// a size cap on the raw bytes, a nesting cap (scanned iteratively, so a hostile body cannot exhaust
// the stack of a recursive validator), and well-formed strings only (a lone surrogate cannot be
// stored or re-encoded faithfully).
import express from "express";
import { invalidRequest } from "../domain/errors.js";

export const MAX_BODY_NESTING = 80;

/** The deepest nesting of arrays and objects in raw JSON text, ignoring brackets inside strings. */
export function jsonNesting(text: string, stopAbove: number): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > deepest && (deepest = depth) > stopAbove) return deepest;
    } else if (c === 93 || c === 125) depth--;
  }
  return deepest;
}

export function jsonBodyParser(limitBytes: number) {
  return express.json({
    limit: limitBytes,
    strict: true,
    verify: (_req, _res, buffer) => {
      if (jsonNesting(buffer.toString("utf8"), MAX_BODY_NESTING) > MAX_BODY_NESTING) {
        throw invalidRequest(`the request body nests deeper than ${MAX_BODY_NESTING} levels`, { field: "body", reason: "too_deep", maxDepth: MAX_BODY_NESTING });
      }
    },
    reviver: (key, value) => {
      if ((typeof value === "string" && !value.isWellFormed()) || !key.isWellFormed()) {
        throw invalidRequest("strings must be well-formed Unicode (no lone surrogates)", { field: "body", reason: "ill_formed_unicode" });
      }
      return value;
    },
  });
}
