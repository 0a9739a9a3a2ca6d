// Operators: members of studios, what each role may do, sign-in and cookie sessions. A member session
// is an opaque random token (kept only as a hash) with an idle and an absolute expiry. Its CSRF token is
// derived from it (HMAC), so signIn and getAdminSession can both hand it to the page, and every mutation
// must echo it: a cross-site request carries the cookie at most, never a header it could not read.
import { createHmac } from "node:crypto";
import { ApiError, forbidden, invalidRequest, notFound, unauthorized } from "./errors.js";
import { hashPassword, newPassword, passwordProblem, verifyPassword } from "./passwords.js";
import { hashSecret, newMemberId, newMemberSessionId, sameHash } from "./secrets.js";
import type { AppDeps, Deps, TxDeps } from "./context.js";
import type { MemberRecord, MemberRole, MembershipRecord, MemberSessionRecord, WorkspaceRecord } from "../store/types.js";

export const ROLES: readonly MemberRole[] = ["owner", "admin", "support", "viewer"];
const RANK: Record<MemberRole, number> = { viewer: 0, support: 1, admin: 2, owner: 3 };

export const MEMBER_TOKEN_PREFIX = "pst_ms_";
const TOUCH_INTERVAL_MS = 60_000;

export interface MemberCaller {
  member: MemberRecord;
  session: MemberSessionRecord;
  /** The session's CSRF token, for getAdminSession to hand to the page again. */
  csrfToken: string;
}

export const normalEmail = (email: string) => email.trim().toLowerCase();
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A new member's password and its hash, made before any transaction: a hash takes up to a second, and must never hold the write lock. */
export interface NewCredential {
  /** The password to show once (generated), or null when the caller chose it. */
  oneTime: string | null;
  hash: string;
}

/** Checks a chosen password, or generates one, and hashes it (outside any transaction). */
export async function newCredential(settings: Deps["settings"], password: string | undefined): Promise<NewCredential> {
  const problem = password === undefined ? null : passwordProblem(password);
  if (problem) throw invalidRequest(problem, { field: "password" });
  const chosen = password ?? newPassword();
  return { oneTime: password === undefined ? chosen : null, hash: await hashPassword(chosen, settings.passwordKdf) };
}

/** The member an email names, checked with the role asked for, made with `passwordHash` when the email is new. */
async function memberFor({ store, random }: Pick<TxDeps, "store" | "random">, input: { email: string; role: MemberRole }, passwordHash: string, now: string) {
  const email = normalEmail(input.email);
  if (!EMAIL.test(email)) throw invalidRequest(`"${input.email}" is not an email address`, { field: "email" });
  if (!ROLES.includes(input.role)) throw invalidRequest(`role is one of ${ROLES.join(", ")}`, { field: "role" });
  const known = await store.findMemberByEmail(email);
  if (known) return { email, found: known, created: false };
  await store.createMember({ id: newMemberId(random), email, createdAt: now }, passwordHash);
  return { email, found: (await store.findMemberByEmail(email))!, created: true };
}

/**
 * Adds a member to a studio, creating the member first when the email is new with the credential made
 * beforehand (newCredential); an existing member keeps their password (`password` null).
 */
export async function addMember(
  deps: Pick<TxDeps, "store" | "random">, workspace: WorkspaceRecord, input: { email: string; role: MemberRole }, credential: NewCredential, now: string,
) {
  const { store } = deps;
  const { email, found, created } = await memberFor(deps, input, credential.hash, now);
  const password = created ? credential.oneTime : null;
  if (!(await store.addMembership(workspace.id, found.member.id, input.role, now))) {
    throw new ApiError(409, "member_exists", `${email} is already a member of this studio`, { email });
  }
  return { membership: (await store.findMembership(workspace.id, found.member.id))!, password };
}

const INVITATION_PREFIX = "pst_inv_";
const INVITATION_DAYS = 7;
const invitationExpiry = (joinedAt: string) => new Date(Date.parse(joinedAt) + INVITATION_DAYS * 24 * 3600_000).toISOString();
const noPendingInvitation = () =>
  notFound(`no pending invitation has this code: it was used, it expired (after ${INVITATION_DAYS} days), or it was mistyped; ask the studio's owner for a new one`);

/**
 * Invites a person to a studio: a membership that waits for its person to accept with the code returned
 * once. An email with no operator account gets one without a password (chosen on acceptance); either way
 * the answer is the same, so it tells an owner nothing about who is an operator elsewhere, and nobody
 * is attached to a studio without their consent.
 */
export async function inviteMember(deps: Pick<TxDeps, "store" | "random">, workspace: WorkspaceRecord, input: { email: string; role: MemberRole }, now: string) {
  const { store } = deps;
  const { email, found } = await memberFor(deps, input, "", now); // someone new has no password until they accept
  const code = `${INVITATION_PREFIX}${deps.random.bytes(24).toString("base64url")}`;
  if (!(await store.addMembership(workspace.id, found.member.id, input.role, now, hashSecret(code)))) {
    throw new ApiError(409, "member_exists", `${email} is already a member of this studio, or invited to it`, { email });
  }
  const membership = (await store.findMembership(workspace.id, found.member.id))!;
  return { membership, invitationCode: code, expiresAt: invitationExpiry(membership.joinedAt) };
}

export interface CheckedInvitation {
  membership: MembershipRecord;
  /** The password hash to set, for someone who had none; null for an operator who proved theirs. */
  firstPasswordHash: string | null;
}

/**
 * The slow half of accepting an invitation, before any transaction: the code's pending membership, the
 * sign-in budgets (taken before the check), and the password (hashed for someone new, verified for an
 * operator who has one).
 */
export async function checkInvitation(deps: Deps, code: string, password: string, address: string): Promise<CheckedInvitation> {
  const found = code.startsWith(INVITATION_PREFIX) ? await deps.store.findInvitation(hashSecret(code)) : null;
  if (!found || deps.now().toISOString() >= invitationExpiry(found.membership.joinedAt)) throw noPendingInvitation();
  const email = found.membership.email;
  await deps.limits.signInAttempt(email, address);
  let firstPasswordHash: string | null = null;
  try {
    if (found.passwordHash === "") {
      const problem = passwordProblem(password);
      if (problem) throw invalidRequest(problem, { field: "password" });
      firstPasswordHash = await hashPassword(password, deps.settings.passwordKdf);
    } else if (!(await verifyPassword(password, found.passwordHash))) {
      throw unauthorized("the password is wrong: someone with an operator account accepts with the password they sign in with");
    }
  } catch (error) {
    // A refusal before any check (a short password, hashing busy) spends no attempt; a wrong password does.
    if (error instanceof ApiError && (error.status === 503 || error.status === 400)) await deps.limits.signInNotChecked(email, address);
    throw error;
  }
  await deps.limits.signInSucceeded(email, address);
  return { membership: found.membership, firstPasswordHash };
}

/** Makes a checked invitation's membership active, once (a second acceptance, or a raced one, is 404). */
export async function acceptInvitation(deps: Pick<TxDeps, "store" | "now">, checked: CheckedInvitation) {
  const { membership } = checked;
  if (!(await deps.store.acceptInvitation(membership.workspaceId, membership.id, deps.now().toISOString(), checked.firstPasswordHash))) throw noPendingInvitation();
  const workspace = (await deps.store.getWorkspace(membership.workspaceId))!;
  return { studio: { workspace, role: membership.role }, membership: (await deps.store.findMembership(membership.workspaceId, membership.id))! };
}

/** What a role may do: viewers read; support also acts on players; admins configure; owners manage members and the plan. */
export function requireRole(role: MemberRole, needed: MemberRole, what: string) {
  if (RANK[role] < RANK[needed]) throw forbidden(`your role (${role}) cannot ${what}; it needs ${needed} or above`);
}

/**
 * The studio an operator acts on, checked before the operation does anything: a studio the member does
 * not belong to (or was only invited to) is 404, as if it did not exist; a role below `needed` is 403
 * naming what it cannot do; a `gameId` that is not the studio's game is 404.
 */
export async function studioAccess(
  deps: Pick<Deps, "store">, caller: MemberCaller, studioId: string, needed: { role: MemberRole; what: string }, gameId?: string,
) {
  const membership = await deps.store.findMembership(studioId, caller.member.id);
  const workspace = membership?.status === "active" ? await deps.store.getWorkspace(studioId) : null;
  if (!membership || !workspace) throw notFound(`no studio ${studioId} among yours`, { studioId });
  requireRole(membership.role, needed.role, needed.what);
  return { workspace, role: membership.role, game: gameId === undefined ? null : await gameFor(deps, workspace, gameId) };
}

/** A game (environment) of the studio, or 404. */
export async function gameFor(deps: Pick<Deps, "store">, workspace: WorkspaceRecord, gameId: string) {
  const environment = await deps.store.getEnvironment(gameId);
  if (!environment || environment.workspaceId !== workspace.id) throw notFound(`no game ${gameId} in this studio`, { gameId });
  return environment;
}

/**
 * Signs in with email and password: a fresh session (never one the client brought) and its CSRF token.
 * An unknown email costs the same password hash as a known one, and both failures read the same.
 */
export async function signIn(deps: AppDeps, email: string, password: string, address: string) {
  const normal = normalEmail(email);
  await deps.limits.signInAttempt(normal, address);
  const found = await deps.store.findMemberByEmail(normal);
  let ok: boolean;
  try {
    ok = await verifyPassword(password, found?.passwordHash ?? (await decoyHash(deps)));
  } catch (error) {
    await deps.limits.signInNotChecked(normal, address); // refused before the check (hashing busy): not a failure
    throw error;
  }
  // A member in no studio (removed from the last) has nothing to sign in to: the same answer as a wrong password.
  if (!found || !ok || (await deps.store.memberStudios(found.member.id)).length === 0) throw unauthorized("the email or the password is wrong");
  await deps.limits.signInSucceeded(normal, address);
  const token = `${MEMBER_TOKEN_PREFIX}${deps.random.bytes(32).toString("base64url")}`;
  const now = deps.now();
  const session = {
    id: newMemberSessionId(deps.random), memberId: found.member.id, tokenHash: hashSecret(token),
    createdAt: now.toISOString(), expiresAt: new Date(now.getTime() + deps.settings.memberSessionMaxMs).toISOString(),
  };
  await deps.store.transaction((tx) => tx.createMemberSession(session));
  return { token, csrfToken: csrfTokenOf(token), member: found.member, session: (await deps.store.findMemberSession(session.tokenHash))!.session };
}

/** The session's CSRF token: HMAC-SHA256 of a fixed label under the session token. */
export const csrfTokenOf = (token: string) => createHmac("sha256", token).update("persistly admin csrf").digest("base64url");

let decoy: { cost: unknown; hash: Promise<string> } | undefined;
/** A hash of nothing, at the configured cost, to verify against when the email is unknown. */
const decoyHash = (deps: Deps) => {
  if (decoy?.cost !== deps.settings.passwordKdf) decoy = { cost: deps.settings.passwordKdf, hash: hashPassword(newPassword(), deps.settings.passwordKdf) };
  return decoy.hash;
};

/** The member behind a session cookie; expired, revoked or unknown sessions are 401. */
export async function authenticateMember(deps: Pick<AppDeps, "store" | "now" | "settings">, token: string | undefined): Promise<MemberCaller> {
  if (!token) throw unauthorized("sign in first: POST /admin/v1/session sets the session cookie");
  const found = await deps.store.findMemberSession(hashSecret(token));
  const now = deps.now().getTime();
  const idleSince = found ? Date.parse(found.session.lastUsedAt) : 0;
  if (!found || found.session.revokedAt || now >= Date.parse(found.session.expiresAt) || now - idleSince >= deps.settings.memberSessionIdleMs) {
    throw unauthorized("the session has ended; sign in again");
  }
  if (now - idleSince > TOUCH_INTERVAL_MS) await deps.store.transaction((tx) => tx.touchMemberSession(found.session.id, new Date(now).toISOString()));
  return { member: found.member, session: found.session, csrfToken: csrfTokenOf(token) };
}

/**
 * A membership about to change or go, refused if it is the studio's last owner stepping down. Every such
 * change holds the studio's member lock first, so two owners demoting each other at once are decided
 * one after the other, and the second sees the first's change.
 */
async function membershipKeepingAnOwner(deps: Pick<TxDeps, "store">, workspace: WorkspaceRecord, memberId: string, stillOwner: boolean) {
  await deps.store.lockName(`members:${workspace.id}`);
  const membership = await deps.store.findMembership(workspace.id, memberId);
  if (!membership) throw notFound(`no member ${memberId} in this studio`, { memberId });
  // Only accepted owners count: an invitation nobody has accepted keeps no studio.
  const activeOwner = (m: MembershipRecord) => m.role === "owner" && m.status === "active";
  if (activeOwner(membership) && !stillOwner && (await deps.store.listMemberships(workspace.id)).filter(activeOwner).length === 1) {
    throw new ApiError(409, "last_owner", "a studio keeps at least one owner: make another member owner first", { memberId });
  }
  return membership;
}

/** Changes a member's role; the studio's last owner cannot step down. */
export async function setMemberRole(deps: Pick<TxDeps, "store">, workspace: WorkspaceRecord, memberId: string, role: MemberRole) {
  const before = await membershipKeepingAnOwner(deps, workspace, memberId, role === "owner");
  await deps.store.setMembershipRole(workspace.id, memberId, role);
  return { before, after: (await deps.store.findMembership(workspace.id, memberId))! };
}

/** A change must present its session's CSRF token; anything else is 403 `csrf_failed`. */
export function checkCsrf(caller: MemberCaller, presented: string | undefined) {
  if (presented === undefined || !sameHash(hashSecret(presented), hashSecret(caller.csrfToken))) {
    throw new ApiError(403, "csrf_failed", "a change needs the session's CSRF token in X-Persistly-CSRF (signIn and getAdminSession return it)");
  }
}

/** Removes a member from a studio; a member left in no studio is signed out everywhere at once. */
export async function removeMember(deps: TxDeps, workspace: WorkspaceRecord, memberId: string) {
  const membership = await membershipKeepingAnOwner(deps, workspace, memberId, false);
  await deps.store.removeMembership(workspace.id, memberId);
  if ((await deps.store.memberStudios(memberId)).length === 0) await deps.store.revokeMemberSessions(memberId, deps.now().toISOString());
  return membership;
}

/** Ends the session the cookie names, if it is live (sign-out; a sign-in that brought an old cookie). */
export async function endSession(deps: Pick<AppDeps, "store" | "now">, token: string | undefined) {
  const found = token ? await deps.store.findMemberSession(hashSecret(token)) : null;
  if (found && !found.session.revokedAt) await deps.store.transaction((tx) => tx.revokeMemberSession(found.session.id, deps.now().toISOString()));
}
