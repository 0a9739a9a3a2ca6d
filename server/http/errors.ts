// Every failure leaves as the error envelope with the contract's status and code — never a stack trace.
import type { ErrorRequestHandler, RequestHandler, Response } from "express";
import type { Logger } from "pino";
import { ApiError } from "../domain/errors.js";
import { StoreBusy } from "../store/transaction.js";

interface Envelope {
  status: number;
  code: string;
  message: string;
  details: Record<string, unknown>;
  headers?: Record<string, string>;
}

interface ValidatorIssue {
  path?: string;
  message?: string;
}

// express-openapi-validator reports `.body.slot.slotId`; clients get a JSON-pointer-like `/body/slot/slotId`.
const issuePath = (path = "") => (path.startsWith(".") ? path.slice(1) : path).replace(/\./g, "/").replace(/^(?!\/)/, "/");

const MAX_ISSUES = 20;
const parentOf = (path: string) => path.slice(0, path.lastIndexOf("/"));

/**
 * The validator's issues, at most MAX_ISSUES of them. An unknown property is named as such, with the
 * missing required property beside it as the likely meaning (`basVersion` → `baseVersion`).
 */
function describeIssues(errors: ValidatorIssue[]) {
  const issues = errors.slice(0, MAX_ISSUES).map((e) => ({ path: issuePath(e.path), message: e.message ?? "invalid" }));
  const missing = issues.filter((i) => i.message.startsWith("must have required property"));
  return issues.map((issue) => {
    if (issue.message !== "must NOT have additional properties") return issue;
    const meant = missing.find((m) => parentOf(m.path) === parentOf(issue.path));
    return { ...issue, message: `unknown property "${issue.path.slice(issue.path.lastIndexOf("/") + 1)}"${meant ? ` (did you mean "${meant.path.slice(meant.path.lastIndexOf("/") + 1)}"?)` : ""}` };
  });
}

/** Maps what a request can fail with (domain, validator, body parser, anything else) to the envelope. */
export function describeError(err: any, contentType?: string): Envelope {
  if (err instanceof StoreBusy) {
    return {
      status: 503, code: "unavailable", message: "the database is busy with another process's write; nothing was written, retry shortly",
      details: { reason: "store_busy" }, headers: { "Retry-After": "1" },
    };
  }
  if (err instanceof ApiError) {
    return { status: err.status, code: err.code, message: err.message, details: err.details, headers: err.headers };
  }
  // body-parser (express.json) failures happen before any route or validator ran.
  switch (err?.type) {
    case "entity.parse.failed":
      return { status: 400, code: "invalid_request", message: "the request body is not valid JSON", details: { reason: "malformed_json" } };
    case "entity.too.large":
      return {
        status: 413, code: "payload_too_large", message: `the request body is over the limit of ${err.limit} bytes`,
        details: { field: "body", limitBytes: err.limit, ...(Number.isFinite(err.length) ? { actualBytes: err.length } : {}) },
      };
    case "encoding.unsupported":
    case "charset.unsupported":
      return { status: 415, code: "unsupported_media_type", message: "the request body must be UTF-8 application/json", details: {} };
    case "request.aborted":
    case "request.size.invalid":
      return { status: 400, code: "invalid_request", message: "the request body was incomplete", details: { reason: "incomplete_body" } };
  }
  // express-openapi-validator errors carry `status` and `errors`.
  if (Array.isArray(err?.errors) && typeof err?.status === "number" && err.status < 500) {
    const issues = describeIssues(err.errors as ValidatorIssue[]);
    const more = err.errors.length > MAX_ISSUES ? `; and ${err.errors.length - MAX_ISSUES} more` : "";
    switch (err.status) {
      case 404:
        return { status: 404, code: "not_found", message: "no such route", details: {} };
      case 405:
        return { status: 405, code: "method_not_allowed", message: err.message, details: {}, headers: err.headers };
      case 413:
        return { status: 413, code: "payload_too_large", message: err.message, details: { field: "body", limitBytes: 0 } };
      case 415:
        return {
          status: 415, code: "unsupported_media_type", details: {},
          message: `the request body must be application/json; this request sent ${contentType ? `Content-Type: ${contentType}` : "no Content-Type"}`,
        };
      default:
        return { status: 400, code: "invalid_request", message: issues.map((i) => `${i.path}: ${i.message}`).join("; ") + more, details: { issues } };
    }
  }
  // Other client errors raised before a handler ran, with an http-errors status: a path whose
  // percent-escapes do not decode (the router), a body whose Content-Encoding does not (body-parser).
  if (err?.status === 400) {
    if (err instanceof URIError) {
      return { status: 400, code: "invalid_request", message: "the path holds a malformed percent-escape", details: { field: "path", reason: "malformed_path" } };
    }
    // zlib's errors (Z_DATA_ERROR, ERR__ERROR_FORMAT_PADDING_1, …) carry a code and an errno.
    if (typeof err.code === "string" && typeof err.errno === "number") {
      return { status: 400, code: "invalid_request", message: "the request body does not decode with its Content-Encoding", details: { field: "body", reason: "undecodable_body" } };
    }
    return { status: 400, code: "invalid_request", message: "the request is malformed", details: {} };
  }
  return { status: 500, code: "server_error", message: "internal error; the result of the operation is unknown", details: {} };
}

/** Writes the envelope without going through response validation, for the cases that must not fail again. */
export function writeEnvelopeRaw(res: Response, status: number, body: unknown) {
  res.status(status).type("application/json").end(JSON.stringify(body));
}

export const errorHandler = (logger: Logger): ErrorRequestHandler => (err, req, res, _next) => {
  const requestId = String(res.locals.requestId);
  // The JSON parser's pre-parse checks leave their refusal on the request (body-parser rewrites the error it throws).
  const e = describeError((req as { bodyRefusal?: unknown }).bodyRefusal ?? err, req.get("content-type"));
  // A busy database is a condition, not a fault: one line, no stack.
  if (e.status === 503) logger.warn({ requestId, method: req.method, url: req.originalUrl, reason: e.details.reason ?? e.message }, "request refused: unavailable");
  else if (e.status >= 500) logger.error({ err, requestId, method: req.method, url: req.originalUrl }, "request failed");
  if (res.headersSent) return void res.end();
  res.locals.errorCode = e.code;
  for (const [name, value] of Object.entries(e.headers ?? {})) res.setHeader(name, value);
  const body = { error: { code: e.code, message: e.message, details: e.details, requestId } };
  try {
    res.status(e.status).json(body);
  } catch (failure) {
    // The envelope itself broke the spec (an undocumented status): still answer, and say so in the log.
    logger.error({ err: failure, requestId }, "error response does not conform to the spec");
    if (!res.headersSent) writeEnvelopeRaw(res, e.status, body);
  }
};

export const unknownRoute: RequestHandler = (req, _res, next) =>
  next(new ApiError(404, "not_found", `no route ${req.method} ${req.path}`));
