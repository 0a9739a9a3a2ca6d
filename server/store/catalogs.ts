// The store's statements for catalogs: immutable versions per environment, one of them active.
import { sql } from "kysely";
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
  async listCatalogs(environmentId) {
    return (await this.read.selectFrom("catalogs").selectAll().where("environment_id", "=", environmentId).orderBy("version", "desc").execute()).map(catalog);
  },
  async getCatalog(environmentId, version) {
    const row = await this.read.selectFrom("catalogs").selectAll().where("environment_id", "=", environmentId).where("version", "=", version).executeTakeFirst();
    return row ? catalog(row) : null;
  },
  async activeCatalogVersion(environmentId) {
    return (await activeVersion(this.engine, this.read, { environmentId })).rows[0]?.active_catalog_version ?? null;
  },
  activateCatalog(environmentId, version) {
    return this.writePrincipals(async (db) => {
      const result = await db.updateTable("environments").set({ active_catalog_version: version }).where("id", "=", environmentId)
        .where((eb) => eb.exists(eb.selectFrom("catalogs").select("version").where("environment_id", "=", environmentId).where("version", "=", version)))
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    });
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

// Every purchase asks which version is active: built and compiled once (store/prepared.ts).
const activeVersion = prepared((db, p: Param<{ environmentId: string }>) =>
  db.selectFrom("environments").select("active_catalog_version").where("id", "=", p("environmentId")));
