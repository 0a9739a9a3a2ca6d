// Authorization from the contract: an operator's operation on a studio declares `x-persistly-role`, the
// least role it needs. This stage resolves the studio (and the path's game) and checks the member's role
// before the handler runs, so no handler decides it; the handler receives `studio`. It runs after
// validation, so the ids it looks up are well-formed.
import type { RequestHandler } from "express";
import { ROLES, studioAccess } from "../domain/members.js";
import type { Deps } from "../domain/context.js";
import type { MemberRole } from "../store/types.js";
import type { SpecOperation } from "./spec.js";

type Declared = { "x-persistly-role"?: string; summary?: string };

/** The role an operation declares, or null (operations outside a studio); a value that is not a role refuses to start. */
function declaredRole(op: SpecOperation, declared: Declared): MemberRole | null {
  const role = declared["x-persistly-role"];
  if (role === undefined) return null;
  if (!ROLES.includes(role as MemberRole)) throw new Error(`${op.operationId}: x-persistly-role "${role}" is not one of ${ROLES.join(", ")}`);
  if (!op.path.includes("{studioId}")) throw new Error(`${op.operationId}: x-persistly-role on a path without {studioId}`);
  if (op.security.length === 0 || !op.security.every((r) => "memberSession" in r)) throw new Error(`${op.operationId}: x-persistly-role without memberSession security`);
  return role as MemberRole;
}

export function authorize(op: SpecOperation, declared: Declared, deps: Deps): RequestHandler | null {
  const role = declaredRole(op, declared);
  if (!role) return null;
  // "Invite a member (owners)" → "invite a member": what a lower role is told it cannot do.
  const summary = (declared.summary ?? op.operationId).replace(/\s*\([^)]*\)$/, "");
  const needed = { role, what: `${summary.charAt(0).toLowerCase()}${summary.slice(1)} (${op.operationId})` };
  const withGame = op.path.includes("{gameId}");
  return async (req, res, next) => {
    const gameId = withGame ? String(req.params.gameId) : undefined;
    res.locals.studio = await studioAccess(deps, res.locals.member, String(req.params.studioId), needed, gameId);
    next();
  };
}
