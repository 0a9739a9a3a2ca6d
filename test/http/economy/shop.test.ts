// Purchases and inventories (#18): the price and the contents land in one change set or not at all;
// stacks stay within [0, maxCount]; every change is one ledger entry and an event on the account stream.
import { describe, expect, it } from "vitest";
import { errorCode, sdk, trusted } from "../../support/helpers.js";
import { balances, credit, ledgerAddsUp, shop, stacks } from "./support.js";
import { openStream } from "../../support/sse.js";
import type { AddressInfo } from "node:net";

const path = (accountId: string, rest: string) => `/sdk/v1/accounts/${accountId}${rest}`;

describe("purchases", () => {
  it("charge the price and add the contents in one ledger entry", async () => {
    const server = await shop();
    const p = await sdk(server).createAccount();
    await credit(server, p.accountId, { gold: 400 });
    const bought = await sdk(server).post(path(p.accountId, "/purchases"), { offerId: "potion-pack", quantity: 2, expectedPrice: { gold: 250 } }, p.token);
    expect(bought.status, JSON.stringify(bought.body)).toBe(201);
    expect(bought.body).toMatchObject({ offerId: "potion-pack", quantity: 2, charged: { gold: 500 }, received: { currencies: {}, items: { potion: 10 } } });
    expect(bought.body.entry).toMatchObject({ source: "purchase", changes: { gold: -500 }, itemChanges: { potion: 10 }, itemsAfter: { potion: 10 }, shortfall: null });
    expect([balances(bought.body.wallet), stacks(bought.body.inventory)]).toEqual([{ gems: 0, gold: 0 }, { potion: 10 }]);
    expect(bought.body.wallet.version).toBe(bought.body.inventory.version);
    await ledgerAddsUp(server, p.accountId, p.token);
  });

  it("are refused whole: not enough gold, a changed price, an IAP offer, an unknown offer, a full stack", async () => {
    const server = await shop();
    const p = await sdk(server).createAccount();
    const buy = (body: object) => sdk(server).post(path(p.accountId, "/purchases"), body, p.token);
    const poor = await buy({ offerId: "potion-pack" });
    expect([poor.status, poor.body.error.code, poor.body.error.details]).toEqual([409, "insufficient_funds", { resource: "gold", needed: 250, have: 100 }]);
    await credit(server, p.accountId, { gold: 10_000 });
    const changed = await buy({ offerId: "potion-pack", expectedPrice: { gold: 200 } });
    expect([changed.body.error.code, changed.body.error.details]).toEqual(["price_changed", { expected: { gold: 200 }, actual: { gold: 250 } }]);
    expect(errorCode(await buy({ offerId: "gems-small" }))).toBe("offer_not_purchasable");
    expect(errorCode(await buy({ offerId: "potion-mega" }))).toBe("not_found");
    const full = await buy({ offerId: "potion-pack", quantity: 20 });
    expect([full.body.error.code, full.body.error.details]).toEqual(["item_max_count_exceeded", { resource: "potion", limit: 99, wouldBe: 100 }]);
    expect(errorCode(await buy({ offerId: "potion-pack", quantity: 0 }))).toBe("invalid_request");
    const { wallet, inventory } = await ledgerAddsUp(server, p.accountId, p.token);
    expect([balances(wallet).gold, stacks(inventory)]).toEqual([10_100, {}]);
  });

  it("never overspend under 50 parallel purchases: exactly ⌊balance/price⌋ succeed", async () => {
    const server = await shop();
    const p = await sdk(server).createAccount();
    await credit(server, p.accountId, { gold: 2_000 }); // 2100 in all: 8 packs of 250
    const results = await Promise.all(Array.from({ length: 50 }, () => sdk(server).post(path(p.accountId, "/purchases"), { offerId: "potion-pack" }, p.token)));
    expect(results.filter((r) => r.status === 201)).toHaveLength(8);
    expect(results.filter((r) => r.status !== 201).map(errorCode)).toEqual(Array(42).fill("insufficient_funds"));
    const { wallet, inventory } = await ledgerAddsUp(server, p.accountId, p.token);
    expect([balances(wallet).gold, stacks(inventory)]).toEqual([100, { potion: 40 }]);
  });

  it("replay an idempotent retry without charging twice", async () => {
    const server = await shop();
    const p = await sdk(server).createAccount();
    await credit(server, p.accountId, { gold: 900 });
    const body = { offerId: "potion-pack", idempotencyKey: "purchase-retry-0001-aaaaaaaaaaa" };
    const first = await sdk(server).post(path(p.accountId, "/purchases"), body, p.token);
    const again = await sdk(server).post(path(p.accountId, "/purchases"), body, p.token);
    expect([again.status, again.headers["idempotent-replay"], again.body]).toEqual([201, "true", first.body]);
    expect(balances((await sdk(server).get(path(p.accountId, "/wallet"), p.token)).body).gold).toBe(750);
  });
});

describe("change sets that change nothing (#34 item 13)", () => {
  it("are refused and write no entry: all zeros, or an inventory batch that nets to zero", async () => {
    const server = await shop();
    const p = await sdk(server).createAccount();
    expect((await credit(server, p.accountId, { gold: 5 })).status).toBe(201);
    const before = (await sdk(server).get(`/sdk/v1/accounts/${p.accountId}/wallet`, p.token)).body.version;
    const zeros = await credit(server, p.accountId, { gold: 0, gems: 0 });
    expect([zeros.status, zeros.body.error.details.reason]).toEqual([400, "empty_change"]);
    const netZero = await trusted(server).post(`/server/v1/accounts/${p.accountId}/inventory/operations`, {
      operations: [{ op: "add", itemId: "potion", quantity: 2 }, { op: "remove", itemId: "potion", quantity: 2 }], reason: "nets to zero",
    });
    expect([netZero.status, netZero.body.error?.details?.reason]).toEqual([400, "empty_change"]);
    expect((await sdk(server).get(`/sdk/v1/accounts/${p.accountId}/wallet`, p.token)).body.version).toBe(before);
  });
});

describe("amounts past 2^53−1 (#34 item 13)", () => {
  it("are refused as out of range, never decided on rounded figures", async () => {
    const max = Number.MAX_SAFE_INTEGER;
    const server = await shop({
      currencies: [{ currencyId: "gold", initial: 0, max }], items: [],
      offers: [{ offerId: "vault", price: { gold: 2 ** 52 }, contents: {}, purchasable: "client" }],
    } as never);
    const p = await sdk(server).createAccount();
    expect((await credit(server, p.accountId, { gold: max })).status).toBe(201);
    const three = await sdk(server).post(`/sdk/v1/accounts/${p.accountId}/purchases`, { offerId: "vault", quantity: 3 }, p.token);
    expect([three.status, three.body.error.details]).toEqual([400, { reason: "amount_out_of_range", resource: "gold", maxAmount: max }]);
    // One more than 2^53−1 is past what is counted exactly, so out of range rather than over the currency's max.
    const over = await credit(server, p.accountId, { gold: 1 });
    expect([over.status, over.body.error.details.reason]).toEqual([400, "amount_out_of_range"]);
    await ledgerAddsUp(server, p.accountId, p.token);
  });
});

describe("inventories", () => {
  it("take atomic batches from the studio's backend and consumption from the player", async () => {
    const server = await shop();
    const p = await sdk(server).createAccount();
    const ops = (operations: object[]) => trusted(server).post(`/server/v1/accounts/${p.accountId}/inventory/operations`, { operations, reason: "quest reward", externalRef: "quest-42" });
    const added = await ops([{ op: "add", itemId: "potion", quantity: 3 }, { op: "add", itemId: "lantern", quantity: 1 }, { op: "remove", itemId: "potion", quantity: 1 }]);
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    expect([added.body.entry.itemChanges, added.body.entry.ref, stacks(added.body.inventory)]).toEqual([{ potion: 2, lantern: 1 }, "quest-42", { lantern: 1, potion: 2 }]);
    const tooMany = await ops([{ op: "add", itemId: "potion", quantity: 1 }, { op: "add", itemId: "lantern", quantity: 1 }]);
    expect([tooMany.body.error.code, tooMany.body.error.details]).toEqual(["item_max_count_exceeded", { resource: "lantern", limit: 1, wouldBe: 2 }]);
    const tooFew = await ops([{ op: "remove", itemId: "potion", quantity: 5 }]);
    expect([tooFew.body.error.code, tooFew.body.error.details]).toEqual(["insufficient_quantity", { resource: "potion", needed: 5, have: 2 }]);
    expect(errorCode(await ops([{ op: "add", itemId: "sword", quantity: 1 }]))).toBe("not_found");
    const drink = await sdk(server).post(path(p.accountId, "/inventory/potion/consume"), { quantity: 2 }, p.token);
    expect([drink.status, drink.body.entry.source, stacks(drink.body.inventory)]).toEqual([200, "consume", { lantern: 1 }]);
    expect(errorCode(await sdk(server).post(path(p.accountId, "/inventory/potion/consume"), {}, p.token))).toBe("insufficient_quantity");
    expect(errorCode(await sdk(server).post(path(p.accountId, "/inventory/lantern/consume"), {}, p.token))).toBe("item_not_consumable");
    const { inventory } = await ledgerAddsUp(server, p.accountId, p.token);
    expect(inventory.items).toEqual([{ itemId: "lantern", quantity: 1, maxCount: 1, consumable: false }]);
  });

  it("announce wallet_updated and inventory_updated on the account's event stream", async () => {
    const server = await shop();
    const p = await sdk(server).createAccount();
    const listening = server.app.listen(0, "127.0.0.1");
    await new Promise((r) => listening.once("listening", r));
    const stream = await openStream(`http://127.0.0.1:${(listening.address() as AddressInfo).port}/sdk/v1/accounts/${p.accountId}/events`, {
      Authorization: `Bearer ${server.runtimeKey}`, "X-Persistly-Account-Session": p.token,
    });
    try {
      expect((await stream.next()).event).toBe("ready");
      await credit(server, p.accountId, { gold: 400 });
      await sdk(server).post(path(p.accountId, "/purchases"), { offerId: "potion-pack", quantity: 50 }, p.token); // refused: no event
      await sdk(server).post(path(p.accountId, "/purchases"), { offerId: "potion-pack" }, p.token);
      const seen = [await stream.next(), await stream.next(), await stream.next()].map((e) => ({ event: e.event, data: e.data }));
      expect(seen).toEqual([
        { event: "wallet_updated", data: { accountId: p.accountId, version: 2, balances: { gold: 500 } } },
        { event: "wallet_updated", data: { accountId: p.accountId, version: 3, balances: { gold: 250 } } },
        { event: "inventory_updated", data: { accountId: p.accountId, version: 3, items: { potion: 5 } } },
      ]);
    } finally {
      stream.close();
      listening.closeAllConnections();
      listening.close();
    }
  });
});
