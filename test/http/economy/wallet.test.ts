// Wallets (#18): balances within [0, max] of the active catalog's currencies, changed only by
// all-or-nothing change sets, each one ledger entry; the ledger always adds up to the balances.
import { describe, expect, it } from "vitest";
import { errorCode, sdk, trusted } from "../../support/helpers.js";
import { balances, ledgerAddsUp, shop } from "./support.js";

describe("the wallet", () => {
  it("starts at each currency's initial, and a credit writes the opening entry and its own", async () => {
    const server = await shop();
    const player = await sdk(server).createAccount();
    const fresh = await sdk(server).get(`/sdk/v1/accounts/${player.accountId}/wallet`, player.token);
    expect(fresh.body).toEqual({ accountId: player.accountId, version: 0, balances: [{ currencyId: "gems", balance: 0, max: 1_000_000 }, { currencyId: "gold", balance: 100, max: 10_000_000 }] });
    const credit = await trusted(server).post(`/server/v1/accounts/${player.accountId}/wallet/transactions`, { changes: { gold: 500 }, reason: "daily login bonus", externalRef: "bonus-1" });
    expect(credit.status).toBe(201);
    expect(credit.body.entry).toMatchObject({ version: 2, source: "server", reason: "daily login bonus", ref: "bonus-1", changes: { gold: 500 }, balancesAfter: { gold: 600 } });
    expect(balances(credit.body.wallet)).toEqual({ gems: 0, gold: 600 });
    const ledger = await sdk(server).get(`/sdk/v1/accounts/${player.accountId}/wallet/ledger`, player.token);
    expect(ledger.body.entries.map((e: { source: string; changes: object }) => [e.source, e.changes])).toEqual([["server", { gold: 500 }], ["initial", { gold: 100 }]]);
    await ledgerAddsUp(server, player.accountId, player.token);
  });

  it("refuses a change set whole: a debit past zero, a credit past max, an unknown currency; nothing is written", async () => {
    const server = await shop();
    const player = await sdk(server).createAccount();
    const post = (changes: object) => trusted(server).post(`/server/v1/accounts/${player.accountId}/wallet/transactions`, { changes, reason: "test" });
    const poor = await post({ gold: -900 });
    expect([poor.status, poor.body.error.code, poor.body.error.details]).toEqual([409, "insufficient_funds", { resource: "gold", needed: 900, have: 100 }]);
    const rich = await post({ gold: -50, gems: 1_000_001 });
    expect([rich.body.error.code, rich.body.error.details]).toEqual(["balance_limit_exceeded", { resource: "gems", limit: 1_000_000, wouldBe: 1_000_001 }]);
    expect(errorCode(await post({ silver: 1 }))).toBe("not_found");
    const wallet = (await sdk(server).get(`/sdk/v1/accounts/${player.accountId}/wallet`, player.token)).body;
    expect([wallet.version, balances(wallet)]).toEqual([0, { gems: 0, gold: 100 }]);
    expect(errorCode(await post({}))).toBe("invalid_request");
    expect(errorCode(await trusted(server).post("/server/v1/accounts/acc_aaaaaaaaaaaaaaaaaaaaaaaaaa/wallet/transactions", { changes: { gold: 1 }, reason: "x" }))).toBe("not_found");
  });

  it("applies an idempotent retry once, and records the change in the audit log with its reason", async () => {
    const server = await shop();
    const player = await sdk(server).createAccount();
    const body = { changes: { gems: 100 }, reason: "support refund for ticket 4411", idempotencyKey: "wallet-retry-0001-aaaaaaaaaaaa" };
    const first = await trusted(server).post(`/server/v1/accounts/${player.accountId}/wallet/transactions`, body);
    const again = await trusted(server).post(`/server/v1/accounts/${player.accountId}/wallet/transactions`, body);
    expect(again.headers["idempotent-replay"]).toBe("true");
    expect(again.body).toEqual(first.body);
    expect((await sdk(server).get(`/sdk/v1/accounts/${player.accountId}/wallet`, player.token)).body.version).toBe(2);
    const [entry] = await server.store.listAudit({ workspaceId: (await server.store.listWorkspaces())[0].id, action: "createWalletTransaction", limit: 5 });
    expect(entry).toMatchObject({ reason: "support refund for ticket 4411", after: { changes: { gems: 100 } } });
  });

  it("pages the ledger newest first", async () => {
    const server = await shop();
    const player = await sdk(server).createAccount();
    for (let i = 1; i <= 3; i++) await trusted(server).post(`/server/v1/accounts/${player.accountId}/wallet/transactions`, { changes: { gold: i }, reason: `r${i}` });
    const first = (await sdk(server).get(`/sdk/v1/accounts/${player.accountId}/wallet/ledger?limit=2`, player.token)).body;
    expect(first.entries.map((e: { version: number }) => e.version)).toEqual([4, 3]);
    const rest = (await sdk(server).get(`/sdk/v1/accounts/${player.accountId}/wallet/ledger?limit=2&cursor=${first.nextCursor}`, player.token)).body;
    expect([rest.entries.map((e: { version: number }) => e.version), rest.nextCursor]).toEqual([[2, 1], null]);
  });

  it("never goes below zero under 50 parallel debits: exactly ⌊balance/amount⌋ apply, and the ledger adds up", async () => {
    const server = await shop();
    const player = await sdk(server).createAccount();
    await trusted(server).post(`/server/v1/accounts/${player.accountId}/wallet/transactions`, { changes: { gold: 500 }, reason: "seed" });
    const results = await Promise.all(Array.from({ length: 50 }, () =>
      trusted(server).post(`/server/v1/accounts/${player.accountId}/wallet/transactions`, { changes: { gold: -70 }, reason: "spend" })));
    expect(results.filter((r) => r.status === 201)).toHaveLength(Math.floor(600 / 70));
    expect(results.filter((r) => r.status !== 201).every((r) => errorCode(r) === "insufficient_funds")).toBe(true);
    const { wallet } = await ledgerAddsUp(server, player.accountId, player.token);
    expect(balances(wallet).gold).toBe(600 - 70 * Math.floor(600 / 70));
  });
});
