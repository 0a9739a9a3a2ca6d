// Versioned schema migrations, one list for both engines, written with Kysely's schema builder and
// applied in order by one runner (a transaction each, recorded in `schema_migrations`). Append new
// versions; never edit a released one: databases made by earlier releases upgrade in place from the
// version they recorded. Where the engines differ (column types, WITHOUT ROWID, triggers) the
// difference is spelt out here, next to the portable statement.
import { sql, type CreateTableBuilder, type Kysely } from "kysely";
import type { Dialect } from "./engine.js";
import { coarseBucketSql, fineBucketSql } from "./rankBuckets.js";

export interface Migration {
  version: number;
  name: string;
  up(db: Kysely<any>, dialect: Dialect): Promise<void>;
}

/** The engine-specific spellings of the types the schema uses. */
const types = (dialect: Dialect) =>
  dialect === "sqlite"
    ? ({ bytes: "blob", bool: "integer", big: "integer", yes: 1 } as const)
    : ({ bytes: "bytea", bool: "boolean", big: "bigint", yes: true } as const);

/** SQLite keeps tables with a composite key clustered on it; PostgreSQL has no such option. */
const clustered = <T extends string, C extends string>(dialect: Dialect, table: CreateTableBuilder<T, C>) =>
  dialect === "sqlite" ? table.modifyEnd(sql`without rowid`) : table;

export const migrations: Migration[] = [
  {
    version: 1,
    name: "initial data model",
    async up(db, dialect) {
      const t = types(dialect);
      await db.schema.createTable("workspaces")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("name", "text", (c) => c.notNull().unique())
        .addColumn("plan", "text", (c) => c.notNull().defaultTo("free"))
        .addColumn("created_at", "text", (c) => c.notNull())
        .execute();
      await db.schema.createTable("environments")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id"))
        .addColumn("name", "text", (c) => c.notNull())
        .addColumn("transfer_codes_enabled", t.bool, (c) => c.notNull().defaultTo(t.yes))
        .addColumn("active_game_config_version", "integer")
        .addColumn("created_at", "text", (c) => c.notNull())
        .addUniqueConstraint("environments_workspace_id_name_key", ["workspace_id", "name"])
        .execute();
      await db.schema.createTable("api_keys")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("environment_id", "text", (c) => c.notNull().references("environments.id"))
        .addColumn("kind", "text", (c) => c.notNull().check(sql`kind IN ('runtime', 'server')`))
        .addColumn("prefix", "text", (c) => c.notNull())
        .addColumn("key_hash", t.bytes, (c) => c.notNull().unique())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("revoked_at", "text")
        .execute();
      await db.schema.createTable("accounts")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("environment_id", "text", (c) => c.notNull().references("environments.id"))
        .addColumn("player_ref", "text")
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("updated_at", "text", (c) => c.notNull())
        .addColumn("erased_at", "text")
        .execute();
      await db.schema.createIndex("accounts_by_player_ref").on("accounts").columns(["environment_id", "player_ref"])
        .where("player_ref", "is not", null).execute();
      await db.schema.createTable("account_sessions")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("account_id", "text", (c) => c.notNull().references("accounts.id"))
        .addColumn("token_hash", t.bytes, (c) => c.notNull().unique())
        .addColumn("sdk", "text")
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("last_used_at", "text", (c) => c.notNull())
        .addColumn("revoked_at", "text")
        .execute();
      await db.schema.createIndex("account_sessions_by_account").on("account_sessions").column("account_id").execute();
      await clustered(dialect, db.schema.createTable("slots")
        .addColumn("account_id", "text", (c) => c.notNull().references("accounts.id"))
        .addColumn("slot_id", "text", (c) => c.notNull())
        .addColumn("version", "integer", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("slots_pkey", ["account_id", "slot_id"]))
        .execute();
      await clustered(dialect, db.schema.createTable("slot_versions")
        .addColumn("account_id", "text", (c) => c.notNull())
        .addColumn("slot_id", "text", (c) => c.notNull())
        .addColumn("version", "integer", (c) => c.notNull())
        .addColumn("data", "text", (c) => c.notNull())
        .addColumn("slot_info", "text", (c) => c.notNull())
        .addColumn("checksum", "text", (c) => c.notNull())
        .addColumn("data_bytes", "integer", (c) => c.notNull())
        .addColumn("slot_info_bytes", "integer", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("slot_versions_pkey", ["account_id", "slot_id", "version"])
        .addForeignKeyConstraint("slot_versions_slot_fkey", ["account_id", "slot_id"], "slots", ["account_id", "slot_id"]))
        .execute();
      await clustered(dialect, db.schema.createTable("transfer_codes")
        .addColumn("environment_id", "text", (c) => c.notNull().references("environments.id"))
        .addColumn("locator", "text", (c) => c.notNull())
        .addColumn("account_id", "text", (c) => c.notNull().references("accounts.id"))
        .addColumn("verifier_hash", t.bytes, (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("expires_at", "text", (c) => c.notNull())
        .addColumn("consumed_at", "text")
        .addColumn("failed_attempts", "integer", (c) => c.notNull().defaultTo(0))
        .addPrimaryKeyConstraint("transfer_codes_pkey", ["environment_id", "locator"]))
        .execute();
      await clustered(dialect, db.schema.createTable("game_configs")
        .addColumn("environment_id", "text", (c) => c.notNull().references("environments.id"))
        .addColumn("version", "integer", (c) => c.notNull())
        .addColumn("config", "text", (c) => c.notNull())
        .addColumn("published_at", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("game_configs_pkey", ["environment_id", "version"]))
        .execute();
    },
  },
  {
    version: 2,
    name: "idempotency records",
    async up(db, dialect) {
      const t = types(dialect);
      await clustered(dialect, db.schema.createTable("idempotency_records")
        .addColumn("key_hash", t.bytes, (c) => c.primaryKey())
        .addColumn("fingerprint", t.bytes, (c) => c.notNull())
        .addColumn("status", "integer", (c) => c.notNull())
        .addColumn("sealed", t.bytes, (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("expires_at", "text", (c) => c.notNull()))
        .execute();
      await db.schema.createIndex("idempotency_records_by_expiry").on("idempotency_records").column("expires_at").execute();
    },
  },
  {
    version: 3,
    name: "daily usage per environment, surface and SDK",
    async up(db, dialect) {
      await clustered(dialect, db.schema.createTable("usage_daily")
        .addColumn("environment_id", "text", (c) => c.notNull().references("environments.id"))
        .addColumn("day", "text", (c) => c.notNull())
        .addColumn("surface", "text", (c) => c.notNull())
        .addColumn("sdk", "text", (c) => c.notNull())
        .addColumn("requests", types(dialect).big, (c) => c.notNull())
        .addPrimaryKeyConstraint("usage_daily_pkey", ["environment_id", "day", "surface", "sdk"]))
        .execute();
    },
  },
  {
    version: 4,
    name: "import source ids, and workspace storage kept by triggers",
    async up(db, dialect) {
      await db.schema.alterTable("accounts").addColumn("import_source_id", "text").execute();
      await db.schema.createIndex("accounts_by_import_source").unique().on("accounts").columns(["environment_id", "import_source_id"])
        .where("import_source_id", "is not", null).execute();
      await db.schema.alterTable("workspaces").addColumn("storage_bytes", types(dialect).big, (c) => c.notNull().defaultTo(0)).execute();
      await db.updateTable("workspaces").set({
        storage_bytes: sql`COALESCE((SELECT SUM(v.data_bytes + v.slot_info_bytes) FROM slot_versions v
          JOIN accounts a ON a.id = v.account_id JOIN environments e ON e.id = a.environment_id
          WHERE e.workspace_id = workspaces.id), 0)`,
      }).execute();
      // Storage is counted where slot versions are written and deleted, whoever writes them.
      if (dialect === "sqlite") {
        await sql.raw(`CREATE TRIGGER slot_versions_add_storage AFTER INSERT ON slot_versions BEGIN
          UPDATE workspaces SET storage_bytes = storage_bytes + NEW.data_bytes + NEW.slot_info_bytes WHERE id = ${workspaceOf("NEW")};
        END`).execute(db);
        await sql.raw(`CREATE TRIGGER slot_versions_release_storage AFTER DELETE ON slot_versions BEGIN
          UPDATE workspaces SET storage_bytes = storage_bytes - OLD.data_bytes - OLD.slot_info_bytes WHERE id = ${workspaceOf("OLD")};
        END`).execute(db);
      } else {
        await sql.raw(storageFunction("CREATE", `UPDATE workspaces SET storage_bytes = storage_bytes + delta WHERE id = ${workspaceOf("row")}`)).execute(db);
        await sql.raw(`CREATE TRIGGER slot_versions_storage AFTER INSERT OR DELETE ON slot_versions
          FOR EACH ROW EXECUTE FUNCTION slot_versions_storage()`).execute(db);
      }
    },
  },
  {
    version: 5,
    name: "transfer codes remember the session that minted them, and can be revoked",
    async up(db) {
      // NULL for codes minted before this version: any revocation on their account revokes them.
      await db.schema.alterTable("transfer_codes").addColumn("session_id", "text").execute();
      await db.schema.alterTable("transfer_codes").addColumn("revoked_at", "text").execute();
    },
  },
  {
    version: 6,
    name: "environments list the browser origins allowed to call the SDK surface (CORS)",
    async up(db) {
      // A JSON array of origins (`https://game.example`, or `*`); empty: no cross-origin browser calls.
      await db.schema.alterTable("environments").addColumn("allowed_origins", "text", (c) => c.notNull().defaultTo("[]")).execute();
    },
  },
  {
    version: 7,
    name: "operators: members of studios, their cookie sessions, and the append-only audit log",
    async up(db, dialect) {
      const t = types(dialect);
      await db.schema.createTable("members")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("email", "text", (c) => c.notNull().unique())
        .addColumn("password_hash", "text", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .execute();
      await clustered(dialect, db.schema.createTable("memberships")
        .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id"))
        .addColumn("member_id", "text", (c) => c.notNull().references("members.id"))
        .addColumn("role", "text", (c) => c.notNull().check(sql`role IN ('owner', 'admin', 'support', 'viewer')`))
        .addColumn("created_at", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("memberships_pkey", ["workspace_id", "member_id"]))
        .execute();
      await db.schema.createTable("member_sessions")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("member_id", "text", (c) => c.notNull().references("members.id"))
        .addColumn("token_hash", t.bytes, (c) => c.notNull().unique())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("last_used_at", "text", (c) => c.notNull())
        .addColumn("expires_at", "text", (c) => c.notNull())
        .addColumn("revoked_at", "text")
        .execute();
      await db.schema.createIndex("member_sessions_by_member").on("member_sessions").column("member_id").execute();
      // `seq` orders the log (keyset pagination) and never repeats; rows are only ever inserted.
      await db.schema.createTable("audit_log")
        .addColumn("seq", dialect === "sqlite" ? "integer" : "bigserial", (c) => (dialect === "sqlite" ? c.primaryKey().autoIncrement() : c.primaryKey()))
        .addColumn("workspace_id", "text", (c) => c.notNull())
        .addColumn("environment_id", "text")
        .addColumn("at", "text", (c) => c.notNull())
        .addColumn("actor_kind", "text", (c) => c.notNull().check(sql`actor_kind IN ('member', 'server_key', 'cli')`))
        .addColumn("actor_id", "text", (c) => c.notNull())
        .addColumn("actor_label", "text", (c) => c.notNull())
        .addColumn("action", "text", (c) => c.notNull())
        .addColumn("resource", "text", (c) => c.notNull())
        .addColumn("before", "text")
        .addColumn("after", "text")
        .addColumn("reason", "text")
        .addColumn("request_id", "text")
        .execute();
      await db.schema.createIndex("audit_log_by_workspace").on("audit_log").columns(["workspace_id", "seq"]).execute();
    },
  },
  {
    version: 8,
    name: "catalogs: versioned per environment like game config, one of them active",
    async up(db, dialect) {
      await clustered(dialect, db.schema.createTable("catalogs")
        .addColumn("environment_id", "text", (c) => c.notNull().references("environments.id"))
        .addColumn("version", "integer", (c) => c.notNull())
        .addColumn("catalog", "text", (c) => c.notNull())
        .addColumn("published_at", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("catalogs_pkey", ["environment_id", "version"]))
        .execute();
      await db.schema.alterTable("environments").addColumn("active_catalog_version", "integer").execute();
    },
  },
  {
    version: 9,
    name: "wallets: balances per account and currency, and their append-only ledger",
    async up(db, dialect) {
      const t = types(dialect);
      await clustered(dialect, db.schema.createTable("wallet_balances")
        .addColumn("account_id", "text", (c) => c.notNull().references("accounts.id"))
        .addColumn("currency_id", "text", (c) => c.notNull())
        .addColumn("balance", t.big, (c) => c.notNull())
        .addPrimaryKeyConstraint("wallet_balances_pkey", ["account_id", "currency_id"]))
        .execute();
      // `seq` numbers an account's entries from 1 without gaps: the wallet's version is its last entry's.
      await clustered(dialect, db.schema.createTable("wallet_ledger")
        .addColumn("account_id", "text", (c) => c.notNull().references("accounts.id"))
        .addColumn("seq", "integer", (c) => c.notNull())
        .addColumn("entry_id", "text", (c) => c.notNull().unique())
        .addColumn("at", "text", (c) => c.notNull())
        .addColumn("source", "text", (c) => c.notNull())
        .addColumn("reason", "text", (c) => c.notNull())
        .addColumn("ref", "text")
        .addColumn("changes", "text", (c) => c.notNull())
        .addColumn("balances_after", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("wallet_ledger_pkey", ["account_id", "seq"]))
        .execute();
    },
  },
  {
    version: 10,
    name: "economy: item changes in the ledger, inventory stacks, grants and in-app purchases",
    async up(db, dialect) {
      const t = types(dialect);
      // One ledger per account explains both its balances and its item stacks.
      await db.schema.alterTable("wallet_ledger").addColumn("item_changes", "text", (c) => c.notNull().defaultTo("{}")).execute();
      await db.schema.alterTable("wallet_ledger").addColumn("items_after", "text", (c) => c.notNull().defaultTo("{}")).execute();
      await db.schema.alterTable("wallet_ledger").addColumn("shortfall", "text").execute();
      await clustered(dialect, db.schema.createTable("inventory_items")
        .addColumn("account_id", "text", (c) => c.notNull().references("accounts.id"))
        .addColumn("item_id", "text", (c) => c.notNull())
        .addColumn("quantity", t.big, (c) => c.notNull())
        .addPrimaryKeyConstraint("inventory_items_pkey", ["account_id", "item_id"]))
        .execute();
      await db.schema.createTable("grants")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("environment_id", "text", (c) => c.notNull().references("environments.id"))
        .addColumn("account_id", "text", (c) => c.notNull().references("accounts.id"))
        .addColumn("rewards", "text", (c) => c.notNull())
        .addColumn("reason", "text", (c) => c.notNull())
        .addColumn("source", "text", (c) => c.notNull())
        .addColumn("status", "text", (c) => c.notNull())
        .addColumn("expires_at", "text")
        .addColumn("external_ref", "text")
        .addColumn("last_error", "text")
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("claimed_at", "text")
        .addColumn("revoked_at", "text")
        .addColumn("entry_id", "text")
        // NULLs are distinct in a unique constraint on both engines: only grants with a reference deduplicate.
        .addUniqueConstraint("grants_external_ref", ["environment_id", "external_ref"])
        .execute();
      await db.schema.createIndex("grants_by_account").on("grants").columns(["account_id", "created_at"]).execute();
      await clustered(dialect, db.schema.createTable("iap_purchases")
        .addColumn("environment_id", "text", (c) => c.notNull().references("environments.id"))
        .addColumn("store", "text", (c) => c.notNull())
        .addColumn("store_environment", "text", (c) => c.notNull())
        .addColumn("transaction_id", "text", (c) => c.notNull())
        .addColumn("account_id", "text", (c) => c.notNull().references("accounts.id"))
        .addColumn("product_id", "text", (c) => c.notNull())
        .addColumn("offer_id", "text", (c) => c.notNull())
        .addColumn("contents", "text", (c) => c.notNull())
        .addColumn("entry_id", "text", (c) => c.notNull())
        .addColumn("fulfilled_at", "text", (c) => c.notNull())
        .addColumn("refunded_at", "text")
        .addColumn("refund_entry_id", "text")
        .addPrimaryKeyConstraint("iap_purchases_pkey", ["environment_id", "store", "store_environment", "transaction_id"]))
        .execute();
      await db.schema.createIndex("iap_purchases_by_account").on("iap_purchases").columns(["account_id", "fulfilled_at"]).execute();
    },
  },
  {
    version: 11,
    name: "player profiles: a public handle per account and an optional display name",
    async up(db, dialect) {
      await db.schema.alterTable("accounts").addColumn("public_id", "text").execute();
      await db.schema.alterTable("accounts").addColumn("display_name", "text").execute();
      // Existing accounts get a random handle each, in the database: no round trip per account.
      const random = dialect === "sqlite" ? sql`lower(hex(randomblob(16)))` : sql`replace(gen_random_uuid()::text, '-', '')`;
      await sql`UPDATE accounts SET public_id = 'plr_' || ${random} WHERE public_id IS NULL`.execute(db);
      await db.schema.createIndex("accounts_public_id").on("accounts").column("public_id").unique().execute();
    },
  },
  {
    version: 12,
    name: "leaderboards: definitions, and records per reset period",
    async up(db, dialect) {
      const t = types(dialect);
      await clustered(dialect, db.schema.createTable("leaderboards")
        .addColumn("environment_id", "text", (c) => c.notNull().references("environments.id"))
        .addColumn("leaderboard_id", "text", (c) => c.notNull())
        .addColumn("sort_order", "text", (c) => c.notNull())
        .addColumn("operator", "text", (c) => c.notNull())
        .addColumn("reset_schedule", "text")
        .addColumn("authoritative", t.bool, (c) => c.notNull())
        .addColumn("stream_top_n", "integer", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("updated_at", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("leaderboards_pkey", ["environment_id", "leaderboard_id"]))
        .execute();
      // rank_score and rank_subscore are the score and subscore negated on a `desc` board, so that every
      // board ranks by one ascending index: (rank_score, rank_subscore, achieved_at, public_id).
      await clustered(dialect, db.schema.createTable("leaderboard_records")
        .addColumn("environment_id", "text", (c) => c.notNull())
        .addColumn("leaderboard_id", "text", (c) => c.notNull())
        .addColumn("period", "text", (c) => c.notNull())
        .addColumn("account_id", "text", (c) => c.notNull().references("accounts.id"))
        .addColumn("public_id", "text", (c) => c.notNull())
        .addColumn("score", t.big, (c) => c.notNull())
        .addColumn("subscore", t.big, (c) => c.notNull())
        .addColumn("rank_score", t.big, (c) => c.notNull())
        .addColumn("rank_subscore", t.big, (c) => c.notNull())
        .addColumn("metadata", "text")
        .addColumn("achieved_at", "text", (c) => c.notNull())
        .addColumn("hidden", t.bool, (c) => c.notNull())
        .addColumn("updated_at", "text", (c) => c.notNull())
        .addForeignKeyConstraint("leaderboard_records_board", ["environment_id", "leaderboard_id"], "leaderboards", ["environment_id", "leaderboard_id"])
        .addPrimaryKeyConstraint("leaderboard_records_pkey", ["environment_id", "leaderboard_id", "period", "account_id"]))
        .execute();
      await db.schema.createIndex("leaderboard_records_ranked").on("leaderboard_records")
        .columns(["environment_id", "leaderboard_id", "period", "hidden", "rank_score", "rank_subscore", "achieved_at", "public_id"]).execute();
      await db.schema.createIndex("leaderboard_records_by_account").on("leaderboard_records").column("account_id").execute();
    },
  },
  {
    version: 13,
    name: "events: tournaments with entry costs, attempts, their own board, and rewards by rank",
    async up(db, dialect) {
      // An event's board is a leaderboard like the others, marked with its event.
      await db.schema.alterTable("leaderboards").addColumn("event_id", "text").execute();
      await clustered(dialect, db.schema.createTable("events")
        .addColumn("environment_id", "text", (c) => c.notNull().references("environments.id"))
        .addColumn("event_id", "text", (c) => c.notNull())
        .addColumn("name", "text", (c) => c.notNull())
        .addColumn("starts_at", "text", (c) => c.notNull())
        .addColumn("ends_at", "text", (c) => c.notNull())
        .addColumn("entry_cost", "text", (c) => c.notNull())
        .addColumn("max_attempts", "integer", (c) => c.notNull())
        .addColumn("max_participants", "integer")
        .addColumn("attempt_seconds", "integer", (c) => c.notNull())
        .addColumn("sort_order", "text", (c) => c.notNull())
        .addColumn("rewards", "text", (c) => c.notNull())
        // scheduled → finalised | cancelled
        .addColumn("state", "text", (c) => c.notNull())
        .addColumn("final_standings", "text")
        .addColumn("finalised_at", "text")
        .addColumn("cancelled_at", "text")
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("updated_at", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("events_pkey", ["environment_id", "event_id"]))
        .execute();
      await db.schema.createIndex("events_due").on("events").columns(["state", "ends_at"]).execute();
      await clustered(dialect, db.schema.createTable("event_participants")
        .addColumn("environment_id", "text", (c) => c.notNull())
        .addColumn("event_id", "text", (c) => c.notNull())
        .addColumn("account_id", "text", (c) => c.notNull().references("accounts.id"))
        .addColumn("attempts", "integer", (c) => c.notNull())
        .addColumn("joined_at", "text", (c) => c.notNull())
        .addColumn("final_rank", "integer")
        .addColumn("grant_id", "text")
        .addForeignKeyConstraint("event_participants_event", ["environment_id", "event_id"], "events", ["environment_id", "event_id"])
        .addPrimaryKeyConstraint("event_participants_pkey", ["environment_id", "event_id", "account_id"]))
        .execute();
      await db.schema.createTable("event_attempts")
        .addColumn("attempt_id", "text", (c) => c.primaryKey())
        .addColumn("environment_id", "text", (c) => c.notNull())
        .addColumn("event_id", "text", (c) => c.notNull())
        .addColumn("account_id", "text", (c) => c.notNull().references("accounts.id"))
        .addColumn("started_at", "text", (c) => c.notNull())
        .addColumn("expires_at", "text", (c) => c.notNull())
        .addColumn("charged", "text", (c) => c.notNull())
        .addColumn("entry_id", "text")
        .addColumn("scored_at", "text")
        .addColumn("refund_entry_id", "text")
        .addForeignKeyConstraint("event_attempts_event", ["environment_id", "event_id"], "events", ["environment_id", "event_id"])
        .execute();
      await db.schema.createIndex("event_attempts_by_event").on("event_attempts").columns(["environment_id", "event_id"]).execute();
      await db.schema.createIndex("event_attempts_by_account").on("event_attempts").column("account_id").execute();
    },
  },
  {
    version: 14,
    name: "multiplayer: lobbies and their members, and the matches a matchmaker pushes",
    async up(db) {
      await db.schema.createTable("lobbies")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("environment_id", "text", (c) => c.notNull().references("environments.id"))
        .addColumn("state", "text", (c) => c.notNull())
        .addColumn("visibility", "text", (c) => c.notNull())
        .addColumn("mode", "text", (c) => c.notNull())
        .addColumn("region", "text")
        .addColumn("max_players", "integer", (c) => c.notNull())
        .addColumn("min_players", "integer", (c) => c.notNull())
        .addColumn("quick_join", "integer", (c) => c.notNull())
        .addColumn("join_code", "text")
        .addColumn("attributes", "text", (c) => c.notNull())
        .addColumn("version", "integer", (c) => c.notNull())
        .addColumn("member_count", "integer", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("updated_at", "text", (c) => c.notNull())
        .addColumn("closed_at", "text")
        // NULLs are distinct: only private lobbies hold a code, unique per environment while it exists.
        .addUniqueConstraint("lobbies_join_code", ["environment_id", "join_code"])
        .execute();
      await db.schema.createIndex("lobbies_listed").on("lobbies").columns(["environment_id", "state", "mode", "created_at"]).execute();
      // One lobby per player: the primary key is the account.
      await db.schema.createTable("lobby_members")
        .addColumn("account_id", "text", (c) => c.primaryKey().references("accounts.id"))
        .addColumn("lobby_id", "text", (c) => c.notNull().references("lobbies.id"))
        .addColumn("public_id", "text", (c) => c.notNull())
        .addColumn("joined_at", "text", (c) => c.notNull())
        // The lobby's version when the member joined: the order of joining, which decides the host.
        .addColumn("join_order", "integer", (c) => c.notNull())
        .addColumn("heartbeat_at", "text", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("lobby_members_by_lobby").on("lobby_members").columns(["lobby_id", "join_order"]).execute();
      await db.schema.createIndex("lobby_members_by_heartbeat").on("lobby_members").column("heartbeat_at").execute();
      await db.schema.createTable("matches")
        .addColumn("environment_id", "text", (c) => c.notNull().references("environments.id"))
        .addColumn("match_id", "text", (c) => c.notNull())
        .addColumn("account_ids", "text", (c) => c.notNull())
        .addColumn("connection", "text", (c) => c.notNull())
        .addColumn("lobby_id", "text")
        .addColumn("expires_at", "text")
        .addColumn("assigned", "text", (c) => c.notNull())
        .addColumn("failures", "text", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("released_at", "text")
        .addPrimaryKeyConstraint("matches_pkey", ["environment_id", "match_id"])
        .execute();
      // An account's current assignment (the latest push wins).
      await db.schema.createTable("match_assignments")
        .addColumn("account_id", "text", (c) => c.primaryKey().references("accounts.id"))
        .addColumn("environment_id", "text", (c) => c.notNull())
        .addColumn("match_id", "text", (c) => c.notNull())
        .addColumn("assigned_at", "text", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("match_assignments_by_match").on("match_assignments").columns(["environment_id", "match_id"]).execute();
    },
  },
  {
    version: 15,
    name: "workspace storage counted in shards, so writers to different accounts never wait on one row",
    async up(db, dialect) {
      // A single counter row per workspace, updated by every slot write, serialised every sync of a
      // workspace on PostgreSQL from its insert to its commit. A writer now adds to the shard of its
      // database connection (the backend's process id): a connection runs one transaction at a time,
      // so concurrent writers meet on a shard only when their backends' ids share their low bits. A
      // read sums the shards. SQLite has one writer anyway: it keeps shard 0.
      await clustered(dialect, db.schema.createTable("storage_shards")
        .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id"))
        .addColumn("shard", "integer", (c) => c.notNull())
        .addColumn("bytes", types(dialect).big, (c) => c.notNull())
        .addPrimaryKeyConstraint("storage_shards_pkey", ["workspace_id", "shard"]))
        .execute();
      await sql`INSERT INTO storage_shards (workspace_id, shard, bytes) SELECT id, 0, storage_bytes FROM workspaces`.execute(db);
      const add = (workspace: string, shard: string, delta: string) => `INSERT INTO storage_shards (workspace_id, shard, bytes) VALUES (${workspace}, ${shard}, ${delta})
          ON CONFLICT (workspace_id, shard) DO UPDATE SET bytes = storage_shards.bytes + excluded.bytes`;
      if (dialect === "sqlite") {
        await sql.raw("DROP TRIGGER slot_versions_add_storage").execute(db);
        await sql.raw("DROP TRIGGER slot_versions_release_storage").execute(db);
        await sql.raw(`CREATE TRIGGER slot_versions_add_storage AFTER INSERT ON slot_versions BEGIN
          ${add(workspaceOf("NEW"), "0", "NEW.data_bytes + NEW.slot_info_bytes")};
        END`).execute(db);
        await sql.raw(`CREATE TRIGGER slot_versions_release_storage AFTER DELETE ON slot_versions BEGIN
          ${add(workspaceOf("OLD"), "0", "-(OLD.data_bytes + OLD.slot_info_bytes)")};
        END`).execute(db);
      } else {
        await sql.raw(storageFunction("CREATE OR REPLACE", add(workspaceOf("row"), `pg_backend_pid() & ${STORAGE_SHARDS - 1}`, "delta"))).execute(db);
      }
      await db.schema.alterTable("workspaces").dropColumn("storage_bytes").execute();
    },
  },
  {
    version: 16,
    name: "leaderboards count their shown records per score bucket, so a rank costs a few hundred rows at any size",
    async up(db, dialect) {
      // server/store/rankBuckets.ts explains the buckets. Level 0 rows count a coarse bucket, level 1 rows
      // a fine one. On PostgreSQL a writer adds to the coarse row of its connection's shard (as storage
      // does, migration 15): half of a board's records can share a coarse bucket, and one row would make
      // their writers wait for each other's commits. Fine rows are many; they keep shard 0.
      await clustered(dialect, db.schema.createTable("leaderboard_rank_counts")
        .addColumn("environment_id", "text", (c) => c.notNull())
        .addColumn("leaderboard_id", "text", (c) => c.notNull())
        .addColumn("period", "text", (c) => c.notNull())
        .addColumn("level", "integer", (c) => c.notNull())
        .addColumn("bucket", types(dialect).big, (c) => c.notNull())
        .addColumn("shard", "integer", (c) => c.notNull())
        .addColumn("n", types(dialect).big, (c) => c.notNull())
        .addPrimaryKeyConstraint("leaderboard_rank_counts_pkey", ["environment_id", "leaderboard_id", "period", "level", "bucket", "shard"]))
        .execute();
      const shown = dialect === "sqlite" ? "0" : "false";
      for (const [level, bucket] of [[0, coarseBucketSql("rank_score")], [1, fineBucketSql("rank_score")]] as const) {
        await sql.raw(`INSERT INTO leaderboard_rank_counts (environment_id, leaderboard_id, period, level, bucket, shard, n)
          SELECT environment_id, leaderboard_id, period, ${level}, ${bucket}, 0, COUNT(*) FROM leaderboard_records WHERE hidden = ${shown}
          GROUP BY environment_id, leaderboard_id, period, ${bucket}`).execute(db);
      }
      if (dialect === "sqlite") {
        // One writer: no lock order to keep, and no shards. An upsert's update fires the update trigger.
        await sql.raw(`CREATE TRIGGER leaderboard_records_count_insert AFTER INSERT ON leaderboard_records WHEN NEW.hidden = 0 BEGIN
          ${countChange("NEW", "0", [["NEW", 1]])};
        END`).execute(db);
        await sql.raw(`CREATE TRIGGER leaderboard_records_count_delete AFTER DELETE ON leaderboard_records WHEN OLD.hidden = 0 BEGIN
          ${countChange("OLD", "0", [["OLD", -1]])};
        END`).execute(db);
        await sql.raw(`CREATE TRIGGER leaderboard_records_count_update AFTER UPDATE OF rank_score, hidden ON leaderboard_records BEGIN
          ${countChange("NEW", "0", [["OLD", -1, "OLD.hidden = 0"], ["NEW", 1, "NEW.hidden = 0"]])};
        END`).execute(db);
      } else {
        const shard = `pg_backend_pid() & ${RANK_COUNT_SHARDS - 1}`;
        await sql.raw(`CREATE FUNCTION leaderboard_records_count() RETURNS trigger LANGUAGE plpgsql AS $$
          BEGIN
            IF TG_OP = 'INSERT' THEN
              ${countChange("NEW", shard, [["NEW", 1, "NOT NEW.hidden"]])};
            ELSIF TG_OP = 'DELETE' THEN
              ${countChange("OLD", shard, [["OLD", -1, "NOT OLD.hidden"]])};
            ELSE
              ${countChange("NEW", shard, [["OLD", -1, "NOT OLD.hidden"], ["NEW", 1, "NOT NEW.hidden"]])};
            END IF;
            RETURN NULL;
          END $$`).execute(db);
        await sql.raw(`CREATE TRIGGER leaderboard_records_count AFTER INSERT OR DELETE OR UPDATE OF rank_score, hidden ON leaderboard_records
          FOR EACH ROW EXECUTE FUNCTION leaderboard_records_count()`).execute(db);
      }
    },
  },
  {
    version: 17,
    name: "a studio's members join by invitation: a membership waits, with its code's hash, until its member accepts",
    async up(db, dialect) {
      const t = types(dialect);
      await db.schema.alterTable("memberships").addColumn("accepted_at", "text").execute();
      await db.schema.alterTable("memberships").addColumn("invitation_hash", t.bytes).execute();
      await db.schema.createIndex("memberships_by_invitation").unique().on("memberships").column("invitation_hash").execute();
      // Everyone already in a studio joined it: accepted when added.
      await db.updateTable("memberships" as never).set({ accepted_at: sql`created_at` } as never).execute();
    },
  },
];

/**
 * The statement that moves a record's counts: for each (row, ±1, condition) its coarse and fine buckets,
 * netted (a record that stays in its buckets changes nothing), applied in the order of the counts' key
 * so that two writers never take the same rows in opposite orders (no deadlock on PostgreSQL).
 */
function countChange(scope: "NEW" | "OLD", coarseShard: string, changes: Array<[row: "NEW" | "OLD", delta: 1 | -1, when?: string]>) {
  const rows = changes.flatMap(([row, delta, when]) => {
    const bucket = (expr: string) => (when ? `CASE WHEN ${when} THEN ${expr} END` : expr);
    return [`(0, ${bucket(coarseBucketSql(`${row}.rank_score`))}, ${coarseShard}, ${delta})`, `(1, ${bucket(fineBucketSql(`${row}.rank_score`))}, 0, ${delta})`];
  });
  // VALUES names its columns column1… on both engines.
  return `INSERT INTO leaderboard_rank_counts (environment_id, leaderboard_id, period, level, bucket, shard, n)
            SELECT ${scope}.environment_id, ${scope}.leaderboard_id, ${scope}.period, column1, column2, column3, SUM(column4)
            FROM (VALUES ${rows.join(", ")}) AS change WHERE column2 IS NOT NULL
            GROUP BY column1, column2, column3 HAVING SUM(column4) <> 0 ORDER BY column1, column2, column3
            ON CONFLICT (environment_id, leaderboard_id, period, level, bucket, shard) DO UPDATE SET n = leaderboard_rank_counts.n + excluded.n`;
}

/** How many rows a board period's coarse counts are spread over on PostgreSQL (a power of two). */
export const RANK_COUNT_SHARDS = 8;

/** The workspace of a slot version's account, in a trigger. */
const workspaceOf = (row: "NEW" | "OLD" | "row") =>
  `(SELECT e.workspace_id FROM accounts a JOIN environments e ON e.id = a.environment_id WHERE a.id = ${row}.account_id)`;

/** PostgreSQL's storage trigger function: `count` adds `delta` (a version's bytes, negative when deleted). */
const storageFunction = (create: "CREATE" | "CREATE OR REPLACE", count: string) => `${create} FUNCTION slot_versions_storage() RETURNS trigger LANGUAGE plpgsql AS $$
          DECLARE
            row slot_versions;
            delta BIGINT;
          BEGIN
            IF TG_OP = 'INSERT' THEN row := NEW; delta := NEW.data_bytes + NEW.slot_info_bytes;
            ELSE row := OLD; delta := -(OLD.data_bytes + OLD.slot_info_bytes);
            END IF;
            ${count};
            RETURN NULL;
          END $$`;

/** How many rows a workspace's storage is spread over on PostgreSQL (a power of two). */
export const STORAGE_SHARDS = 32;

export const latestMigration = migrations[migrations.length - 1];
