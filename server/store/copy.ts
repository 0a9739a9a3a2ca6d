// `persistly copy`: moves an embedded SQLite database into PostgreSQL, table by table in key order, in
// batches of one transaction each. Resumable: each table's progress is checkpointed in the target, and
// rows are inserted with ON CONFLICT DO NOTHING, so a run cut short picks up where it stopped.
// Workspace storage is recounted by the target's own trigger as slot versions arrive.
import Database from "better-sqlite3";
import pg from "pg";
import { existsSync } from "node:fs";
import { openPostgresStore } from "./postgres.js";

/** Tables in foreign-key order, with their key (the copy's order) and the columns SQLite holds as 0/1. */
const TABLES: Array<{ name: string; key: string; booleans?: string[]; zero?: Record<string, number> }> = [
  { name: "workspaces", key: "id", zero: { storage_bytes: 0 } },
  { name: "environments", key: "id", booleans: ["transfer_codes_enabled"] },
  { name: "api_keys", key: "id" },
  { name: "accounts", key: "id" },
  { name: "account_sessions", key: "id" },
  { name: "slots", key: "account_id, slot_id" },
  { name: "slot_versions", key: "account_id, slot_id, version" },
  { name: "transfer_codes", key: "environment_id, locator" },
  { name: "game_configs", key: "environment_id, version" },
  { name: "idempotency_records", key: "key_hash" },
  { name: "usage_daily", key: "environment_id, day, surface, sdk" },
];

const BATCH_BYTES = 8 * 1024 * 1024;

export interface CopyProgress {
  table: string;
  done: number;
  total: number;
}

export interface CopyResult {
  tables: Array<{ table: string; rows: number; resumedFrom: number }>;
}

export async function copySqliteToPostgres(
  from: string, to: string, options: { batch?: number; onProgress?: (p: CopyProgress) => void } = {},
): Promise<CopyResult> {
  if (!existsSync(from)) throw new Error(`no SQLite database at ${from}`);
  const source = new Database(from, { readonly: true, fileMustExist: true });
  // Opening the target store creates and migrates its schema.
  await (await openPostgresStore({ url: to, poolSize: 1 })).close();
  const target = new pg.Client({ connectionString: to });
  await target.connect();
  const batchSize = options.batch ?? 500;
  const result: CopyResult = { tables: [] };
  try {
    await target.query("CREATE TABLE IF NOT EXISTS persistly_copy_progress (table_name TEXT PRIMARY KEY, source TEXT NOT NULL, rows_done BIGINT NOT NULL)");
    const started = (await target.query("SELECT table_name, source, rows_done FROM persistly_copy_progress")).rows;
    if (started.some((r) => r.source !== from)) throw new Error(`the target holds a copy from ${started[0].source}, not ${from}`);
    if (!started.length && Number((await target.query("SELECT COUNT(*) AS n FROM workspaces")).rows[0].n) > 0) {
      throw new Error("the target database already holds data; copy into an empty database");
    }
    const resumeAt = new Map(started.map((r) => [r.table_name as string, Number(r.rows_done)]));
    for (const table of TABLES) {
      const total = (source.prepare(`SELECT COUNT(*) AS n FROM ${table.name}`).get() as { n: number }).n;
      const resumedFrom = resumeAt.get(table.name) ?? 0;
      let done = resumedFrom;
      options.onProgress?.({ table: table.name, done, total });
      let batch: Array<Record<string, unknown>> = [];
      let bytes = 0;
      const flush = async () => {
        bytes = 0;
        if (!batch.length) return;
        await insertBatch(target, table, batch, from, done + batch.length);
        done += batch.length;
        batch = [];
        options.onProgress?.({ table: table.name, done, total });
      };
      let index = 0;
      for (const row of source.prepare(`SELECT * FROM ${table.name} ORDER BY ${table.key}`).iterate() as Iterable<Record<string, unknown>>) {
        if (index++ < resumedFrom) continue;
        batch.push(row);
        // Save data can be large: a batch is also capped in bytes.
        bytes += Object.values(row).reduce<number>((n, v) => n + (typeof v === "string" || Buffer.isBuffer(v) ? v.length : 8), 0);
        if (batch.length >= batchSize || bytes >= BATCH_BYTES) await flush();
      }
      await flush();
      result.tables.push({ table: table.name, rows: done, resumedFrom });
    }
    return result;
  } finally {
    source.close();
    await target.end();
  }
}

async function insertBatch(client: pg.Client, table: (typeof TABLES)[number], rows: Array<Record<string, unknown>>, source: string, rowsDone: number) {
  const columns = Object.keys(rows[0]);
  const values: unknown[] = [];
  const tuples = rows.map((row) => {
    const placeholders = columns.map((column) => {
      let value = row[column];
      if (table.booleans?.includes(column)) value = value === 1;
      if (table.zero && column in table.zero) value = table.zero[column];
      values.push(value);
      return `$${values.length}`;
    });
    return `(${placeholders.join(", ")})`;
  });
  await client.query("BEGIN");
  try {
    await client.query(`INSERT INTO ${table.name} (${columns.join(", ")}) VALUES ${tuples.join(", ")} ON CONFLICT DO NOTHING`, values);
    await client.query(
      `INSERT INTO persistly_copy_progress (table_name, source, rows_done) VALUES ($1, $2, $3)
       ON CONFLICT (table_name) DO UPDATE SET rows_done = excluded.rows_done`,
      [table.name, source, rowsDone],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  }
}
