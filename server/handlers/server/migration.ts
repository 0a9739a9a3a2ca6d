import { exportAccount, importAccounts } from "../../domain/migration.js";
import type { OperationAccess, operations } from "../../../generated/server.js";
import type { HandlerTable } from "../../http/types.js";
import { accountDetailView, historyView, sessionView } from "./views.js";

export const migrationHandlers: Pick<HandlerTable<operations, OperationAccess>, "importAccounts" | "exportAccount"> = {
  async importAccounts({ caller, body }, deps) {
    return { status: 200, body: await importAccounts(deps, caller.principal, body.accounts) };
  },

  async exportAccount({ caller, path }, deps) {
    const { exportedAt, detail, history, sessions } = await exportAccount(deps, caller, path.accountId);
    return {
      status: 200,
      body: { exportedAt, account: accountDetailView(detail), history: history.map((h) => historyView(h, true)), sessions: sessions.map(sessionView) },
    };
  },
};
