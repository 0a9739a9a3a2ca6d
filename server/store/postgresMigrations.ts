// PostgreSQL schema migrations: the same versions as the SQLite ones (server/store/migrations.ts), in
// PostgreSQL's dialect. Append new versions to both lists; never edit a released one.
import type { Migration } from "./migrations.js";

export const postgresMigrations: Migration[] = [
  {
    version: 1,
    name: "initial data model",
    sql: `
      CREATE TABLE workspaces (
        id          TEXT PRIMARY KEY,
        name        TEXT NOT NULL UNIQUE,
        plan        TEXT NOT NULL DEFAULT 'free',
        created_at  TEXT NOT NULL
      );
      CREATE TABLE environments (
        id                         TEXT PRIMARY KEY,
        workspace_id               TEXT NOT NULL REFERENCES workspaces(id),
        name                       TEXT NOT NULL,
        transfer_codes_enabled     BOOLEAN NOT NULL DEFAULT TRUE,
        active_game_config_version INTEGER,
        created_at                 TEXT NOT NULL,
        UNIQUE (workspace_id, name)
      );
      CREATE TABLE api_keys (
        id             TEXT PRIMARY KEY,
        environment_id TEXT NOT NULL REFERENCES environments(id),
        kind           TEXT NOT NULL CHECK (kind IN ('runtime', 'server')),
        prefix         TEXT NOT NULL,
        key_hash       BYTEA NOT NULL UNIQUE,
        created_at     TEXT NOT NULL,
        revoked_at     TEXT
      );
      CREATE TABLE accounts (
        id             TEXT PRIMARY KEY,
        environment_id TEXT NOT NULL REFERENCES environments(id),
        player_ref     TEXT,
        created_at     TEXT NOT NULL,
        updated_at     TEXT NOT NULL,
        erased_at      TEXT
      );
      CREATE INDEX accounts_by_player_ref ON accounts (environment_id, player_ref) WHERE player_ref IS NOT NULL;
      CREATE TABLE account_sessions (
        id           TEXT PRIMARY KEY,
        account_id   TEXT NOT NULL REFERENCES accounts(id),
        token_hash   BYTEA NOT NULL UNIQUE,
        sdk          TEXT,
        created_at   TEXT NOT NULL,
        last_used_at TEXT NOT NULL,
        revoked_at   TEXT
      );
      CREATE INDEX account_sessions_by_account ON account_sessions (account_id);
      CREATE TABLE slots (
        account_id TEXT NOT NULL REFERENCES accounts(id),
        slot_id    TEXT NOT NULL,
        version    INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (account_id, slot_id)
      );
      CREATE TABLE slot_versions (
        account_id      TEXT NOT NULL,
        slot_id         TEXT NOT NULL,
        version         INTEGER NOT NULL,
        data            TEXT NOT NULL,
        slot_info       TEXT NOT NULL,
        checksum        TEXT NOT NULL,
        data_bytes      INTEGER NOT NULL,
        slot_info_bytes INTEGER NOT NULL,
        created_at      TEXT NOT NULL,
        PRIMARY KEY (account_id, slot_id, version),
        FOREIGN KEY (account_id, slot_id) REFERENCES slots(account_id, slot_id)
      );
      CREATE TABLE transfer_codes (
        environment_id  TEXT NOT NULL REFERENCES environments(id),
        locator         TEXT NOT NULL,
        account_id      TEXT NOT NULL REFERENCES accounts(id),
        verifier_hash   BYTEA NOT NULL,
        created_at      TEXT NOT NULL,
        expires_at      TEXT NOT NULL,
        consumed_at     TEXT,
        failed_attempts INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (environment_id, locator)
      );
      CREATE TABLE game_configs (
        environment_id TEXT NOT NULL REFERENCES environments(id),
        version        INTEGER NOT NULL,
        config         TEXT NOT NULL,
        published_at   TEXT NOT NULL,
        PRIMARY KEY (environment_id, version)
      );
    `,
  },
  {
    version: 2,
    name: "idempotency records",
    sql: `
      CREATE TABLE idempotency_records (
        key_hash    BYTEA PRIMARY KEY,
        fingerprint BYTEA NOT NULL,
        status      INTEGER NOT NULL,
        sealed      BYTEA NOT NULL,
        created_at  TEXT NOT NULL,
        expires_at  TEXT NOT NULL
      );
      CREATE INDEX idempotency_records_by_expiry ON idempotency_records (expires_at);
    `,
  },
  {
    version: 3,
    name: "daily usage per environment, surface and SDK",
    sql: `
      CREATE TABLE usage_daily (
        environment_id TEXT NOT NULL REFERENCES environments(id),
        day            TEXT NOT NULL,
        surface        TEXT NOT NULL,
        sdk            TEXT NOT NULL,
        requests       BIGINT NOT NULL,
        PRIMARY KEY (environment_id, day, surface, sdk)
      );
    `,
  },
  {
    version: 4,
    name: "import source ids, and workspace storage kept by triggers",
    sql: `
      ALTER TABLE accounts ADD COLUMN import_source_id TEXT;
      CREATE UNIQUE INDEX accounts_by_import_source ON accounts (environment_id, import_source_id) WHERE import_source_id IS NOT NULL;
      ALTER TABLE workspaces ADD COLUMN storage_bytes BIGINT NOT NULL DEFAULT 0;
      CREATE FUNCTION slot_versions_storage() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        row slot_versions;
        delta BIGINT;
      BEGIN
        IF TG_OP = 'INSERT' THEN row := NEW; delta := NEW.data_bytes + NEW.slot_info_bytes;
        ELSE row := OLD; delta := -(OLD.data_bytes + OLD.slot_info_bytes);
        END IF;
        UPDATE workspaces SET storage_bytes = storage_bytes + delta
        WHERE id = (SELECT e.workspace_id FROM accounts a JOIN environments e ON e.id = a.environment_id WHERE a.id = row.account_id);
        RETURN NULL;
      END $$;
      CREATE TRIGGER slot_versions_storage AFTER INSERT OR DELETE ON slot_versions
        FOR EACH ROW EXECUTE FUNCTION slot_versions_storage();
    `,
  },
];
