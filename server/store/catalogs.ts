// The store's statements for catalogs: immutable versions per environment, one of them active.
import { sql } from "kysely";
import type { Engine } from "./engine.js";
import { prepared, type Param } from "./prepared.js";
import type { Row } from "./rows.js";
import type { CatalogRecord } from "./types.js";
import type { AreaMethods, Db } from "./context.js";

/** Catalogs: published as immutable versions; publishing makes the new one active. */
export interface CatalogReads {
  listCatalogs(environmentId: string): Promise<CatalogRecord[]>;
  getCatalog(environmentId: string, version: number): Promise<CatalogRecord | null>;
  activeCatalogVersion(environmentId: string): Promise<number | null>;
}

/** Changes and locks: only on the store a transaction hands out (Store.transaction). */
export interface CatalogWrites {
  publishCatalog(environmentId: string, catalog: string, now: string): Promise<CatalogRecord>;
  activateCatalog(environmentId: string, version: number): Promise<boolean>;
}

export type CatalogStore = CatalogReads & CatalogWrites;

export const catalogStore: AreaMethods<CatalogStore> = {
  publishCatalog(environmentId, catalog, now) {
    return this.writePrincipals(async (db) => {
      await this.lock(db, "environments", environmentId);
      return publishCatalog(db, environmentId, catalog, now);
    });
  },
  listCatalogs(environmentId) {
    return listCatalogs(this.read, environmentId);
  },
  getCatalog(environmentId, version) {
    return getCatalog(this.read, environmentId, version);
  },
  activeCatalogVersion(environmentId) {
    return activeCatalogVersion(this.engine, this.read, environmentId);
  },
  activateCatalog(environmentId, version) {
    return this.writePrincipals((db) => activateCatalog(db, environmentId, version));
  },
};


const catalog = (r: Row<"catalogs">): CatalogRecord => ({ version: r.version, catalog: r.catalog, publishedAt: r.published_at });

/** The next version, made active at once (the caller holds the environment's lock). */
async function publishCatalog(db: Db, environmentId: string, text: string, now: string): Promise<CatalogRecord> {
  const { v } = await db.selectFrom("catalogs").select(sql<number>`COALESCE(MAX(version), 0)`.as("v")).where("environment_id", "=", environmentId).executeTakeFirstOrThrow();
  const version = Number(v) + 1;
  await db.insertInto("catalogs").values({ environment_id: environmentId, version, catalog: text, published_at: now }).execute();
  await db.updateTable("environments").set({ active_catalog_version: version }).where("id", "=", environmentId).execute();
  return { version, catalog: text, publishedAt: now };
}

async function listCatalogs(db: Db, environmentId: string) {
  return (await db.selectFrom("catalogs").selectAll().where("environment_id", "=", environmentId).orderBy("version", "desc").execute()).map(catalog);
}

async function getCatalog(db: Db, environmentId: string, version: number) {
  const row = await db.selectFrom("catalogs").selectAll().where("environment_id", "=", environmentId).where("version", "=", version).executeTakeFirst();
  return row ? catalog(row) : null;
}

async function activateCatalog(db: Db, environmentId: string, version: number) {
  const result = await db.updateTable("environments").set({ active_catalog_version: version }).where("id", "=", environmentId)
    .where((eb) => eb.exists(eb.selectFrom("catalogs").select("version").where("environment_id", "=", environmentId).where("version", "=", version)))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

// Every purchase asks which version is active: built and compiled once (store/prepared.ts).
const activeVersion = prepared((db, p: Param<{ environmentId: string }>) =>
  db.selectFrom("environments").select("active_catalog_version").where("id", "=", p("environmentId")));

async function activeCatalogVersion(engine: Engine, db: Db, environmentId: string) {
  return (await activeVersion(engine, db, { environmentId })).rows[0]?.active_catalog_version ?? null;
}
