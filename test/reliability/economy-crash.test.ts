// The economy across kill -9 (#18): purchases, credits and grant claims fired concurrently at a real
// server process, which is killed mid-flight and restarted; every change is then retried with its
// idempotency key. Afterwards no ledger entry exists without its balance or stack change, nor a change
// without its entry (each account's ledger adds up to its wallet and inventory), and every keyed change
// applied exactly once.
import { describe, expect, it } from "vitest";
import { tempDbPath } from "../support/helpers.js";
import { startProcess, type ServerProcess } from "../support/process.js";
import { openStore } from "../../server/store/index.js";
import { publishCatalog, type Catalog } from "../../server/domain/catalog.js";
import { SHOP } from "../../scripts/docs/scenario.js";
import type { Store } from "../../server/store/types.js";
import { sendUntilKilled } from "../support/crashLoad.js";

const PLAYERS = 4;
const PER_PLAYER = 15;

async function withStore<T>(db: string, work: (store: Store) => Promise<T>) {
  const store = await openStore({ database: db });
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

describe("the economy across kill -9", () => {
  it("keeps every ledger entry with its change and applies each keyed change once, whatever was cut off and retried", async () => {
    const db = tempDbPath();
    let server: ServerProcess = await startProcess(db);
    const { runtimeKey, serverKey } = server;
    await withStore(db, async (store) => {
      const [env] = await store.listEnvironments((await store.listWorkspaces())[0].id);
      await store.transaction((tx) => publishCatalog({ store: tx, now: () => new Date() }, env, SHOP as Catalog));
    });
    const post = (path: string, body: object, key: string, token?: string) => fetch(`${server.base}${path}`, {
      method: "POST", body: JSON.stringify(body),
      headers: { Authorization: `Bearer ${key}`, "Content-Type": "application/json", ...(token ? { "X-Persistly-Account-Session": token } : {}) },
    });
    const players: Array<{ accountId: string; token: string; grants: string[] }> = [];
    for (let i = 0; i < PLAYERS; i++) {
      const created = (await (await post("/sdk/v1/accounts", {}, runtimeKey)).json()) as { accountId: string; accountSessionToken: string };
      const grants: string[] = [];
      for (let g = 0; g < 3; g++) {
        const issued = (await (await post("/server/v1/grants", { accountId: created.accountId, rewards: { currencies: { gems: 10 } }, reason: "crash test" }, serverKey)).json()) as { grant: { grantId: string } };
        grants.push(issued.grant.grantId);
      }
      await post(`/server/v1/accounts/${created.accountId}/wallet/transactions`, { changes: { gold: 3_000 }, reason: "seed" }, serverKey);
      players.push({ accountId: created.accountId, token: created.accountSessionToken, grants });
    }
    // Per player: purchases, credits and claims, each with its own key (a claim's retry answers the first claim).
    const changes = players.flatMap((p, i) => Array.from({ length: PER_PLAYER }, (_, n) => {
      const idempotencyKey = `econ-crash-${i}-${String(n).padStart(4, "0")}-aaaaaaaaaaaa`;
      if (n % 5 === 0 && n / 5 < p.grants.length) return () => post(`/sdk/v1/accounts/${p.accountId}/grants/${p.grants[n / 5]}/claim`, { idempotencyKey }, runtimeKey, p.token);
      if (n % 3 === 0) return () => post(`/server/v1/accounts/${p.accountId}/wallet/transactions`, { changes: { gold: 100 }, reason: "credit", idempotencyKey }, serverKey);
      return () => post(`/sdk/v1/accounts/${p.accountId}/purchases`, { offerId: "potion-pack", idempotencyKey }, runtimeKey, p.token);
    }));

    const statuses = await sendUntilKilled(changes, changes.length / 5, async () => {
      server.child.kill("SIGKILL");
      await server.exited;
    });
    const cutOff = statuses.filter((s) => s === 0).length;
    expect(cutOff, "some changes were cut off").toBeGreaterThan(0);

    server = await startProcess(db);
    try {
      const retried = await Promise.all(changes.map((send) => send().then((r) => r.status)));
      expect(retried.filter((s) => s >= 500)).toEqual([]);
      await withStore(db, async (store) => {
        for (const p of players) {
          const entries = await store.listLedger(p.accountId, 1000);
          const sums: Record<string, number> = {};
          const items: Record<string, number> = {};
          for (const e of entries) {
            for (const [c, d] of Object.entries(e.changes)) sums[c] = (sums[c] ?? 0) + d;
            for (const [c, d] of Object.entries(e.itemChanges)) items[c] = (items[c] ?? 0) + d;
          }
          expect(sums, p.accountId).toEqual((await store.wallet(p.accountId)).balances);
          expect(Object.fromEntries(Object.entries(items).filter(([, n]) => n)), p.accountId).toEqual(await store.inventory(p.accountId));
          expect(entries.map((e) => e.seq), "versions without gaps").toEqual(Array.from({ length: entries.length }, (_, i) => entries.length - i));
          const bySource = (source: string) => entries.filter((e) => e.source === source).length;
          expect(bySource("grant"), "each grant claimed once").toBe(p.grants.length);
          const credits = Array.from({ length: PER_PLAYER }, (_, n) => n).filter((n) => !(n % 5 === 0 && n / 5 < 3) && n % 3 === 0).length;
          expect(bySource("server"), "each keyed credit once, plus the seed").toBe(credits + 1);
          expect(bySource("purchase")).toBe(PER_PLAYER - credits - p.grants.length); // the seed covers every purchase
        }
      });
      console.log(`economy crash: ${changes.length} changes, ${cutOff} cut off by kill -9 and retried`);
    } finally {
      server.child.kill("SIGKILL");
    }
  }, 60_000);
});
