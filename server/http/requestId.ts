import type { RequestHandler } from "express";
import type { Randomness } from "../domain/randomness.js";

const SANE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** A request id of the server's own. A UUID draws from a pooled entropy buffer; a randomBytes call per request showed in profiles. */
export const newRequestId = (random: Randomness) => `req_${random.uuid().replaceAll("-", "").slice(0, 16)}`;

/**
 * Every request gets an id of the server's own: the response's X-Request-Id, the envelope's
 * `requestId`, the logs and the audit log all carry it. A caller's own X-Request-Id (when sane) is kept
 * apart, as `clientRequestId` in the access log, for correlation: a value a client chose is never
 * recorded as the server's.
 */
export const requestIds = (random: Randomness): RequestHandler => (req, res, next) => {
  const incoming = req.get("x-request-id");
  const id = newRequestId(random);
  res.locals.requestId = id;
  if (incoming && SANE_ID.test(incoming)) res.locals.clientRequestId = incoming;
  res.setHeader("X-Request-Id", id);
  next();
};
