import { accountDetail, eraseAccount, findAccounts, trustedAccount } from "../../domain/accounts.js";
import type { OperationAccess, operations } from "../../../generated/server.js";
import type { HandlerTable } from "../../http/types.js";
import { accountView } from "../views.js";
import { accountDetailView } from "./views.js";

export const serverAccountHandlers: Pick<HandlerTable<operations, OperationAccess>, "findAccounts" | "getAccountDetail" | "eraseAccount"> = {
  async findAccounts({ caller, query }, deps) {
    const { states, nextCursor } = await findAccounts(deps, caller, query);
    return { status: 200, body: { accounts: states.map(accountView), nextCursor } };
  },

  async getAccountDetail({ caller, path }, deps) {
    return { status: 200, body: accountDetailView(await accountDetail(deps, caller, path.accountId)) };
  },

  async eraseAccount({ caller, path }, deps) {
    const account = await trustedAccount(deps, caller, path.accountId);
    const erasedAt = (await eraseAccount(deps, account.id))!;
    return { status: 200, body: { accountId: account.id, erasedAt }, audit: { after: { erasedAt } } };
  },
};
