// The store's statements for catalogs: immutable versions per environment, one of them active.
import { sql, type Kysely } from "kysely";
import type { Engine } from "./engine.js";
import { prepared } from "./prepared.js";
import type { DB } from "./schema.js";
import type { Row } from "./rows.js";
import type { CatalogRecord } from "./types.js";

type Db = Kysely<DB>;

const catalog = (r: Row): CatalogRecord => ({ version: r.version, catalog: r.catalog, publishedAt: r.published_at });

/** The next version, made active at once (the caller holds the environment's lock). */
export async function publishCatalog(db: Db, environmentId: string, text: string, now: string): Promise<CatalogRecord> {
  const { v } = await db.selectFrom("catalogs").select(sql<number>`COALESCE(MAX(version), 0)`.as("v")).where("environment_id", "=", environmentId).executeTakeFirstOrThrow();
  const version = Number(v) + 1;
  await db.insertInto("catalogs").values({ environment_id: environmentId, version, catalog: text, published_at: now }).execute();
  await db.updateTable("environments").set({ active_catalog_version: version }).where("id", "=", environmentId).execute();
  return { version, catalog: text, publishedAt: now };
}

export async function listCatalogs(db: Db, environmentId: string) {
  return (await db.selectFrom("catalogs").selectAll().where("environment_id", "=", environmentId).orderBy("version", "desc").execute()).map(catalog);
}

export async function getCatalog(db: Db, environmentId: string, version: number) {
  const row = await db.selectFrom("catalogs").selectAll().where("environment_id", "=", environmentId).where("version", "=", version).executeTakeFirst();
  return row ? catalog(row) : null;
}

export async function activateCatalog(db: Db, environmentId: string, version: number) {
  const result = await db.updateTable("environments").set({ active_catalog_version: version }).where("id", "=", environmentId)
    .where((eb) => eb.exists(eb.selectFrom("catalogs").select("version").where("environment_id", "=", environmentId).where("version", "=", version)))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

// Every purchase asks which version is active: built and compiled once (store/prepared.ts).
const activeVersion = prepared<{ environmentId: string }, { active_catalog_version: number | null }>((db, p) =>
  db.selectFrom("environments").select("active_catalog_version").where("id", "=", p("environmentId")));

export async function activeCatalogVersion(engine: Engine, db: Db, environmentId: string) {
  return (await activeVersion(engine, db, { environmentId })).rows[0]?.active_catalog_version ?? null;
}
