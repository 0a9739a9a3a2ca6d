// Races for an event (#19), on both engines, with real parallel requests: one player's entries against
// a balance for three, and more players than places.
import { describe, expect, it } from "vitest";
import { DEFAULT_PLANS, type PlanLimits, type PlanName } from "../../../server/domain/plans.js";
import { errorCode, sdk, startServer } from "../../support/helpers.js";
import { balances, ledgerAddsUp } from "../economy/support.js";
import { publishCatalog, type Catalog } from "../../../server/domain/catalog.js";
import { createEvent } from "../../../server/domain/tournaments.js";
import { SHOP } from "../../../scripts/docs/scenario.js";
import { CUP, enter, gold } from "./support.js";
import { inTransaction } from "../../../server/domain/context.js";

const roomy: Record<PlanName, PlanLimits> = { ...DEFAULT_PLANS, free: { ...DEFAULT_PLANS.free, perMinute: { sdk_read: 100_000, sdk_write: 100_000, server_api: 100_000 } } };

async function cupServer(event: Partial<Parameters<typeof createEvent>[2]>) {
  const server = await startServer({ plans: roomy });
  await inTransaction(server.app.deps, async (tx) => publishCatalog(tx, (await server.store.getEnvironment(server.environmentId))!, SHOP as Catalog));
  await server.app.deps.store.transaction((store) => createEvent({ ...server.app.deps, store }, server.environmentId, { ...CUP, ...event }));
  return server;
}

describe("racing for an event", () => {
  it("50 parallel entries from one player with gold for 3: exactly 3 enter, and the wallet and ledger agree", async () => {
    const server = await cupServer({ entryCost: { gold: 50 }, maxAttemptsPerPlayer: 100 });
    const p = await sdk(server).createAccount();
    await gold(server, p.accountId, 50); // 150 with the initial 100
    const results = await Promise.all(Array.from({ length: 50 }, () => enter(server, p)));
    expect(results.filter((r) => r.status === 201)).toHaveLength(3);
    expect(results.filter((r) => errorCode(r) === "insufficient_entry_cost")).toHaveLength(47);
    expect(results.map((r) => r.body.attemptsRemaining).filter((n) => n !== undefined).sort((a, b) => a - b)).toEqual([97, 98, 99]);
    const { wallet } = await ledgerAddsUp(server, p.accountId, p.token);
    expect(balances(wallet).gold).toBe(0);
  });

  it("200 players racing for 100 places: exactly 100 enter", async () => {
    const server = await cupServer({ maxParticipants: 100 });
    const ps = await Promise.all(Array.from({ length: 200 }, () => sdk(server).createAccount({})));
    const results = await Promise.all(ps.map((p) => enter(server, p)));
    expect(results.filter((r) => r.status === 201)).toHaveLength(100);
    expect(results.filter((r) => errorCode(r) === "event_full")).toHaveLength(100);
    expect(await server.store.countParticipants(server.environmentId, "cup")).toBe(100);
  });
});
