import type { operations } from "../../../generated/server.js";
import type { HandlerTable } from "../../http/types.js";
import { trustedAccount } from "../../domain/accounts.js";
import { changeWallet, readWallet } from "../../domain/wallet.js";
import { ledgerEntryView } from "../views.js";

export const serverWalletHandlers: Pick<HandlerTable<operations>, "createWalletTransaction"> = {
  async createWalletTransaction({ caller, path, body }, deps) {
    const account = await trustedAccount(deps, caller!, path.accountId);
    const entry = await changeWallet(deps, account, body.changes, { source: "server", reason: body.reason, ref: body.externalRef ?? null });
    return {
      status: 201, body: { entry: ledgerEntryView(entry), wallet: await readWallet(deps, account) },
      audit: { after: { changes: entry.changes, balancesAfter: entry.balancesAfter }, reason: body.reason },
    };
  },
};
