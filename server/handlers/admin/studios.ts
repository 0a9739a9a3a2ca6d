import type { OperationAccess, operations } from "../../../generated/admin.js";
import type { HandlerTable } from "../../http/types.js";
import { inviteMember, removeMember, setMemberRole } from "../../domain/members.js";
import { lookUpPlayer } from "../../domain/players.js";
import { auditPage } from "../../domain/audit.js";
import { nowIso } from "../../domain/context.js";
import { sessionView as accountSessionView } from "../server/views.js";
import { accountView, eventAttemptView, grantView, iapPurchaseView, ledgerEntryView } from "../views.js";
import { auditEntryView, gameView, memberView, studioSummaryView } from "./views.js";

type StudioOps = "listStudios" | "getStudio" | "listMembers" | "addMember" | "removeMember" | "setMemberRole" | "getPlayer" | "listAuditLog";

export const studioHandlers: Pick<HandlerTable<operations, OperationAccess>, StudioOps> = {
  async listStudios({ member }, deps) {
    return { status: 200, body: { studios: (await deps.store.memberStudios(member.member.id)).map(studioSummaryView) } };
  },

  async getStudio({ studio }, deps) {
    const { workspace, role } = studio;
    const games = await deps.store.listEnvironments(workspace.id);
    return { status: 200, body: { ...studioSummaryView({ workspace, role }), storageBytes: await deps.store.storageBytes(workspace.id), games: games.map(gameView) } };
  },

  async listMembers({ studio }, deps) {
    const { workspace } = studio;
    return { status: 200, body: { members: (await deps.store.listMemberships(workspace.id)).map(memberView) } };
  },

  async addMember({ studio, member, body }, deps) {
    const { workspace } = studio;
    const invited = await inviteMember(deps, workspace, { email: body.email, role: body.role }, nowIso(deps));
    return {
      status: 201, body: { member: memberView(invited.membership), invitationCode: invited.invitationCode, expiresAt: invited.expiresAt },
      audit: { after: { memberId: invited.membership.id, email: invited.membership.email, role: invited.membership.role, status: "invited" } },
    };
  },

  async removeMember({ studio, path }, deps) {
    const { workspace } = studio;
    const removed = await removeMember(deps, workspace, path.memberId);
    return { status: 200, body: memberView(removed), audit: { before: { memberId: removed.id, email: removed.email, role: removed.role } } };
  },

  async setMemberRole({ studio, path, body }, deps) {
    const { workspace } = studio;
    const changed = await setMemberRole(deps, workspace, path.memberId, body.role);
    return { status: 200, body: memberView(changed.after), audit: { before: { role: changed.before.role }, after: { role: changed.after.role } } };
  },

  async getPlayer({ studio, path }, deps) {
    const { game } = studio;
    const player = await lookUpPlayer(deps, game, path.externalId);
    const now = deps.now().toISOString();
    return {
      status: 200,
      body: {
        externalId: path.externalId,
        accounts: player.accounts.map((a) => ({
          account: accountView({ account: a.account, slots: a.slots }), erasedAt: a.account.erasedAt,
          sessions: a.sessions.map(accountSessionView), transferCodes: a.transferCodes,
          wallet: a.wallet, recentLedger: a.recentLedger.map(ledgerEntryView), inventory: a.inventory,
          grants: a.grants.map((g) => grantView(g, now)), iapPurchases: a.iapPurchases.map(iapPurchaseView),
          eventAttempts: a.eventAttempts.map(eventAttemptView), lobby: a.lobby,
        })),
        auditEntries: player.auditEntries.map(auditEntryView),
      },
    };
  },

  async listAuditLog({ studio, query }, deps) {
    const { workspace } = studio;
    const page = await auditPage(deps, workspace.id, query);
    return { status: 200, body: { entries: page.entries.map(auditEntryView), nextCursor: page.nextCursor } };
  },
};
