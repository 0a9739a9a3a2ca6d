// An event's finalisation across kill -9 (#19): a real server process is killed (SIGKILL, by a crash
// point just before the commit) while it finalises an event of many players, and restarted. The cut-off finalisation left nothing behind (no grant, the
// event still to finalise); the restarted process finalises it, and every ranked player in a tier ends
// with exactly one reward grant.
import { describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { sdk, startServer, tempDbPath } from "../support/helpers.js";
import { logged, startProcess } from "../support/process.js";
import { openStore } from "../../server/store/index.js";
import { publishCatalog, type Catalog } from "../../server/domain/catalog.js";
import { createEvent } from "../../server/domain/tournaments.js";
import { SHOP } from "../../scripts/docs/scenario.js";
import { DEFAULT_PLANS, type PlanLimits, type PlanName } from "../../server/domain/plans.js";
import { inTransaction } from "../../server/domain/context.js";

const PLAYERS = 1500;
const roomy: Record<PlanName, PlanLimits> = { ...DEFAULT_PLANS, free: { ...DEFAULT_PLANS.free, perMinute: { sdk_read: 100_000, sdk_write: 100_000, server_api: 100_000 } } };
const until = async (check: () => boolean, ms: number) => {
  for (const deadline = Date.now() + ms; !check(); await new Promise((r) => setTimeout(r, 5))) if (Date.now() > deadline) throw new Error("timed out");
};

describe("an event's finalisation across kill -9", () => {
  it("grants every prize exactly once, whatever was cut off", async () => {
    const db = tempDbPath();
    // Seeded in process on the test clock (2026-11-23): the event is long over by the real clock the server process keeps.
    const seeding = await startServer({ dbPath: db, plans: roomy });
    await inTransaction(seeding.app.deps, async (tx) => publishCatalog(tx, (await seeding.store.getEnvironment(seeding.environmentId))!, SHOP as Catalog));
    await seeding.store.transaction((store) => createEvent({ ...seeding.app.deps, store }, seeding.environmentId, {
      eventId: "cup", name: "Cup", startsAt: "2026-11-23T09:00:00Z", endsAt: "2026-11-23T10:00:00Z", rewards: [{ fromRank: 1, toRank: PLAYERS, rewards: { currencies: { gems: 1 } } }],
    }));
    const player = sdk(seeding);
    for (let batch = 0; batch < PLAYERS; batch += 100) {
      await Promise.all(Array.from({ length: Math.min(100, PLAYERS - batch) }, async (_, i) => {
        const p = await player.createAccount({});
        const attempt = await player.post(`/sdk/v1/accounts/${p.accountId}/events/cup/attempts`, {}, p.token);
        await player.post(`/sdk/v1/accounts/${p.accountId}/events/cup/attempts/${attempt.body.attemptId}/score`, { score: batch + i }, p.token);
      }));
    }
    await seeding.app.stop();
    await seeding.store.close();

    // The first process dies by kill -9 inside the finalisation's transaction, every grant written, none
    // committed (its finaliser may get there before it even says it listens).
    const first = spawn(process.execPath, ["build/main.mjs"], {
      env: { ...process.env, PORT: "0", HOST: "127.0.0.1", PERSISTLY_DB: db, PERSISTLY_LOG_LEVEL: "info", PERSISTLY_CRASH_AT: "event-finalisation-before-commit" },
      stdio: "ignore",
    });
    // Only the crash point sends SIGKILL: the process reached it, inside the transaction (its log lines may not have been flushed).
    const signal = await new Promise((resolve) => first.once("exit", (_code, signal) => resolve(signal)));
    expect(signal, "the process was killed at the crash point, it did not exit").toBe("SIGKILL");
    const grants = async () => {
      const store = await openStore({ database: db });
      try {
        return { state: (await store.getEvent(seeding.environmentId, "cup"))!.state, grants: await countEventGrants(db) };
      } finally {
        await store.close();
      }
    };
    const cut = await grants();
    expect(cut).toEqual({ state: "scheduled", grants: 0 });

    const second = await startProcess(db);
    try {
      await until(() => logged(second, "event finalised").length > 0, 30_000);
      expect(await grants()).toEqual({ state: "finalised", grants: PLAYERS });
      expect(await countEventGrants(db, true)).toBe(PLAYERS); // one per account
    } finally {
      second.child.kill("SIGKILL");
      await second.exited;
    }
  }, 120_000);
});

/** Event grants in the database (or the accounts holding them). */
async function countEventGrants(db: string, distinctAccounts = false) {
  const { default: Database } = await import("better-sqlite3");
  const raw = new Database(db, { readonly: true });
  try {
    const row = raw.prepare(`SELECT COUNT(${distinctAccounts ? "DISTINCT account_id" : "*"}) AS n FROM grants WHERE source = 'event'`).get() as { n: number };
    return row.n;
  } finally {
    raw.close();
  }
}
