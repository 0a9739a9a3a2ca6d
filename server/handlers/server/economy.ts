import type { OperationAccess, operations } from "../../../generated/server.js";
import type { HandlerTable } from "../../http/types.js";
import { trustedAccount } from "../../domain/accounts.js";
import { changeWallet, walletAfter } from "../../domain/wallet.js";
import { inventoryAfter, runInventoryOperations } from "../../domain/inventory.js";
import { createGrant, revokeGrant } from "../../domain/grants.js";
import { fulfilIapPurchase, getIapPurchase, refundIapPurchase } from "../../domain/iap.js";
import { accountOverview } from "../../domain/players.js";
import { eventAttemptView, grantView, iapPurchaseView, ledgerEntryView, optionalEntryView, slotSummaryView } from "../views.js";

type EconomyOps = "createWalletTransaction" | "runInventoryOperations" | "createGrant" | "revokeGrant" | "fulfilIapPurchase" | "getIapPurchase" | "refundIapPurchase" | "getAccountOverview";

export const serverEconomyHandlers: Pick<HandlerTable<operations, OperationAccess>, EconomyOps> = {
  async createWalletTransaction({ caller, path, body }, deps) {
    const account = await trustedAccount(deps, caller, path.accountId);
    const entry = await changeWallet(deps, account, body.changes, { reason: body.reason, ref: body.externalRef ?? null });
    return {
      status: 201, body: { entry: ledgerEntryView(entry), wallet: await walletAfter(deps, account, entry) },
      audit: { after: { changes: entry.changes, balancesAfter: entry.balancesAfter }, reason: body.reason },
    };
  },

  async runInventoryOperations({ caller, path, body }, deps) {
    const account = await trustedAccount(deps, caller, path.accountId);
    const entry = await runInventoryOperations(deps, account, body.operations, { reason: body.reason, ref: body.externalRef ?? null });
    return {
      status: 201, body: { entry: ledgerEntryView(entry), inventory: await inventoryAfter(deps, account, entry) },
      audit: { after: { itemChanges: entry.itemChanges, itemsAfter: entry.itemsAfter }, reason: body.reason },
    };
  },

  async createGrant({ caller, body }, deps) {
    const { grant, seenBefore } = await createGrant(deps, caller.principal.environment.id, { ...body, source: "server" });
    const view = grantView(grant, deps.now().toISOString());
    return { status: seenBefore ? 200 : 201, body: { grant: view, seenBefore }, audit: { after: seenBefore ? undefined : view, reason: body.reason } };
  },

  async revokeGrant({ caller, path, body }, deps) {
    const grant = await revokeGrant(deps, caller.principal.environment.id, path.grantId);
    return { status: 200, body: grantView(grant, deps.now().toISOString()), audit: { after: { status: grant.status }, reason: body?.reason } };
  },

  async fulfilIapPurchase({ caller, body }, deps) {
    const result = await fulfilIapPurchase(deps, caller.principal.environment.id, body);
    return {
      status: result.seenBefore ? 200 : 201, body: { purchase: iapPurchaseView(result.purchase), entry: optionalEntryView(result.entry), seenBefore: result.seenBefore },
      audit: { after: result.seenBefore ? undefined : { offerId: result.purchase.offerId, contents: result.purchase.contents } },
    };
  },

  async getIapPurchase({ caller, path, query }, deps) {
    const purchase = await getIapPurchase(deps, caller.principal.environment.id, { ...path, environment: query.environment ?? "production" });
    return { status: 200, body: iapPurchaseView(purchase) };
  },

  async refundIapPurchase({ caller, path, body }, deps) {
    const transaction = { ...path, environment: body?.environment ?? "production" };
    const result = await refundIapPurchase(deps, caller.principal.environment.id, transaction, body?.reason);
    return {
      status: 200, body: { purchase: iapPurchaseView(result.purchase), entry: optionalEntryView(result.entry), seenBefore: result.seenBefore },
      audit: { after: result.seenBefore ? undefined : { changes: result.entry?.changes, itemChanges: result.entry?.itemChanges, shortfall: result.entry?.shortfall }, reason: body?.reason },
    };
  },

  async getAccountOverview({ caller, path }, deps) {
    const account = await trustedAccount(deps, caller, path.accountId);
    const o = await accountOverview(deps, account);
    const now = deps.now().toISOString();
    return {
      status: 200,
      body: {
        accountId: account.id, playerRef: account.playerRef, createdAt: account.createdAt, slots: o.slots.map(slotSummaryView),
        wallet: o.wallet, recentLedger: o.recentLedger.map(ledgerEntryView), inventory: o.inventory,
        grants: o.grants.map((g) => grantView(g, now)), iapPurchases: o.iapPurchases.map(iapPurchaseView),
        eventAttempts: o.eventAttempts.map(eventAttemptView), lobby: o.lobby,
      },
    };
  },
};
