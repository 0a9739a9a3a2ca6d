// Deprecation signals, read from the spec: an operation with `deprecated: true` answers every response
// with Deprecation, Sunset (from x-sunset), Link (from x-successor) and X-Persistly-Deprecation-Reason.
import type { RequestHandler } from "express";

export interface DeprecationExtensions {
  deprecated?: boolean;
  "x-sunset"?: string;
  "x-successor"?: string;
  "x-deprecation-reason"?: string;
}

/** The headers a deprecated operation sends, or null when it is not deprecated. Throws on a bad x-sunset. */
export function deprecationHeaders(operationId: string, op: DeprecationExtensions): Record<string, string> | null {
  if (!op.deprecated) return null;
  const headers: Record<string, string> = { Deprecation: "true" };
  if (op["x-sunset"]) {
    const sunset = new Date(op["x-sunset"]);
    if (Number.isNaN(sunset.getTime())) throw new Error(`${operationId}: x-sunset "${op["x-sunset"]}" is not a date`);
    headers.Sunset = sunset.toUTCString();
  }
  if (op["x-successor"]) headers.Link = `<${op["x-successor"]}>; rel="successor-version"`;
  if (op["x-deprecation-reason"]) headers["X-Persistly-Deprecation-Reason"] = op["x-deprecation-reason"];
  return headers;
}

export function signalDeprecation(headers: Record<string, string> | null): RequestHandler {
  return (_req, res, next) => {
    if (headers) for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    next();
  };
}
