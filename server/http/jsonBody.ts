// The JSON body parser, with the bounds a public API needs before any schema validation runs, cheapest
// first: the charset (UTF-8 only) and the byte count (the caller's plan bounds it, so the work a
// request can cause is bounded by what its plan may store) before reading; then, on the raw bytes,
// well-formed UTF-8, a nesting cap (scanned iteratively, so a hostile body cannot exhaust the stack of a
// recursive validator) and well-formed strings (a lone surrogate cannot be stored or re-encoded
// faithfully); only then parsing.
import express, { type Request, type RequestHandler, type Response } from "express";
import { isUtf8 } from "node:buffer";
import { ApiError, invalidRequest } from "../domain/errors.js";
import type { PlanLimits } from "../domain/plans.js";
export const MAX_BODY_NESTING = 80;

const hexAt = (text: string, i: number) => (/^[0-9a-fA-F]{4}$/.test(text.slice(i, i + 4)) ? parseInt(text.slice(i, i + 4), 16) : -1);
const isHigh = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLow = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

/**
 * Scans raw JSON text: the deepest nesting of arrays and objects, and whether a `\u` escape leaves a lone
 * surrogate or writes U+0000 (which PostgreSQL's text cannot hold: refused on both engines alike). Inside strings it jumps from quote to quote with indexOf (a save is mostly long strings);
 * only escapes are looked at one by one.
 */
export function scanJson(text: string, stopAbove: number): { depth: number; loneSurrogate: boolean; nul?: true } {
  let depth = 0;
  let deepest = 0;
  let nextEscape = text.indexOf("\\");
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      // A string: find its closing quote, dealing with each escape before it.
      for (let from = i + 1; ;) {
        const quote = text.indexOf('"', from);
        if (quote < 0) return { depth: deepest, loneSurrogate: false }; // unterminated: the parser refuses it
        if (nextEscape !== -1 && nextEscape < from) nextEscape = text.indexOf("\\", from);
        if (nextEscape === -1 || nextEscape > quote) {
          i = quote;
          break;
        }
        let after = nextEscape + 2;
        if (text.charCodeAt(nextEscape + 1) === 117) {
          const unit = hexAt(text, nextEscape + 2);
          if (unit === 0) return { depth: deepest, loneSurrogate: false, nul: true };
          if (isLow(unit)) return { depth: deepest, loneSurrogate: true };
          if (isHigh(unit)) {
            if (text.charCodeAt(nextEscape + 6) !== 92 || text.charCodeAt(nextEscape + 7) !== 117 || !isLow(hexAt(text, nextEscape + 8))) return { depth: deepest, loneSurrogate: true };
            after += 6;
          }
          after += 4;
        }
        from = after;
        nextEscape = text.indexOf("\\", from);
      }
    } else if (c === 91 || c === 123) {
      if (++depth > deepest && (deepest = depth) > stopAbove) return { depth: deepest, loneSurrogate: false };
    } else if (c === 93 || c === 125) depth--;
  }
  return { depth: deepest, loneSurrogate: false };
}

/**
 * The most a request body may hold for a plan: its data and slot info caps twice over (a client may
 * pretty-print), and 64 KB for the rest of the request.
 */
export const bodyLimitFor = (plan: Pick<PlanLimits, "maxDataBytes" | "maxSlotInfoBytes">) => 2 * (plan.maxDataBytes + plan.maxSlotInfoBytes) + 64 * 1024;

const refuse = (req: Request, error: ApiError) => {
  (req as { bodyRefusal?: unknown }).bodyRefusal = error;
  throw new Error("refused before parsing");
};

function parser(limitBytes: number): RequestHandler {
  return express.json({
    limit: limitBytes,
    strict: true,
    verify: (req, _res, buffer) => {
      if (!isUtf8(buffer)) refuse(req as Request, invalidRequest("the request body is not valid UTF-8", { field: "body", reason: "invalid_utf8" }));
      const scan = scanJson(buffer.toString("utf8"), MAX_BODY_NESTING);
      if (scan.depth > MAX_BODY_NESTING) {
        refuse(req as Request, invalidRequest(`the request body nests deeper than ${MAX_BODY_NESTING} levels`, { field: "body", reason: "too_deep", maxDepth: MAX_BODY_NESTING }));
      }
      if (scan.nul) refuse(req as Request, invalidRequest("strings cannot contain U+0000 (\\u0000)", { field: "body", reason: "nul_character" }));
      if (scan.loneSurrogate) refuse(req as Request, invalidRequest("strings must be well-formed Unicode (no lone surrogates)", { field: "body", reason: "ill_formed_unicode" }));
    },
  });
}

const unsupportedCharset = (charset: string) =>
  new ApiError(415, "unsupported_media_type", `the request body must be UTF-8 application/json; charset=${charset} is not accepted`, {});

/**
 * @param limitBytes the cap for every request; `planOf` gives the caller's plan, whose own cap is
 * applied when it is lower (the SDK surface).
 */
export function jsonBodyParser(limitBytes: number, planOf?: (res: Response) => PlanLimits | undefined): RequestHandler {
  const parsers = new Map<number, RequestHandler>();
  const parserFor = (limit: number) => parsers.get(limit) ?? parsers.set(limit, parser(limit)).get(limit)!;
  return (req, res, next) => {
    const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(req.get("content-type") ?? "")?.[1];
    if (charset && charset.toLowerCase() !== "utf-8" && charset.toLowerCase() !== "utf8") return next(unsupportedCharset(charset));
    const plan = planOf?.(res);
    const limit = plan ? Math.min(limitBytes, bodyLimitFor(plan)) : limitBytes;
    parserFor(limit)(req, res, (error?: unknown) => {
      // A JSON request with no body at all reads as an empty one, as Content-Length: 0 does.
      if (!error && req.body === undefined && /^application\/json\b/i.test(req.get("content-type") ?? "")) req.body = {};
      next(error);
    });
  };
}

/**
 * For an operation whose body is optional: a request that leaves it out reads as the JSON body `{}`
 * (the validator only reads a body it has a media type for), so the same defaults are filled in and an
 * idempotency key names the same request either way.
 */
export const absentBodyReadsAsEmpty: RequestHandler = (req, _res, next) => {
  if (req.body === undefined) {
    req.body = {};
    req.headers["content-type"] ??= "application/json";
  }
  next();
};
