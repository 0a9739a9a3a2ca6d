// Stage 1 of a request: credentials, from the operation's `security` in the spec. A key scheme
// establishes the caller (and admits the request: stage 2) before a session scheme narrows it to one
// account. Header parsing happens here; the domain is handed the key or token itself.
import type { Request, RequestHandler, Response } from "express";
import { authenticateKey, authenticateSession } from "../domain/auth.js";
import { forbidden, unauthorized } from "../domain/errors.js";
import { KEY_PREFIXES, SESSION_TOKEN_PREFIX } from "../domain/secrets.js";
import type { AppDeps, Caller, SessionCaller } from "../domain/context.js";
import type { SpecOperation } from "./spec.js";
import { authenticateMember, type MemberCaller } from "../domain/members.js";
import { memberCookieOf } from "./memberCookie.js";

/**
 * What a credential scheme checks: a key establishes the caller, an account session narrows it to one
 * account (it needs the key's caller first), a member session stands alone (the operator surface).
 */
/** A scheme's check; `sessionReads: "slot"` has the session check read the addressed slot too (the handler's RunOptions). */
export type SchemeCheck = (req: Request, deps: AppDeps, caller: Caller | null, sessionReads?: "slot") => Promise<{ caller?: Caller; session?: SessionCaller; member?: MemberCaller }>;

/** Admission (rate limits, quota, metering): runs once per request, as soon as a key or member session is known. */
export type Admit = (op: SpecOperation, req: Request, res: Response, who: Caller | MemberCaller) => Promise<void>;

/** The key of `Authorization: Bearer <key>` (the scheme in any case, RFC 9110), or null when missing or malformed. */
export const bearerKey = (authorization: string | undefined) => /^Bearer ([A-Za-z0-9_-]{1,200})$/i.exec(authorization ?? "")?.[1] ?? null;

const SESSION_HEADER = "X-Persistly-Account-Session";
const isKey = (value: string) => value.startsWith(KEY_PREFIXES.runtime) || value.startsWith(KEY_PREFIXES.server);

/** A credential in the wrong header or the wrong form is refused with a hint naming the right one. */
function misplacedKey(authorization: string | undefined, kind: "runtime" | "server") {
  if (!authorization) return null;
  if (bearerKey(authorization)?.startsWith(SESSION_TOKEN_PREFIX)) {
    return unauthorized(`that is an account session token: send it as ${SESSION_HEADER}: ${SESSION_TOKEN_PREFIX}…, and the ${kind} key as Authorization: Bearer <${kind} key>`);
  }
  if (isKey(authorization.trim())) return unauthorized(`the key needs the Bearer scheme: Authorization: Bearer ${authorization.trim().slice(0, 7)}…`);
  return null;
}

function misplacedSession(token: string) {
  if (/^bearer /i.test(token)) return forbidden(`send the account session token without a "Bearer " prefix: ${SESSION_HEADER}: ${SESSION_TOKEN_PREFIX}…`);
  if (isKey(token)) {
    return forbidden(`${SESSION_HEADER} takes the account session token (${SESSION_TOKEN_PREFIX}…) that createAccount or a transfer returned, not a key; the key goes in Authorization: Bearer`);
  }
  return null;
}

const keyScheme = (kind: "runtime" | "server"): SchemeCheck => async (req, deps) => {
  const authorization = req.get("authorization");
  const hint = misplacedKey(authorization, kind);
  if (hint) throw hint;
  return { caller: { principal: await authenticateKey(deps, bearerKey(authorization), kind), sdk: req.get("x-persistly-sdk") ?? null } };
};

/** Every security scheme the specs declare, by name. */
export const SCHEMES: Record<string, SchemeCheck> = {
  runtimeKey: keyScheme("runtime"),
  serverKey: keyScheme("server"),
  memberSession: async (req, deps) => {
    const cookie = memberCookieOf(req);
    if (!cookie && req.get("authorization")) {
      throw unauthorized("the operator surface takes the member session cookie that POST /admin/v1/session sets, never a key");
    }
    return { member: await authenticateMember(deps, cookie) };
  },
  accountSession: async (req, deps, caller, sessionReads) => {
    const token = req.get("x-persistly-account-session");
    const hint = token === undefined ? null : misplacedSession(token);
    if (hint) throw hint;
    // The path is not validated yet: a slot id no engine can store (U+0000) is left to validation to refuse.
    const addressed = String(req.params.slotId ?? "");
    const slotId = sessionReads === "slot" && !addressed.includes("\u0000") ? addressed : undefined;
    const session = await authenticateSession(deps, caller!, token, String(req.params.accountId ?? ""), slotId);
    return { caller: session, session };
  },
};

// Key schemes establish the caller that a session scheme then narrows to one account.
const sessionLast = (a: string, b: string) => Number(a === "accountSession") - Number(b === "accountSession");

export function authenticate(op: SpecOperation, deps: AppDeps, admit: Admit, sessionReads?: "slot"): RequestHandler {
  if (op.security.length === 0) return (_req, _res, next) => next();
  return async (req, res, next) => {
    let firstFailure: unknown;
    let admitted = false;
    // `security` is a list of alternatives, each a set of schemes that must all pass.
    for (const requirement of op.security) {
      try {
        let caller: Caller | null = null;
        let session: SessionCaller | undefined;
        let member: MemberCaller | undefined;
        for (const scheme of Object.keys(requirement).sort(sessionLast)) {
          const result = await SCHEMES[scheme](req, deps, caller, sessionReads);
          caller = result.caller ?? caller;
          session = result.session ?? session;
          member = result.member ?? member;
          if (!admitted) {
            admitted = true;
            await admit(op, req, res, (caller ?? member)!);
          }
        }
        res.locals.caller = caller;
        res.locals.session = session ?? null;
        res.locals.member = member ?? null;
        return next();
      } catch (error) {
        firstFailure ??= error;
        // A refusal by admission (rate limit, quota) is final, whatever other alternatives exist.
        if (admitted) break;
      }
    }
    next(firstFailure);
  };
}
