// A server with the docs' SHOP catalog active, and the ledger invariant every economy test checks.
import { expect } from "vitest";
import { sdk, startServer, trusted, type TestServer } from "../../support/helpers.js";
import { publishCatalog, type Catalog } from "../../../server/domain/catalog.js";
import { SHOP } from "../../../scripts/docs/scenario.js";
import { inTransaction } from "../../../server/domain/context.js";

export async function shop(catalog: Catalog = SHOP as Catalog): Promise<TestServer> {
  const server = await startServer();
  const env = (await server.store.getEnvironment(server.environmentId))!;
  await inTransaction(server.app.deps, async (tx) => publishCatalog(tx, env, catalog));
  return server;
}

export const balances = (wallet: { balances: Array<{ currencyId: string; balance: number }> }) =>
  Object.fromEntries(wallet.balances.map((b) => [b.currencyId, b.balance]));

export const stacks = (inventory: { items: Array<{ itemId: string; quantity: number }> }) =>
  Object.fromEntries(inventory.items.map((i) => [i.itemId, i.quantity]));

export const credit = (server: TestServer, accountId: string, changes: Record<string, number>) =>
  trusted(server).post(`/server/v1/accounts/${accountId}/wallet/transactions`, { changes, reason: "test credit" });

/** Every currency's and every item's ledger changes add up to its balance and its stack. */
export async function ledgerAddsUp(server: TestServer, accountId: string, token: string) {
  const player = (path: string) => sdk(server).get(`/sdk/v1/accounts/${accountId}${path}`, token);
  const wallet = (await player("/wallet")).body;
  const inventory = (await player("/inventory")).body;
  const entries = (await player("/wallet/ledger?limit=200")).body.entries as Array<{ changes: Record<string, number>; itemChanges: Record<string, number> }>;
  const sums: Record<string, number> = {};
  const items: Record<string, number> = {};
  for (const e of entries) {
    for (const [c, d] of Object.entries(e.changes)) sums[c] = (sums[c] ?? 0) + d;
    for (const [i, d] of Object.entries(e.itemChanges)) items[i] = (items[i] ?? 0) + d;
  }
  // An untouched wallet shows each currency's initial before any entry exists.
  if (wallet.version === 0) expect(entries).toEqual([]);
  else for (const [currencyId, balance] of Object.entries(balances(wallet))) expect(sums[currencyId] ?? 0, currencyId).toBe(balance);
  expect(Object.fromEntries(Object.entries(items).filter(([, n]) => n !== 0))).toEqual(stacks(inventory));
  return { wallet, inventory };
}
