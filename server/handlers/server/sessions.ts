import { listSessions, mintSessionFor, revokeAllSessions, revokeSession } from "../../domain/sessions.js";
import type { OperationAccess, operations } from "../../../generated/server.js";
import type { HandlerTable } from "../../http/types.js";
import { sessionView } from "./views.js";

type SessionOps = "createAccountSession" | "listAccountSessions" | "revokeAccountSession" | "revokeAllAccountSessions";

export const sessionHandlers: Pick<HandlerTable<operations, OperationAccess>, SessionOps> = {
  async createAccountSession({ caller, path }, deps) {
    const { token, session } = await mintSessionFor(deps, caller, path.accountId);
    return { status: 201, body: { accountId: path.accountId, accountSessionToken: token, session: sessionView(session) } };
  },

  async listAccountSessions({ caller, path }, deps) {
    return { status: 200, body: { sessions: (await listSessions(deps, caller, path.accountId)).map(sessionView) } };
  },

  async revokeAccountSession({ caller, path }, deps) {
    return { status: 200, body: sessionView(await revokeSession(deps, caller, path.accountId, path.sessionId)) };
  },

  async revokeAllAccountSessions({ caller, path }, deps) {
    return { status: 200, body: { accountId: path.accountId, revoked: await revokeAllSessions(deps, caller, path.accountId) } };
  },
};
