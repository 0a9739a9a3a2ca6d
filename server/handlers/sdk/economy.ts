import type { OperationAccess, operations } from "../../../generated/sdk.js";
import type { HandlerTable } from "../../http/types.js";
import { economyAfter, ledgerPage, readWallet } from "../../domain/wallet.js";
import { consumeItem, readInventory } from "../../domain/inventory.js";
import { purchaseOffer } from "../../domain/purchases.js";
import { claimGrant, listGrants } from "../../domain/grants.js";
import { Refusal } from "../../domain/errors.js";
import { grantView, ledgerEntryView } from "../views.js";

type EconomyOps = "getWallet" | "listWalletLedger" | "getInventory" | "consumeItem" | "purchaseOffer" | "listGrants" | "claimGrant";

export const economyHandlers: Pick<HandlerTable<operations, OperationAccess>, EconomyOps> = {
  async getWallet({ session }, deps) {
    return { status: 200, body: await readWallet(deps, session.account) };
  },

  async listWalletLedger({ session, query }, deps) {
    const page = await ledgerPage(deps, session.account, query);
    return { status: 200, body: { entries: page.entries.map(ledgerEntryView), nextCursor: page.nextCursor } };
  },

  async getInventory({ session }, deps) {
    return { status: 200, body: await readInventory(deps, session.account) };
  },

  async consumeItem({ session, path, body }, deps) {
    const { entry, inventory } = await consumeItem(deps, session.account, path.itemId, body?.quantity ?? 1);
    return { status: 200, body: { entry: ledgerEntryView(entry), inventory } };
  },

  async purchaseOffer({ session, body }, deps) {
    const account = session.account;
    const bought = await purchaseOffer(deps, account, body);
    return {
      status: 201,
      body: { ...bought, entry: ledgerEntryView(bought.entry) },
    };
  },

  async listGrants({ session, query }, deps) {
    const now = deps.now().toISOString();
    return { status: 200, body: { grants: (await listGrants(deps, session.account, query.status)).map((g) => grantView(g, now)) } };
  },

  async claimGrant({ session, path }, deps) {
    const account = session.account;
    const claimed = await claimGrant(deps, account, path.grantId);
    if (claimed instanceof Refusal) return claimed;
    return {
      status: 200,
      body: { grant: grantView(claimed.grant, deps.now().toISOString()), entry: ledgerEntryView(claimed.entry), ...(await economyAfter(deps, account, claimed.entry)) },
    };
  },
};
