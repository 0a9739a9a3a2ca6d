// Databases made by the previous release (store/fixtures: a SQLite dump and a pg_dump of a database
// the hand-written stores of 0.1.0 created and filled) upgrade in place: the one migration list finds
// them at their recorded version, nothing is lost, and they have the schema a new database gets.
import { describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import pg from "pg";
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { openStore } from "../../server/store/index.js";
import { hashSecret } from "../../server/domain/secrets.js";
import { latestMigration } from "../../server/store/migrations.js";
import { sha256Hex } from "../../server/domain/payload.js";
import { tempDbPath, TEST_POSTGRES_URL, TEST_SCHEMA_PREFIX } from "../support/helpers.js";
import type { Store } from "../../server/store/types.js";

const onPostgres = process.env.PERSISTLY_TEST_STORE === "postgres";
const fixture = (engine: string) => readFileSync(new URL(`./fixtures/release-0.1.0.${engine}.sql`, import.meta.url), "utf8");

// What the 0.1.0 fixtures hold (printed when they were made).
const RELEASED = onPostgres
  ? { runtimeKey: "pst_rt_u5t1fI2Lhe3IFkt7W5vBJAL5xvCwqa9bPV2Juod5GrY", accountId: "acc_qkzclkqrcxk5dbchguezsiwviy", session: "pst_as_WsONGwi8UNlwqxjZFuwncdNK5YEWVUFLCfLNJicS2kY" }
  : { runtimeKey: "pst_rt_ICUnWSdtyhrox4nHolZQCEZFJbjekVMVMO8CHKKqc2k", accountId: "acc_ryo4r5savmpgmcdwc5b272avl4", session: "pst_as_6SnfKJXUlk_RIkCQ848RGieRrbElP81164evtmpvXi4" };

interface Loaded {
  store: Store;
  /** Table → its columns, keys and indexes, in a form both a fixture and a fresh database can be compared in. */
  schema(): Promise<unknown>;
  close(): Promise<void>;
}

async function sqliteDatabase(fromRelease: boolean): Promise<Loaded> {
  const path = tempDbPath();
  if (fromRelease) {
    const db = new Database(path);
    db.exec(fixture("sqlite"));
    db.close();
  }
  const store = await openStore({ database: path });
  const schema = async () => {
    const db = new Database(path, { readonly: true });
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as Array<{ name: string }>;
    const described = Object.fromEntries(tables.map(({ name }) => [name, {
      columns: db.prepare(`PRAGMA table_info(${name})`).all().map((c: any) => [c.name, c.type.toLowerCase(), c.notnull, String(c.dflt_value ?? "").replace(/'/g, ""), c.pk]),
      foreignKeys: db.prepare(`PRAGMA foreign_key_list(${name})`).all().map((f: any) => [f.table, f.from, f.to]),
      indexes: (db.prepare(`PRAGMA index_list(${name})`).all() as any[]).map((i) => [i.unique, i.partial, (db.prepare(`PRAGMA index_info("${i.name}")`).all() as any[]).map((c) => c.name)]).sort(),
      withoutRowId: /without rowid/i.test((db.prepare("SELECT sql FROM sqlite_master WHERE name = ?").get(name) as { sql: string }).sql),
    }]));
    const triggers = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name").all() as Array<{ name: string }>).map((t) => t.name);
    db.close();
    return { tables: described, triggers };
  };
  return { store, schema, close: () => store.close() };
}

async function postgresDatabase(fromRelease: boolean): Promise<Loaded> {
  const schemaName = `${TEST_SCHEMA_PREFIX}${randomUUID().replaceAll("-", "").slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await admin.connect();
  if (fromRelease) await admin.query(fixture("postgres").replaceAll("persistly_fixture_0_1_0", schemaName));
  const store = await openStore({ database: TEST_POSTGRES_URL, schema: schemaName, poolSize: 2 });
  const schema = async () => {
    const columns = await admin.query(`SELECT table_name, column_name, data_type, is_nullable, column_default FROM information_schema.columns
      WHERE table_schema = $1 ORDER BY table_name, column_name`, [schemaName]);
    const indexes = await admin.query("SELECT tablename, indexdef FROM pg_indexes WHERE schemaname = $1 ORDER BY tablename, indexdef", [schemaName]);
    const constraints = await admin.query(`SELECT conrelid::regclass::text AS tbl, contype, pg_get_constraintdef(oid) AS def FROM pg_constraint
      WHERE connamespace = $1::regnamespace ORDER BY 1, 2, 3`, [schemaName]);
    const triggers = await admin.query("SELECT DISTINCT trigger_name FROM information_schema.triggers WHERE trigger_schema = $1 ORDER BY 1", [schemaName]);
    const strip = (text: string) => text.replaceAll(`${schemaName}.`, "").replace(/ \w+ ON /, " ON ");
    return {
      columns: columns.rows.map((r) => ({ ...r, column_default: r.column_default && strip(r.column_default) })),
      indexes: indexes.rows.map((r) => [r.tablename, strip(r.indexdef)]).sort(),
      constraints: constraints.rows.map((r) => [strip(r.tbl), r.contype, strip(r.def)]).sort(),
      triggers: triggers.rows.map((r) => r.trigger_name),
    };
  };
  return {
    store, schema,
    async close() {
      await store.close();
      await admin.query(`DROP SCHEMA "${schemaName}" CASCADE`);
      await admin.end();
    },
  };
}

const open = onPostgres ? postgresDatabase : sqliteDatabase;

describe(`a database made by release 0.1.0 (${onPostgres ? "PostgreSQL" : "SQLite"})`, () => {
  it("opens at its recorded version and keeps its keys, sessions, slots, history, configs and storage count", async () => {
    const db = await open(true);
    try {
      const { store } = db;
      const principal = await store.findKeyPrincipal(hashSecret(RELEASED.runtimeKey));
      expect(principal).toMatchObject({ key: { kind: "runtime", revokedAt: null }, environment: { name: "development", transferCodesEnabled: true, activeGameConfigVersion: 1 } });
      const found = await store.findSession(hashSecret(RELEASED.session));
      expect(found?.account).toMatchObject({ id: RELEASED.accountId, playerRef: "player-1", erasedAt: null, publicId: expect.stringMatching(/^plr_[0-9a-f]{32}$/), displayName: null });
      const slot = await store.getSlot(RELEASED.accountId, "main");
      expect(slot).toMatchObject({ version: 2, data: '{"gold":9,"hp":90}', slotInfo: '{"level":2}' });
      expect((await store.listSlotVersions(RELEASED.accountId, "main", "2000-01-01T00:00:00.000Z")).map((v) => v.version)).toEqual([2, 1]);
      expect(JSON.parse((await store.getActiveGameConfig(principal!.environment.id))!.config)).toEqual({ maxLevel: 10 });
      // The count the release kept on its workspace row is carried into the shards (migration 15).
      const versions = await store.listSlotVersions(RELEASED.accountId, "main", "2000-01-01T00:00:00.000Z");
      const before = await store.storageBytes(principal!.workspace.id);
      expect(before).toBe(versions.reduce((sum, v) => sum + v.dataBytes + v.slotInfoBytes, 0));

      // It takes new writes, counted by the triggers of today's schema.
      const data = '{"gold":10,"hp":80}';
      const written = await store.transaction((tx) => tx.writeSlot(RELEASED.accountId, "main", 2, { data, slotInfo: "{}", checksum: sha256Hex(data), dataBytes: data.length, slotInfoBytes: 2 }, new Date().toISOString()));
      expect(written).toMatchObject({ kind: "written", slot: { version: 3 } });
      expect(await store.storageBytes(principal!.workspace.id)).toBe(before + data.length + 2);
    } finally {
      await db.close();
    }
  });

  it("has the same schema as a database the migrations create today", async () => {
    const released = await open(true);
    const fresh = await open(false);
    try {
      expect(await fresh.schema()).toEqual(await released.schema());
      expect(latestMigration.version).toBe(17);
    } finally {
      await released.close();
      await fresh.close();
    }
  });
});
