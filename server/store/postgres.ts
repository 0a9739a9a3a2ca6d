// The PostgreSQL store: the same contract as the SQLite one (server/store/types.ts) over a `pg` pool.
// Concurrency is the database's: a unit of work is one transaction on one pooled connection, a slot
// write is a conditional UPDATE, and rows that allocate numbers (slots per account, config versions)
// are locked for the transaction. Any number of server processes can share one database.
import pg from "pg";
import { randomUUID } from "node:crypto";
import { AsyncLocalStorage } from "node:async_hooks";
import { postgresMigrations } from "./postgresMigrations.js";
import { account, apiKey, environment, gameConfig, session, slot, SLOT_COLUMNS, slotSummary, transferCode, workspace, keyPrincipal, sessionWithAccount, type Row } from "./rows.js";
import type { CreateSlotOutcome, GameConfigRecord, ImportOutcome, KeyPrincipal, SlotContent, Store, WriteSlotOutcome } from "./types.js";

export interface PostgresOptions {
  /** postgres://user@host:port/database */
  url: string;
  poolSize?: number;
  /** A schema to create and use instead of `public` (tests give each server its own). */
  schema?: string;
  /** How long an idle pooled connection stays open (pg's default: 10 s). */
  idleTimeoutMillis?: number;
}

/** Reads and writes on one connection (inside a transaction) or on the pool. */
interface Db {
  rows(sql: string, params?: unknown[]): Promise<Row[]>;
  one(sql: string, params?: unknown[]): Promise<Row | undefined>;
  /** Rows affected. */
  run(sql: string, params?: unknown[]): Promise<number>;
}

const db = (q: pg.Pool | pg.PoolClient): Db => ({
  rows: async (sql, params) => (await q.query(sql, params)).rows,
  one: async (sql, params) => (await q.query(sql, params)).rows[0],
  run: async (sql, params) => (await q.query(sql, params)).rowCount ?? 0,
});

// COUNT, SUM and BIGINT columns arrive as strings by default; every such value here fits a double.
const types = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === 20 || oid === 1700 ? Number : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

interface Unit {
  client: pg.PoolClient;
  savepoints: number;
  afterCommit: Array<() => void>;
}

const UNIQUE_VIOLATION = "23505";
const isUniqueViolation = (error: unknown) => (error as { code?: string })?.code === UNIQUE_VIOLATION;

export async function openPostgresStore(options: PostgresOptions): Promise<Store> {
  if (options.schema) {
    const setup = new pg.Client({ connectionString: options.url });
    await setup.connect();
    await setup.query(`CREATE SCHEMA IF NOT EXISTS "${options.schema.replace(/"/g, "")}"`);
    await setup.end();
  }
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize ?? 10,
    idleTimeoutMillis: options.idleTimeoutMillis,
    types,
    ...(options.schema ? { options: `-c search_path="${options.schema.replace(/"/g, "")}"` } : {}),
  });
  // An idle client's error (the server restarting) must not crash the process; the next query reconnects.
  pool.on("error", () => {});
  await migrate(pool);
  const units = new AsyncLocalStorage<Unit>();
  const read = (): Db => db(units.getStore()?.client ?? pool);

  async function transaction<T>(client: pg.PoolClient, work: () => Promise<T>): Promise<T> {
    await client.query("BEGIN");
    try {
      const value = await work();
      await client.query("COMMIT");
      return value;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      throw error;
    }
  }

  /** Runs `work` in a transaction: a savepoint inside the current unit of work, else its own. */
  async function mutate<T>(work: (q: Db) => Promise<T>): Promise<T> {
    const unit = units.getStore();
    if (unit) {
      const name = `sp${++unit.savepoints}`;
      await unit.client.query(`SAVEPOINT ${name}`);
      try {
        const value = await work(db(unit.client));
        await unit.client.query(`RELEASE SAVEPOINT ${name}`);
        return value;
      } catch (error) {
        await unit.client.query(`ROLLBACK TO SAVEPOINT ${name}`);
        throw error;
      }
    }
    const client = await pool.connect();
    try {
      return await transaction(client, () => work(db(client)));
    } finally {
      client.release();
    }
  }

  const insertVersion = (q: Db, accountId: string, slotId: string, version: number, c: SlotContent, createdAt: string) =>
    q.run(`INSERT INTO slot_versions (account_id, slot_id, version, data, slot_info, checksum, data_bytes, slot_info_bytes, created_at)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`, [accountId, slotId, version, c.data, c.slotInfo, c.checksum, c.dataBytes, c.slotInfoBytes, createdAt]);
  const insertAccount = (q: Db, a: { id: string; environmentId: string; playerRef: string | null; createdAt: string; updatedAt: string }) =>
    q.run("INSERT INTO accounts (id, environment_id, player_ref, created_at, updated_at) VALUES ($1, $2, $3, $4, $5)",
      [a.id, a.environmentId, a.playerRef, a.createdAt, a.updatedAt]);
  const insertSession = (q: Db, id: string, accountId: string, tokenHash: Buffer, sdk: string | null, now: string) =>
    q.run("INSERT INTO account_sessions (id, account_id, token_hash, sdk, created_at, last_used_at) VALUES ($1, $2, $3, $4, $5, $5)",
      [id, accountId, tokenHash, sdk, now]);
  const SLOT = `SELECT ${SLOT_COLUMNS}, v.data FROM slots s
    JOIN slot_versions v ON v.account_id = s.account_id AND v.slot_id = s.slot_id AND v.version = s.version`;
  const VERSION = `SELECT s.slot_id, v.version, s.created_at, v.created_at AS updated_at, v.data, v.slot_info,
      v.checksum, v.data_bytes, v.slot_info_bytes
    FROM slot_versions v JOIN slots s ON s.account_id = v.account_id AND s.slot_id = v.slot_id`;
  const getSlot = (q: Db, accountId: string, slotId: string) => q.one(`${SLOT} WHERE s.account_id = $1 AND s.slot_id = $2`, [accountId, slotId]);

  return {
    async close() {
      await pool.end();
    },
    ping: async () => (await pool.query("SELECT 1 AS ok")).rows[0]?.ok === 1,

    async unitOfWork<T>(work: () => Promise<T>): Promise<T> {
      if (units.getStore()) return work();
      const client = await pool.connect();
      const unit: Unit = { client, savepoints: 0, afterCommit: [] };
      try {
        const result = await transaction(client, () => units.run(unit, work));
        for (const callback of unit.afterCommit) callback();
        return result;
      } finally {
        client.release();
      }
    },
    afterCommit(callback) {
      const unit = units.getStore();
      if (unit) unit.afterCommit.push(callback);
      else callback();
    },

    ensureWorkspace: (name, now) =>
      mutate(async (q) => {
        await q.run("INSERT INTO workspaces (id, name, plan, created_at) VALUES ($1, $2, 'free', $3) ON CONFLICT (name) DO NOTHING", [randomUUID(), name, now]);
        return workspace((await q.one("SELECT * FROM workspaces WHERE name = $1", [name]))!);
      }),
    listWorkspaces: async () => (await read().rows("SELECT * FROM workspaces ORDER BY created_at, name")).map(workspace),
    setWorkspacePlan: (name, plan) =>
      mutate(async (q) => {
        const r = await q.one("UPDATE workspaces SET plan = $1 WHERE name = $2 RETURNING *", [plan, name]);
        return r ? workspace(r) : null;
      }),
    createEnvironment: (workspaceId, name, now) =>
      mutate(async (q) =>
        environment((await q.one("INSERT INTO environments (id, workspace_id, name, created_at) VALUES ($1, $2, $3, $4) RETURNING *", [randomUUID(), workspaceId, name, now]))!)),
    async findEnvironment(workspaceId, name) {
      const r = await read().one("SELECT * FROM environments WHERE workspace_id = $1 AND name = $2", [workspaceId, name]);
      return r ? environment(r) : null;
    },
    listEnvironments: async (workspaceId) =>
      (await read().rows("SELECT * FROM environments WHERE workspace_id = $1 ORDER BY created_at, name", [workspaceId])).map(environment),
    setTransferCodesEnabled: (environmentId, enabled) =>
      mutate(async (q) => void (await q.run("UPDATE environments SET transfer_codes_enabled = $1 WHERE id = $2", [enabled, environmentId]))),
    createApiKey: (key, keyHash) =>
      mutate(async (q) => void (await q.run("INSERT INTO api_keys (id, environment_id, kind, prefix, key_hash, created_at) VALUES ($1, $2, $3, $4, $5, $6)",
        [key.id, key.environmentId, key.kind, key.prefix, keyHash, key.createdAt]))),
    listApiKeys: async (environmentId) => (await read().rows("SELECT * FROM api_keys WHERE environment_id = $1 ORDER BY created_at, id", [environmentId])).map(apiKey),
    revokeApiKey: (idOrPrefix, now) =>
      mutate(async (q) => {
        const r = await q.one("UPDATE api_keys SET revoked_at = COALESCE(revoked_at, $2) WHERE id = $1 OR prefix = $1 RETURNING *", [idOrPrefix, now]);
        return r ? apiKey(r) : null;
      }),
    async findKeyPrincipal(keyHash): Promise<KeyPrincipal | null> {
      const r = await read().one(`SELECT k.*, e.id AS e_id, e.workspace_id, e.name AS e_name, e.transfer_codes_enabled,
          e.active_game_config_version, e.created_at AS e_created_at, w.name AS w_name, w.plan, w.storage_bytes, w.created_at AS w_created_at
        FROM api_keys k JOIN environments e ON e.id = k.environment_id JOIN workspaces w ON w.id = e.workspace_id
        WHERE k.key_hash = $1`, [keyHash]);
      return r ? keyPrincipal(r) : null;
    },

    createAccount: (a, s, first) =>
      mutate(async (q) => {
        await insertAccount(q, a);
        await insertSession(q, s.id, a.id, s.tokenHash, s.sdk, a.createdAt);
        if (!first) return null;
        await q.run("INSERT INTO slots (account_id, slot_id, version, created_at) VALUES ($1, $2, 1, $3)", [a.id, first.slotId, a.createdAt]);
        await insertVersion(q, a.id, first.slotId, 1, first.content, a.createdAt);
        return slot((await getSlot(q, a.id, first.slotId))!);
      }),
    async getAccount(accountId) {
      const r = await read().one("SELECT * FROM accounts WHERE id = $1", [accountId]);
      return r ? account(r) : null;
    },
    listSlotSummaries: async (accountId) =>
      (await read().rows(`SELECT ${SLOT_COLUMNS} FROM slots s
        JOIN slot_versions v ON v.account_id = s.account_id AND v.slot_id = s.slot_id AND v.version = s.version
        WHERE s.account_id = $1 ORDER BY s.slot_id`, [accountId])).map(slotSummary),
    async findSession(tokenHash) {
      const r = await read().one(`SELECT s.*, a.id AS a_id, a.environment_id, a.player_ref, a.created_at AS a_created_at,
          a.updated_at AS a_updated_at, a.erased_at
        FROM account_sessions s JOIN accounts a ON a.id = s.account_id WHERE s.token_hash = $1`, [tokenHash]);
      return r ? sessionWithAccount(r) : null;
    },
    touchSession: (sessionId, now) => mutate(async (q) => void (await q.run("UPDATE account_sessions SET last_used_at = $1 WHERE id = $2", [now, sessionId]))),
    eraseAccount: (accountId, now) =>
      mutate(async (q) => {
        const erased = await q.run(`UPDATE accounts SET erased_at = $1, player_ref = NULL, import_source_id = NULL, updated_at = $1
          WHERE id = $2 AND erased_at IS NULL`, [now, accountId]);
        if (erased === 0) return false;
        await q.run("DELETE FROM slot_versions WHERE account_id = $1", [accountId]);
        await q.run("DELETE FROM slots WHERE account_id = $1", [accountId]);
        // Session and transfer-code rows (hashes only, no player data) stay so their holders get 410 `gone`.
        await q.run("UPDATE account_sessions SET revoked_at = COALESCE(revoked_at, $1) WHERE account_id = $2", [now, accountId]);
        return true;
      }),
    findAccountsByPlayerRef: async (environmentId, playerRef, limit, cursor) =>
      (await read().rows(`SELECT * FROM accounts WHERE environment_id = $1 AND player_ref = $2 AND erased_at IS NULL
        AND id > $3 ORDER BY id LIMIT $4`, [environmentId, playerRef, cursor ?? "", limit])).map(account),
    listSlots: async (accountId) => (await read().rows(`${SLOT} WHERE s.account_id = $1 ORDER BY s.slot_id`, [accountId])).map(slot),
    importAccount: (a, sourceId, slots) =>
      mutate(async (q): Promise<ImportOutcome> => {
        const existing = sourceId === null ? undefined : await q.one("SELECT id FROM accounts WHERE environment_id = $1 AND import_source_id = $2", [a.environmentId, sourceId]);
        if (existing) return { kind: "exists", accountId: existing.id };
        await insertAccount(q, a);
        await q.run("UPDATE accounts SET import_source_id = $1 WHERE id = $2", [sourceId, a.id]);
        for (const s of slots) {
          await q.run("INSERT INTO slots (account_id, slot_id, version, created_at) VALUES ($1, $2, 1, $3)", [a.id, s.slotId, a.createdAt]);
          await insertVersion(q, a.id, s.slotId, 1, s.content, a.createdAt);
        }
        return { kind: "created", accountId: a.id };
      }),
    storageBytes: async (workspaceId) => (await read().one("SELECT storage_bytes FROM workspaces WHERE id = $1", [workspaceId]))?.storage_bytes ?? 0,
    createSession: (accountId, s, now) =>
      mutate(async (q) => {
        await insertSession(q, s.id, accountId, s.tokenHash, s.sdk, now);
        return session((await q.one("SELECT * FROM account_sessions WHERE id = $1", [s.id]))!);
      }),
    listSessions: async (accountId) =>
      (await read().rows("SELECT * FROM account_sessions WHERE account_id = $1 ORDER BY created_at DESC, id", [accountId])).map(session),
    revokeSession: (accountId, sessionId, now) =>
      mutate(async (q) => {
        const r = await q.one("UPDATE account_sessions SET revoked_at = COALESCE(revoked_at, $1) WHERE id = $2 AND account_id = $3 RETURNING *", [now, sessionId, accountId]);
        return r ? session(r) : null;
      }),
    revokeAllSessions: (accountId, now) =>
      mutate(async (q) =>
        (await q.rows("UPDATE account_sessions SET revoked_at = $1 WHERE account_id = $2 AND revoked_at IS NULL RETURNING id", [now, accountId])).map((r) => r.id as string)),
    async countAccounts(environmentId) {
      const r = (await read().one(`SELECT COUNT(*) AS accounts,
          (SELECT COUNT(*) FROM slots s JOIN accounts a ON a.id = s.account_id WHERE a.environment_id = $1) AS slots
        FROM accounts WHERE environment_id = $1 AND erased_at IS NULL`, [environmentId]))!;
      return { accounts: r.accounts, slots: r.slots };
    },

    createSlot: (accountId, slotId, content, maxSlots, now): Promise<CreateSlotOutcome> =>
      mutate(async (q) => {
        // The account row is the lock that makes "count, then insert" safe against a concurrent create.
        await q.run("SELECT 1 FROM accounts WHERE id = $1 FOR UPDATE", [accountId]);
        const existing = await getSlot(q, accountId, slotId);
        if (existing) return { kind: "exists", current: slotSummary(existing) };
        if ((await q.one("SELECT COUNT(*) AS n FROM slots WHERE account_id = $1", [accountId]))!.n >= maxSlots) return { kind: "limit", limit: maxSlots };
        await q.run("INSERT INTO slots (account_id, slot_id, version, created_at) VALUES ($1, $2, 1, $3)", [accountId, slotId, now]);
        await insertVersion(q, accountId, slotId, 1, content, now);
        await q.run("UPDATE accounts SET updated_at = $1 WHERE id = $2", [now, accountId]);
        return { kind: "created", slot: slot((await getSlot(q, accountId, slotId))!) };
      }),
    async getSlot(accountId, slotId) {
      const r = await getSlot(read(), accountId, slotId);
      return r ? slot(r) : null;
    },
    async getSlotVersion(accountId, slotId, version) {
      const r = await read().one(`${VERSION} WHERE v.account_id = $1 AND v.slot_id = $2 AND v.version = $3`, [accountId, slotId, version]);
      return r ? slot(r) : null;
    },
    listSlotVersions: async (accountId, slotId, since) =>
      (await read().rows(`${VERSION} WHERE v.account_id = $1 AND v.slot_id = $2 AND (v.version = s.version OR v.created_at >= $3)
        ORDER BY v.version DESC`, [accountId, slotId, since])).map(slot),
    pruneSlotVersions: (workspaceId, before) =>
      mutate((q) => q.run(`DELETE FROM slot_versions v WHERE v.created_at < $1
        AND v.account_id IN (SELECT a.id FROM accounts a JOIN environments e ON e.id = a.environment_id WHERE e.workspace_id = $2)
        AND v.version < (SELECT s.version FROM slots s WHERE s.account_id = v.account_id AND s.slot_id = v.slot_id)`, [before, workspaceId])),
    writeSlot: (accountId, slotId, expected, content, now): Promise<WriteSlotOutcome> =>
      mutate(async (q) => {
        const row = await getSlot(q, accountId, slotId);
        if (!row) return { kind: "missing" };
        const current = slot(row);
        if (current.checksum === content.checksum && current.slotInfo === content.slotInfo) return { kind: "unchanged", slot: current };
        // The conditional update is the concurrency control: it only advances from the expected version.
        // A concurrent writer's UPDATE waits for this transaction, then finds the version moved on.
        const from = expected ?? current.version;
        if ((await q.run("UPDATE slots SET version = version + 1 WHERE account_id = $1 AND slot_id = $2 AND version = $3", [accountId, slotId, from])) === 0) {
          return { kind: "stale", current: slot((await getSlot(q, accountId, slotId)) ?? row) };
        }
        await insertVersion(q, accountId, slotId, from + 1, content, now);
        await q.run("UPDATE accounts SET updated_at = $1 WHERE id = $2", [now, accountId]);
        return { kind: "written", slot: slot((await getSlot(q, accountId, slotId))!) };
      }),

    insertTransferCode: (code, reusableBefore) =>
      mutate(async (q) =>
        (await q.run(`INSERT INTO transfer_codes (environment_id, locator, account_id, verifier_hash, created_at, expires_at, consumed_at, failed_attempts)
          VALUES ($1, $2, $3, $4, $5, $6, NULL, 0)
          ON CONFLICT (environment_id, locator) DO UPDATE SET
            account_id = excluded.account_id, verifier_hash = excluded.verifier_hash, created_at = excluded.created_at,
            expires_at = excluded.expires_at, consumed_at = NULL, failed_attempts = 0
          WHERE transfer_codes.expires_at < $7`,
        [code.environmentId, code.locator, code.accountId, code.verifierHash, code.createdAt, code.expiresAt, reusableBefore])) === 1),
    async findTransferCode(environmentId, locator) {
      const r = await read().one("SELECT * FROM transfer_codes WHERE environment_id = $1 AND locator = $2", [environmentId, locator]);
      return r ? transferCode(r) : null;
    },
    recordTransferCodeFailure: (environmentId, locator) =>
      mutate(async (q) => (await q.one(`UPDATE transfer_codes SET failed_attempts = failed_attempts + 1
        WHERE environment_id = $1 AND locator = $2 RETURNING failed_attempts`, [environmentId, locator]))!.failed_attempts as number),
    consumeTransferCode: (environmentId, locator, s, now) =>
      mutate(async (q) => {
        const consumed = await q.run("UPDATE transfer_codes SET consumed_at = $1 WHERE environment_id = $2 AND locator = $3 AND consumed_at IS NULL", [now, environmentId, locator]);
        if (consumed === 0) return false;
        await insertSession(q, s.id, s.accountId, s.tokenHash, s.sdk, now);
        return true;
      }),

    publishGameConfig: (environmentId, config, now) =>
      mutate(async (q): Promise<GameConfigRecord> => {
        await q.run("SELECT 1 FROM environments WHERE id = $1 FOR UPDATE", [environmentId]);
        const version = (await q.one("SELECT COALESCE(MAX(version), 0) AS v FROM game_configs WHERE environment_id = $1", [environmentId]))!.v + 1;
        await q.run("INSERT INTO game_configs (environment_id, version, config, published_at) VALUES ($1, $2, $3, $4)", [environmentId, version, config, now]);
        await q.run("UPDATE environments SET active_game_config_version = $1 WHERE id = $2", [version, environmentId]);
        return { version, config, publishedAt: now };
      }),
    listGameConfigs: async (environmentId) =>
      (await read().rows("SELECT * FROM game_configs WHERE environment_id = $1 ORDER BY version DESC", [environmentId])).map(gameConfig),
    async getGameConfig(environmentId, version) {
      const r = await read().one("SELECT * FROM game_configs WHERE environment_id = $1 AND version = $2", [environmentId, version]);
      return r ? gameConfig(r) : null;
    },
    activateGameConfig: (environmentId, version) =>
      mutate(async (q) =>
        (await q.run(`UPDATE environments SET active_game_config_version = $1 WHERE id = $2
          AND EXISTS (SELECT 1 FROM game_configs WHERE environment_id = $2 AND version = $1)`, [version, environmentId])) === 1),
    async getActiveGameConfig(environmentId) {
      const r = await read().one(`SELECT g.version, g.config, g.published_at FROM environments e
        JOIN game_configs g ON g.environment_id = e.id AND g.version = e.active_game_config_version WHERE e.id = $1`, [environmentId]);
      return r ? gameConfig(r) : null;
    },

    async findIdempotencyRecord(keyHash, now) {
      const r = await read().one("SELECT * FROM idempotency_records WHERE key_hash = $1 AND expires_at > $2", [keyHash, now]);
      return r ? { keyHash: r.key_hash, fingerprint: r.fingerprint, status: r.status, sealed: r.sealed, createdAt: r.created_at, expiresAt: r.expires_at } : null;
    },
    saveIdempotencyRecord: (record, now) =>
      mutate(async (q) => {
        try {
          return (await q.run(`INSERT INTO idempotency_records (key_hash, fingerprint, status, sealed, created_at, expires_at)
            VALUES ($1, $2, $3, $4, $5, $6)
            ON CONFLICT (key_hash) DO UPDATE SET fingerprint = excluded.fingerprint, status = excluded.status,
              sealed = excluded.sealed, created_at = excluded.created_at, expires_at = excluded.expires_at
            WHERE idempotency_records.expires_at <= $7`,
          [record.keyHash, record.fingerprint, record.status, record.sealed, record.createdAt, record.expiresAt, now])) === 1;
        } catch (error) {
          if (isUniqueViolation(error)) return false;
          throw error;
        }
      }),
    pruneIdempotencyRecords: (now) => mutate((q) => q.run("DELETE FROM idempotency_records WHERE expires_at <= $1", [now])),

    addUsage: (increments) =>
      mutate(async (q) => {
        for (const i of increments) {
          await q.run(`INSERT INTO usage_daily (environment_id, day, surface, sdk, requests) VALUES ($1, $2, $3, $4, $5)
            ON CONFLICT (environment_id, day, surface, sdk) DO UPDATE SET requests = usage_daily.requests + excluded.requests`,
          [i.environmentId, i.day, i.surface, i.sdk, i.requests]);
        }
      }),
    async monthlyRequests(workspaceId, surface, month) {
      return (await read().one(`SELECT COALESCE(SUM(u.requests), 0) AS n FROM usage_daily u JOIN environments e ON e.id = u.environment_id
        WHERE e.workspace_id = $1 AND u.surface = $2 AND u.day >= $3 AND u.day < $4`, [workspaceId, surface, `${month}-01`, `${month}-32`]))!.n;
    },
    usageBySdk: async (environmentId, fromDay, toDay) =>
      (await read().rows(`SELECT surface, sdk, SUM(requests) AS requests FROM usage_daily
        WHERE environment_id = $1 AND day >= $2 AND day <= $3 GROUP BY surface, sdk ORDER BY surface, requests DESC, sdk`, [environmentId, fromDay, toDay]))
        .map((r) => ({ surface: r.surface, sdk: r.sdk, requests: r.requests })),
  };
}

/** Applies the pending migrations, one transaction each, under an advisory lock so that processes starting together migrate once. */
async function migrate(pool: pg.Pool): Promise<number[]> {
  const client = await pool.connect();
  try {
    await client.query("SELECT pg_advisory_lock(7312001)");
    await client.query("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
    const applied = new Set((await client.query("SELECT version FROM schema_migrations")).rows.map((r) => r.version));
    const done: number[] = [];
    for (const m of postgresMigrations) {
      if (applied.has(m.version)) continue;
      await client.query("BEGIN");
      try {
        await client.query(m.sql);
        await client.query("INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)", [m.version, m.name, new Date().toISOString()]);
        await client.query("COMMIT");
        done.push(m.version);
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      }
    }
    return done;
  } finally {
    await client.query("SELECT pg_advisory_unlock(7312001)").catch(() => {});
    client.release();
  }
}
