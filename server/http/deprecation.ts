// Deprecation signals, read from the spec: an operation with `deprecated: true` answers every response
// with Deprecation (RFC 9745: `@` and the epoch seconds of `x-deprecated-at`), Sunset (RFC 8594, from
// x-sunset), Link (from x-successor, its `{param}`s filled from the request's path) and
// X-Persistly-Deprecation-Reason.
import type { RequestHandler } from "express";

export interface DeprecationExtensions {
  deprecated?: boolean;
  "x-deprecated-at"?: string;
  "x-sunset"?: string;
  "x-successor"?: string;
  "x-deprecation-reason"?: string;
}

const dateOf = (operationId: string, name: string, value: string) => {
  const at = new Date(value);
  if (Number.isNaN(at.getTime())) throw new Error(`${operationId}: ${name} "${value}" is not a date`);
  return at;
};

/** The headers a deprecated operation sends, or null when it is not deprecated. Throws on a missing or bad date. */
export function deprecationHeaders(operationId: string, op: DeprecationExtensions): Record<string, string> | null {
  if (!op.deprecated) return null;
  if (!op["x-deprecated-at"]) throw new Error(`${operationId}: deprecated: true needs x-deprecated-at, the date it was deprecated (sent as RFC 9745's Deprecation: @<epoch seconds>)`);
  const headers: Record<string, string> = { Deprecation: `@${Math.floor(dateOf(operationId, "x-deprecated-at", op["x-deprecated-at"]).getTime() / 1000)}` };
  if (op["x-sunset"]) headers.Sunset = dateOf(operationId, "x-sunset", op["x-sunset"]).toUTCString();
  if (op["x-successor"]) headers.Link = `<${op["x-successor"]}>; rel="successor-version"`;
  if (op["x-deprecation-reason"]) headers["X-Persistly-Deprecation-Reason"] = op["x-deprecation-reason"];
  return headers;
}

export function signalDeprecation(headers: Record<string, string> | null): RequestHandler {
  return (req, res, next) => {
    if (headers) {
      for (const [name, value] of Object.entries(headers)) {
        // A successor named with the operation's own path parameters (`/sdk/v2/accounts/{accountId}`) names this request's.
        res.setHeader(name, name === "Link" ? value.replace(/\{([^}]+)\}/g, (whole, param: string) => (typeof req.params[param] === "string" ? encodeURIComponent(req.params[param]) : whole)) : value);
      }
    }
    next();
  };
}
