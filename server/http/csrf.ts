// Stage 2½ on the operator surface: a change (anything but GET) made with a member session must echo the
// session's CSRF token in X-Persistly-CSRF. It runs once the session is known and admitted (so a refusal
// carries the rate-limit headers) and before the body is parsed: a cross-site form post, which can carry
// the cookie at most, is refused before anything is read or written.
import type { RequestHandler } from "express";
import { checkCsrf, type MemberCaller } from "../domain/members.js";

export const requireCsrfOnChanges: RequestHandler = (req, res, next) => {
  const member = res.locals.member as MemberCaller | null;
  if (!member || req.method === "GET" || req.method === "HEAD") return next();
  try {
    checkCsrf(member, req.get("x-persistly-csrf"));
    next();
  } catch (error) {
    next(error);
  }
};
