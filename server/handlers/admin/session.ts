import type { OperationAccess, operations } from "../../../generated/admin.js";
import { preparedFirst, runAs, type HandlerTable } from "../../http/types.js";
import { acceptInvitation, checkInvitation, endSession, signIn } from "../../domain/members.js";
import { clearMemberCookie, setMemberCookie } from "../../http/memberCookie.js";
import type { Deps } from "../../domain/context.js";
import type { MemberRecord, MemberSessionRecord } from "../../store/types.js";
import { memberInfoView, memberView, studioSummaryView } from "./views.js";

type SessionOps = "checkAdminHealth" | "signIn" | "getAdminSession" | "signOut" | "acceptInvitation";

async function sessionView(deps: Deps, member: MemberRecord, session: MemberSessionRecord, csrfToken: string) {
  return {
    member: memberInfoView(member), studios: (await deps.store.memberStudios(member.id)).map(studioSummaryView), csrfToken,
    expiresAt: session.expiresAt, idleTimeoutSeconds: Math.round(deps.settings.memberSessionIdleMs / 1000),
  };
}

export const sessionHandlers: Pick<HandlerTable<operations, OperationAccess>, SessionOps> = {
  async checkAdminHealth() {
    return { status: 200, body: { status: "ok" } };
  },

  // Its writes are its own: the session's insert is one atomic write after the slow password check.
  signIn: runAs({ transaction: "own", audited: false }, async ({ body, client }, deps) => {
    const signedIn = await signIn(deps, body.email, body.password, client.address);
    // A cookie the browser brought is never reused: its session ends here (no session fixation).
    await endSession(deps, client.memberCookie);
    return {
      status: 200, body: await sessionView(deps, signedIn.member, signedIn.session, signedIn.csrfToken),
      headers: { "Set-Cookie": setMemberCookie(signedIn.token, deps.settings.insecureAdminCookie) },
    };
  }),

  async getAdminSession({ member }, deps) {
    return { status: 200, body: await sessionView(deps, member.member, member.session, member.csrfToken) };
  },

  signOut: runAs({ audited: false }, async ({ member }, deps) => {
    await deps.store.revokeMemberSession(member.session.id, deps.now().toISOString());
    return { status: 200, body: { signedOut: true }, headers: { "Set-Cookie": clearMemberCookie(deps.settings.insecureAdminCookie) } };
  }),

  // The password is hashed or checked before the transaction opens: a hash must not hold the write lock.
  // Audited by the handler itself, as the member: the request has no session to name its actor.
  acceptInvitation: runAs({ audited: false }, preparedFirst(
    ({ body, client }, deps) => checkInvitation(deps, body.code, body.password, client.address),
    async ({ prepared, requestId }, deps) => {
      const { studio, membership } = await acceptInvitation(deps, prepared);
      // Written here, as the member: the request has no session to name its actor.
      await deps.store.appendAudit({
        workspaceId: membership.workspaceId, environmentId: null, at: deps.now().toISOString(), actor: { kind: "member", id: membership.id, label: membership.email },
        action: "acceptInvitation", resource: `members/${membership.id}`, before: { status: "invited" }, after: { status: "active", role: membership.role }, reason: null, requestId,
      });
      return { status: 200, body: { studio: studioSummaryView(studio), member: memberView(membership) } };
    },
  )),
};
