// The JSON body parser, with the bounds a public API needs before any schema validation runs:
// a size cap on the raw bytes, a nesting cap (scanned iteratively, so a hostile body cannot exhaust
// the stack of a recursive validator), and well-formed strings only (a lone surrogate cannot be
// stored or re-encoded faithfully). Both are checked on the raw text, in one pass, before parsing.
import express from "express";
import { invalidRequest } from "../domain/errors.js";

export const MAX_BODY_NESTING = 80;

const hexAt = (text: string, i: number) => (/^[0-9a-fA-F]{4}$/.test(text.slice(i, i + 4)) ? parseInt(text.slice(i, i + 4), 16) : -1);
const isHigh = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLow = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

/** Scans raw JSON text: the deepest nesting of arrays and objects, and whether a `\u` escape leaves a lone surrogate. */
export function scanJson(text: string, stopAbove: number): { depth: number; loneSurrogate: boolean } {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 34) inString = false;
      else if (c === 92) {
        if (text.charCodeAt(i + 1) === 117) {
          const unit = hexAt(text, i + 2);
          if (isLow(unit)) return { depth: deepest, loneSurrogate: true };
          if (isHigh(unit)) {
            if (text.charCodeAt(i + 6) !== 92 || text.charCodeAt(i + 7) !== 117 || !isLow(hexAt(text, i + 8))) return { depth: deepest, loneSurrogate: true };
            i += 6;
          }
          i += 5;
        } else i++;
      }
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > deepest && (deepest = depth) > stopAbove) return { depth: deepest, loneSurrogate: false };
    } else if (c === 93 || c === 125) depth--;
  }
  return { depth: deepest, loneSurrogate: false };
}

export function jsonBodyParser(limitBytes: number) {
  return express.json({
    limit: limitBytes,
    strict: true,
    verify: (req, _res, buffer) => {
      const scan = scanJson(buffer.toString("utf8"), MAX_BODY_NESTING);
      if (scan.depth > MAX_BODY_NESTING) {
        (req as { bodyRefusal?: unknown }).bodyRefusal = invalidRequest(`the request body nests deeper than ${MAX_BODY_NESTING} levels`, { field: "body", reason: "too_deep", maxDepth: MAX_BODY_NESTING });
      } else if (scan.loneSurrogate) {
        (req as { bodyRefusal?: unknown }).bodyRefusal = invalidRequest("strings must be well-formed Unicode (no lone surrogates)", { field: "body", reason: "ill_formed_unicode" });
      }
      if ((req as { bodyRefusal?: unknown }).bodyRefusal) throw new Error("refused before parsing");
    },
  });
}
