import type { operations } from "../../../generated/sdk.js";
import type { HandlerTable } from "../../http/types.js";
import { ledgerPage, readWallet } from "../../domain/wallet.js";
import { ledgerEntryView } from "../views.js";

export const walletHandlers: Pick<HandlerTable<operations>, "getWallet" | "listWalletLedger"> = {
  async getWallet({ session }, deps) {
    return { status: 200, body: await readWallet(deps, session!.account) };
  },

  async listWalletLedger({ session, query }, deps) {
    const page = await ledgerPage(deps, session!.account, query);
    return { status: 200, body: { entries: page.entries.map(ledgerEntryView), nextCursor: page.nextCursor } };
  },
};
