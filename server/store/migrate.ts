// The one migration runner: applies the pending versions of server/store/migrations.ts in order, a
// transaction each, recorded in `schema_migrations` (the table earlier releases kept, so their
// databases upgrade in place). On PostgreSQL an advisory lock makes processes starting together
// migrate once.
import { sql } from "kysely";
import type { Engine } from "./engine.js";
import { migrations } from "./migrations.js";
import { transactionOn } from "./transaction.js";

const MIGRATION_LOCK = 7312001;

/** Brings the schema up to date; returns the versions it applied. */
export function migrate(engine: Engine): Promise<number[]> {
  return engine.withWriter(async (db) => {
    if (engine.dialect === "postgres") await sql`SELECT pg_advisory_lock(${MIGRATION_LOCK})`.execute(db);
    try {
      await db.schema.createTable("schema_migrations").ifNotExists()
        .addColumn("version", "integer", (c) => c.primaryKey())
        .addColumn("name", "text", (c) => c.notNull())
        .addColumn("applied_at", "text", (c) => c.notNull())
        .execute();
      const applied = new Set((await db.selectFrom("schema_migrations").select("version").execute()).map((r) => r.version));
      const done: number[] = [];
      for (const m of migrations.filter((m) => !applied.has(m.version))) {
        await transactionOn(db, engine.dialect, async (tx) => {
          await m.up(tx, engine.dialect);
          await tx.insertInto("schema_migrations").values({ version: m.version, name: m.name, applied_at: new Date().toISOString() }).execute();
        });
        done.push(m.version);
      }
      return done;
    } finally {
      if (engine.dialect === "postgres") await sql`SELECT pg_advisory_unlock(${MIGRATION_LOCK})`.execute(db).catch(() => {});
    }
  });
}

/** The versions a database has applied, without applying anything (empty for a database never migrated). */
export async function appliedVersions(engine: Engine): Promise<number[]> {
  const tables = await engine.reader.introspection.getTables();
  if (!tables.some((t) => t.name === "schema_migrations")) return [];
  return (await engine.reader.selectFrom("schema_migrations").select("version").orderBy("version").execute()).map((r) => r.version);
}
