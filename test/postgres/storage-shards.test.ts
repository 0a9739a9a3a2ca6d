// Workspace storage on PostgreSQL is counted in shards (migration 15), one per database connection
// class: two transactions writing slot versions of one workspace at once never wait for each other's
// commit, where one counter row per workspace made every sync of a workspace wait for the one before it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { randomUUID } from "node:crypto";
import { sha256Hex } from "../../server/domain/payload.js";
import { openStore } from "../../server/store/index.js";
import { STORAGE_SHARDS } from "../../server/store/migrations.js";
import type { AccountRecord, Store } from "../../server/store/types.js";
import { TEST_POSTGRES_URL, TEST_SCHEMA_PREFIX } from "../support/helpers.js";

const schema = `${TEST_SCHEMA_PREFIX}${randomUUID().replaceAll("-", "").slice(0, 16)}`;
const clients: pg.Client[] = [];
let store: Store;

/** A connection of its own in the test's schema, with its backend's process id. */
async function connect() {
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL, options: `-c search_path="${schema}"` });
  await client.connect();
  clients.push(client);
  const { rows } = await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
  return { client, pid: rows[0].pid };
}

beforeAll(async () => {
  store = await openStore({ database: TEST_POSTGRES_URL, schema, poolSize: 2, idleTimeoutMillis: 500 });
});
afterAll(async () => {
  await Promise.allSettled(clients.map((c) => c.end()));
  await store.close();
});

describe("workspace storage on PostgreSQL", () => {
  it("lets two transactions write slot versions of one workspace at once, and counts both", async () => {
    const now = new Date().toISOString();
    const ws = await store.transaction((tx) => tx.ensureWorkspace("shards", now));
    const env = await store.transaction((tx) => tx.createEnvironment(ws.id, "development", now));
    const ids = ["acc_shard_a", "acc_shard_b"];
    for (const id of ids) {
      const account: AccountRecord = { id, environmentId: env.id, playerRef: null, publicId: `plr_${id}`, displayName: null, createdAt: now, updatedAt: now, erasedAt: null };
      await store.transaction((tx) => tx.createAccount(account, { id: `ses_${id}`, tokenHash: Buffer.from(id), sdk: null }, { slotId: "main", content: { data: "1", slotInfo: "{}", checksum: sha256Hex("1"), dataBytes: 1, slotInfoBytes: 2 } }));
    }
    const before = await store.storageBytes(ws.id);
    // Two connections whose backends count into different shards, as a pool's connections almost always do.
    const first = await connect();
    let second = await connect();
    const shard = (pid: number) => pid & (STORAGE_SHARDS - 1);
    while (shard(second.pid) === shard(first.pid)) second = await connect();
    const write = (client: pg.Client, accountId: string, bytes: number) =>
      client.query(`INSERT INTO slot_versions (account_id, slot_id, version, data, slot_info, checksum, data_bytes, slot_info_bytes, created_at)
        VALUES ($1, 'main', 2, $2, '{}', $3, $4, 2, $5)`, [accountId, "x".repeat(bytes), sha256Hex("x".repeat(bytes)), bytes, now]);

    await first.client.query("BEGIN");
    await write(first.client, ids[0], 100);
    // The first transaction holds its shard until it commits; the second must not need it.
    const committed = (async () => {
      await second.client.query("BEGIN");
      await write(second.client, ids[1], 1000);
      await second.client.query("COMMIT");
      return "committed";
    })();
    const outcome = await Promise.race([committed, new Promise((resolve) => setTimeout(() => resolve("waited"), 3000))]);
    await first.client.query("COMMIT");
    await committed;
    expect(outcome).toBe("committed");
    expect(await store.storageBytes(ws.id)).toBe(before + 100 + 2 + 1000 + 2);
  });
});
