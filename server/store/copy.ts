// `persistly copy`: moves an embedded SQLite database into PostgreSQL, table by table in key order, in
// batches of one transaction each, through the store's own engines and schema. Resumable: each
// table's progress is checkpointed in the target, and rows are inserted with ON CONFLICT DO NOTHING,
// so a run cut short picks up where it stopped. Workspace storage is recounted by the target's own
// trigger as slot versions arrive.
import { existsSync } from "node:fs";
import { sql, type Kysely } from "kysely";
import type { Engine } from "./engine.js";
import { openEngine } from "./index.js";
import { migrate } from "./migrate.js";
import { TABLES } from "./schema.js";
import { runTransaction } from "./transaction.js";

const BATCH_BYTES = 8 * 1024 * 1024;

export interface CopyProgress {
  table: string;
  done: number;
  total: number;
}

export interface CopyResult {
  tables: Array<{ table: string; rows: number; resumedFrom: number }>;
}

type Row = Record<string, unknown>;
type Loose = Kysely<any>;

export async function copySqliteToPostgres(
  from: string, to: string, options: { batch?: number; onProgress?: (p: CopyProgress) => void } = {},
): Promise<CopyResult> {
  if (!existsSync(from)) throw new Error(`no SQLite database at ${from}`);
  const engines: Engine[] = [];
  try {
    const source = await openEngine({ database: from });
    engines.push(source);
    const target = await openEngine({ database: to, poolSize: 1 });
    engines.push(target);
    // Both sides reach the newest schema first, so every table and column has its twin.
    await migrate(source);
    await migrate(target);
    return await copyTables(source.reader as Loose, target, from, options);
  } finally {
    for (const engine of engines.reverse()) await engine.close();
  }
}

async function copyTables(source: Loose, target: Engine, from: string, options: { batch?: number; onProgress?: (p: CopyProgress) => void }) {
  const db = target.writer as Loose;
  const batchSize = options.batch ?? 500;
  await db.schema.createTable("persistly_copy_progress").ifNotExists()
    .addColumn("table_name", "text", (c) => c.primaryKey())
    .addColumn("source", "text", (c) => c.notNull())
    .addColumn("rows_done", "bigint", (c) => c.notNull())
    .execute();
  const started = await db.selectFrom("persistly_copy_progress").selectAll().execute();
  if (started.some((r) => r.source !== from)) throw new Error(`the target holds a copy from ${started[0].source}, not ${from}`);
  const { n } = await db.selectFrom("workspaces").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow();
  if (!started.length && Number(n) > 0) throw new Error("the target database already holds data; copy into an empty database");
  const resumeAt = new Map(started.map((r) => [r.table_name as string, Number(r.rows_done)]));
  const result: CopyResult = { tables: [] };
  for (const table of TABLES) {
    const total = Number((await source.selectFrom(table.name).select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);
    const resumedFrom = resumeAt.get(table.name) ?? 0;
    let done = resumedFrom;
    options.onProgress?.({ table: table.name, done, total });
    let batch: Row[] = [];
    let bytes = 0;
    const flush = async () => {
      bytes = 0;
      if (!batch.length) return;
      const rows = batch.map((row) => asTargetRow(table, row));
      const through = done + rows.length;
      await runTransaction(target, async (tx) => {
        await (tx as Loose).insertInto(table.name).values(rows).onConflict((oc) => oc.doNothing()).execute();
        await (tx as Loose).insertInto("persistly_copy_progress").values({ table_name: table.name, source: from, rows_done: through })
          .onConflict((oc) => oc.column("table_name").doUpdateSet({ rows_done: through })).execute();
      });
      done = through;
      batch = [];
      options.onProgress?.({ table: table.name, done, total });
    };
    const ordered = table.key.reduce((query, column) => query.orderBy(column), source.selectFrom(table.name).selectAll());
    const rows = ordered.limit(Number.MAX_SAFE_INTEGER).offset(resumedFrom).stream();
    for await (const row of rows as AsyncIterable<Row>) {
      batch.push(row);
      // Save data can be large: a batch is also capped in bytes.
      bytes += Object.values(row).reduce<number>((sum, v) => sum + (typeof v === "string" || Buffer.isBuffer(v) ? v.length : 8), 0);
      if (batch.length >= batchSize || bytes >= BATCH_BYTES) await flush();
    }
    await flush();
    result.tables.push({ table: table.name, rows: done, resumedFrom });
  }
  // Rows arrived with their own sequence numbers; new ones must continue after the highest.
  for (const table of TABLES.filter((t) => t.serial)) {
    await sql`SELECT setval(pg_get_serial_sequence(${table.name}, ${table.serial}), COALESCE((SELECT MAX(${sql.ref(table.serial!)}) FROM ${sql.table(table.name)}), 0) + 1, false)`.execute(db);
  }
  return result;
}

/** A SQLite row as PostgreSQL takes it: booleans from 0/1. */
function asTargetRow(table: (typeof TABLES)[number], row: Row): Row {
  const out = { ...row };
  for (const column of table.booleans ?? []) out[column] = row[column] === 1;
  return out;
}
