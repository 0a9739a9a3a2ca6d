// The embedded store: SQLite through better-sqlite3, WAL, prepared statements, one transaction per mutation.
import Database from "better-sqlite3";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { randomUUID } from "node:crypto";
import { AsyncLocalStorage } from "node:async_hooks";
import { migrations } from "./migrations.js";
import { startCheckpointer } from "./checkpointer.js";
import type { CreateSlotOutcome, GameConfigRecord, ImportOutcome, KeyPrincipal, SlotContent, Store, WriteSlotOutcome } from "./types.js";
import { account, apiKey, environment, gameConfig, session, slot, SLOT_COLUMNS, slotSummary, transferCode, workspace, keyPrincipal, sessionWithAccount, type Row } from "./rows.js";
import type { PlanName } from "../domain/plans.js";

export type Synchronous = "OFF" | "NORMAL" | "FULL" | "EXTRA";

export interface SqliteOptions {
  /** A file path, or ":memory:". */
  path: string;
  /** WAL + NORMAL survives a process crash; FULL also survives a power loss. */
  synchronous?: Synchronous;
  /** Checkpoint the WAL in a worker thread instead of in whichever request commits past the threshold (servers). */
  backgroundCheckpoints?: boolean;
}

function prepareStatements(db: Database.Database) {
  return {
    workspaceByName: db.prepare("SELECT * FROM workspaces WHERE name = ?"),
    insertWorkspace: db.prepare("INSERT INTO workspaces (id, name, plan, created_at) VALUES (?, ?, 'free', ?)"),
    listWorkspaces: db.prepare("SELECT * FROM workspaces ORDER BY created_at, name"),
    setPlan: db.prepare("UPDATE workspaces SET plan = ? WHERE name = ?"),
    insertEnvironment: db.prepare("INSERT INTO environments (id, workspace_id, name, created_at) VALUES (?, ?, ?, ?)"),
    environmentById: db.prepare("SELECT * FROM environments WHERE id = ?"),
    environmentByName: db.prepare("SELECT * FROM environments WHERE workspace_id = ? AND name = ?"),
    listEnvironments: db.prepare("SELECT * FROM environments WHERE workspace_id = ? ORDER BY created_at, name"),
    setTransferCodes: db.prepare("UPDATE environments SET transfer_codes_enabled = ? WHERE id = ?"),
    insertKey: db.prepare(`INSERT INTO api_keys (id, environment_id, kind, prefix, key_hash, created_at)
      VALUES (@id, @environmentId, @kind, @prefix, @keyHash, @createdAt)`),
    listKeys: db.prepare("SELECT * FROM api_keys WHERE environment_id = ? ORDER BY created_at, id"),
    keyByIdOrPrefix: db.prepare("SELECT * FROM api_keys WHERE id = ? OR prefix = ?"),
    revokeKey: db.prepare("UPDATE api_keys SET revoked_at = COALESCE(revoked_at, ?) WHERE id = ?"),
    keyPrincipal: db.prepare(`SELECT k.*, e.id AS e_id, e.workspace_id, e.name AS e_name, e.transfer_codes_enabled,
        e.active_game_config_version, e.created_at AS e_created_at, w.name AS w_name, w.plan, w.storage_bytes,
        w.created_at AS w_created_at
      FROM api_keys k JOIN environments e ON e.id = k.environment_id JOIN workspaces w ON w.id = e.workspace_id
      WHERE k.key_hash = ?`),
    insertAccount: db.prepare(`INSERT INTO accounts (id, environment_id, player_ref, created_at, updated_at)
      VALUES (@id, @environmentId, @playerRef, @createdAt, @updatedAt)`),
    accountById: db.prepare("SELECT * FROM accounts WHERE id = ?"),
    touchAccount: db.prepare("UPDATE accounts SET updated_at = ? WHERE id = ?"),
    insertSession: db.prepare(`INSERT INTO account_sessions (id, account_id, token_hash, sdk, created_at, last_used_at)
      VALUES (?, ?, ?, ?, ?, ?)`),
    sessionByHash: db.prepare(`SELECT s.*, a.id AS a_id, a.environment_id, a.player_ref, a.created_at AS a_created_at,
        a.updated_at AS a_updated_at, a.erased_at
      FROM account_sessions s JOIN accounts a ON a.id = s.account_id WHERE s.token_hash = ?`),
    touchSession: db.prepare("UPDATE account_sessions SET last_used_at = ? WHERE id = ?"),
    countSlots: db.prepare("SELECT COUNT(*) AS n FROM slots WHERE account_id = ?"),
    insertSlot: db.prepare("INSERT INTO slots (account_id, slot_id, version, created_at) VALUES (?, ?, 1, ?)"),
    insertVersion: db.prepare(`INSERT INTO slot_versions
      (account_id, slot_id, version, data, slot_info, checksum, data_bytes, slot_info_bytes, created_at)
      VALUES (@accountId, @slotId, @version, @data, @slotInfo, @checksum, @dataBytes, @slotInfoBytes, @createdAt)`),
    slot: db.prepare(`SELECT ${SLOT_COLUMNS}, v.data FROM slots s
      JOIN slot_versions v ON v.account_id = s.account_id AND v.slot_id = s.slot_id AND v.version = s.version
      WHERE s.account_id = ? AND s.slot_id = ?`),
    slotSummaries: db.prepare(`SELECT ${SLOT_COLUMNS} FROM slots s
      JOIN slot_versions v ON v.account_id = s.account_id AND v.slot_id = s.slot_id AND v.version = s.version
      WHERE s.account_id = ? ORDER BY s.slot_id`),
    slotVersion: db.prepare(`SELECT s.slot_id, v.version, s.created_at, v.created_at AS updated_at, v.data, v.slot_info,
        v.checksum, v.data_bytes, v.slot_info_bytes
      FROM slot_versions v JOIN slots s ON s.account_id = v.account_id AND s.slot_id = v.slot_id
      WHERE v.account_id = ? AND v.slot_id = ? AND v.version = ?`),
    advanceSlot: db.prepare("UPDATE slots SET version = version + 1 WHERE account_id = ? AND slot_id = ? AND version = ?"),
    eraseAccount: db.prepare(`UPDATE accounts SET erased_at = ?, player_ref = NULL, import_source_id = NULL, updated_at = ?
      WHERE id = ? AND erased_at IS NULL`),
    deleteVersions: db.prepare("DELETE FROM slot_versions WHERE account_id = ?"),
    deleteSlots: db.prepare("DELETE FROM slots WHERE account_id = ?"),
    revokeSessions: db.prepare("UPDATE account_sessions SET revoked_at = COALESCE(revoked_at, ?) WHERE account_id = ?"),
    insertCode: db.prepare(`INSERT INTO transfer_codes
        (environment_id, locator, account_id, verifier_hash, created_at, expires_at, consumed_at, failed_attempts)
      VALUES (@environmentId, @locator, @accountId, @verifierHash, @createdAt, @expiresAt, NULL, 0)
      ON CONFLICT (environment_id, locator) DO UPDATE SET
        account_id = excluded.account_id, verifier_hash = excluded.verifier_hash, created_at = excluded.created_at,
        expires_at = excluded.expires_at, consumed_at = NULL, failed_attempts = 0
      WHERE transfer_codes.expires_at < @reusableBefore`),
    codeByLocator: db.prepare("SELECT * FROM transfer_codes WHERE environment_id = ? AND locator = ?"),
    failCode: db.prepare(`UPDATE transfer_codes SET failed_attempts = failed_attempts + 1
      WHERE environment_id = ? AND locator = ? RETURNING failed_attempts`),
    consumeCode: db.prepare(`UPDATE transfer_codes SET consumed_at = ?
      WHERE environment_id = ? AND locator = ? AND consumed_at IS NULL`),
    countAccounts: db.prepare(`SELECT COUNT(*) AS accounts,
        (SELECT COUNT(*) FROM slots s JOIN accounts a ON a.id = s.account_id WHERE a.environment_id = @env) AS slots
      FROM accounts WHERE environment_id = @env AND erased_at IS NULL`),
    ping: db.prepare("SELECT 1 AS ok"),
    idempotencyRecord: db.prepare("SELECT * FROM idempotency_records WHERE key_hash = ? AND expires_at > ?"),
    // An expired record under the same key is replaced; a live one is kept (the caller replays it instead).
    saveIdempotency: db.prepare(`INSERT INTO idempotency_records (key_hash, fingerprint, status, sealed, created_at, expires_at)
      VALUES (@keyHash, @fingerprint, @status, @sealed, @createdAt, @expiresAt)
      ON CONFLICT (key_hash) DO UPDATE SET fingerprint = excluded.fingerprint, status = excluded.status,
        sealed = excluded.sealed, created_at = excluded.created_at, expires_at = excluded.expires_at
      WHERE idempotency_records.expires_at <= @now`),
    pruneIdempotency: db.prepare("DELETE FROM idempotency_records WHERE expires_at <= ?"),
    addUsage: db.prepare(`INSERT INTO usage_daily (environment_id, day, surface, sdk, requests)
      VALUES (@environmentId, @day, @surface, @sdk, @requests)
      ON CONFLICT (environment_id, day, surface, sdk) DO UPDATE SET requests = requests + excluded.requests`),
    monthlyRequests: db.prepare(`SELECT COALESCE(SUM(u.requests), 0) AS n FROM usage_daily u
      JOIN environments e ON e.id = u.environment_id
      WHERE e.workspace_id = ? AND u.surface = ? AND u.day >= ? AND u.day < ?`),
    usageBySdk: db.prepare(`SELECT surface, sdk, SUM(requests) AS requests FROM usage_daily
      WHERE environment_id = ? AND day >= ? AND day <= ? GROUP BY surface, sdk ORDER BY surface, requests DESC, sdk`),
    accountsByPlayerRef: db.prepare(`SELECT * FROM accounts WHERE environment_id = ? AND player_ref = ? AND erased_at IS NULL
      AND id > ? ORDER BY id LIMIT ?`),
    slots: db.prepare(`SELECT ${SLOT_COLUMNS}, v.data FROM slots s
      JOIN slot_versions v ON v.account_id = s.account_id AND v.slot_id = s.slot_id AND v.version = s.version
      WHERE s.account_id = ? ORDER BY s.slot_id`),
    accountBySource: db.prepare("SELECT id FROM accounts WHERE environment_id = ? AND import_source_id = ?"),
    setImportSource: db.prepare("UPDATE accounts SET import_source_id = ? WHERE id = ?"),
    storageBytes: db.prepare("SELECT storage_bytes FROM workspaces WHERE id = ?"),
    sessionById: db.prepare("SELECT * FROM account_sessions WHERE id = ? AND account_id = ?"),
    sessionsOf: db.prepare("SELECT * FROM account_sessions WHERE account_id = ? ORDER BY created_at DESC, id"),
    revokeSession: db.prepare("UPDATE account_sessions SET revoked_at = COALESCE(revoked_at, ?) WHERE id = ? AND account_id = ?"),
    liveSessionIds: db.prepare("SELECT id FROM account_sessions WHERE account_id = ? AND revoked_at IS NULL"),
    slotVersions: db.prepare(`SELECT s.slot_id, v.version, s.created_at, v.created_at AS updated_at, v.data, v.slot_info,
        v.checksum, v.data_bytes, v.slot_info_bytes
      FROM slot_versions v JOIN slots s ON s.account_id = v.account_id AND s.slot_id = v.slot_id
      WHERE v.account_id = ? AND v.slot_id = ? AND (v.version = s.version OR v.created_at >= ?) ORDER BY v.version DESC`),
    pruneVersions: db.prepare(`DELETE FROM slot_versions WHERE created_at < @before
      AND account_id IN (SELECT a.id FROM accounts a JOIN environments e ON e.id = a.environment_id WHERE e.workspace_id = @workspaceId)
      AND version < (SELECT s.version FROM slots s WHERE s.account_id = slot_versions.account_id AND s.slot_id = slot_versions.slot_id)`),
    gameConfigs: db.prepare("SELECT * FROM game_configs WHERE environment_id = ? ORDER BY version DESC"),
    gameConfig: db.prepare("SELECT * FROM game_configs WHERE environment_id = ? AND version = ?"),
    maxConfigVersion: db.prepare("SELECT COALESCE(MAX(version), 0) AS v FROM game_configs WHERE environment_id = ?"),
    insertConfig: db.prepare("INSERT INTO game_configs (environment_id, version, config, published_at) VALUES (?, ?, ?, ?)"),
    activateConfig: db.prepare("UPDATE environments SET active_game_config_version = ? WHERE id = ?"),
    activeConfig: db.prepare(`SELECT g.version, g.config, g.published_at FROM environments e
      JOIN game_configs g ON g.environment_id = e.id AND g.version = e.active_game_config_version WHERE e.id = ?`),
  };
}

type Statements = ReturnType<typeof prepareStatements>;

/** A promise-chain mutex: SQLite has one writer, and a unit of work holds it across awaits. */
function createLock() {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(work: () => Promise<T>): Promise<T> => {
    const run = tail.then(work, work);
    tail = run.catch(() => undefined);
    return run;
  };
}

interface Unit {
  afterCommit: Array<() => void>;
}

function connect(path: string, options: SqliteOptions, readonly = false) {
  const db = new Database(path, { readonly });
  if (!readonly) db.pragma("journal_mode = WAL");
  db.pragma(`synchronous = ${options.synchronous ?? "NORMAL"}`);
  db.pragma("foreign_keys = ON");
  db.pragma("busy_timeout = 5000");
  return db;
}

export function openSqliteStore(options: SqliteOptions): Store {
  const inMemory = options.path === ":memory:";
  if (!inMemory) mkdirSync(dirname(options.path), { recursive: true });
  const writer = connect(options.path, options);
  migrate(writer);
  // Reads outside a unit of work use their own connection, so they never see another request's
  // uncommitted writes. An in-memory database cannot be shared between connections: it uses one.
  const reader = inMemory ? writer : connect(options.path, options, true);
  const W = prepareStatements(writer);
  const R = inMemory ? W : prepareStatements(reader);
  const units = new AsyncLocalStorage<Unit>();
  const lock = createLock();
  const checkpointer = options.backgroundCheckpoints && !inMemory ? startCheckpointer(options.path, writer) : null;

  /** Statements for a read: the writer's inside a unit of work (to see its own writes), else the reader's. */
  const read = () => (units.getStore() ? W : R);
  /** Runs `work` in a transaction: a savepoint inside the current unit of work, else its own, behind the write lock. */
  function mutate<T>(work: (q: Statements) => T): Promise<T> {
    const tx = writer.transaction(() => work(W));
    // IMMEDIATE takes the write lock first (waiting out other processes' writers for busy_timeout);
    // a deferred one that read first could not wait and would fail with SQLITE_BUSY.
    return units.getStore() ? Promise.resolve().then(tx) : lock(async () => tx.immediate());
  }

  const insertVersion = (q: Statements, accountId: string, slotId: string, version: number, content: SlotContent, createdAt: string) =>
    q.insertVersion.run({
      accountId, slotId, version, createdAt, data: content.data, slotInfo: content.slotInfo,
      checksum: content.checksum, dataBytes: content.dataBytes, slotInfoBytes: content.slotInfoBytes,
    });

  return {
    async close() {
      await checkpointer?.stop();
      if (reader !== writer) reader.close();
      writer.close();
    },
    ping: async () => writer.open && (read().ping.get() as Row).ok === 1,

    async unitOfWork<T>(work: () => Promise<T>): Promise<T> {
      if (units.getStore()) return work();
      const unit: Unit = { afterCommit: [] };
      const result = await lock(async () => {
        writer.exec("BEGIN IMMEDIATE");
        try {
          const value = await units.run(unit, work);
          writer.exec("COMMIT");
          return value;
        } catch (error) {
          if (writer.inTransaction) writer.exec("ROLLBACK");
          throw error;
        }
      });
      for (const callback of unit.afterCommit) callback();
      return result;
    },
    afterCommit(callback) {
      const unit = units.getStore();
      if (unit) unit.afterCommit.push(callback);
      else callback();
    },

    ensureWorkspace: (name, now) =>
      mutate((q) => {
        if (!q.workspaceByName.get(name)) q.insertWorkspace.run(randomUUID(), name, now);
        return workspace(q.workspaceByName.get(name) as Row);
      }),
    listWorkspaces: async () => (read().listWorkspaces.all() as Row[]).map(workspace),
    setWorkspacePlan: (name, plan: PlanName) =>
      mutate((q) => (q.setPlan.run(plan, name).changes === 0 ? null : workspace(q.workspaceByName.get(name) as Row))),
    createEnvironment: (workspaceId, name, now) =>
      mutate((q) => {
        const id = randomUUID();
        q.insertEnvironment.run(id, workspaceId, name, now);
        return environment(q.environmentById.get(id) as Row);
      }),
    async findEnvironment(workspaceId, name) {
      const r = read().environmentByName.get(workspaceId, name) as Row | undefined;
      return r ? environment(r) : null;
    },
    listEnvironments: async (workspaceId) => (read().listEnvironments.all(workspaceId) as Row[]).map(environment),
    setTransferCodesEnabled: (environmentId, enabled) => mutate((q) => void q.setTransferCodes.run(enabled ? 1 : 0, environmentId)),
    createApiKey: (key, keyHash) => mutate((q) => void q.insertKey.run({ ...key, keyHash })),
    listApiKeys: async (environmentId) => (read().listKeys.all(environmentId) as Row[]).map(apiKey),
    revokeApiKey: (idOrPrefix, now) =>
      mutate((q) => {
        const r = q.keyByIdOrPrefix.get(idOrPrefix, idOrPrefix) as Row | undefined;
        if (!r) return null;
        q.revokeKey.run(now, r.id);
        return apiKey(q.keyByIdOrPrefix.get(r.id, r.id) as Row);
      }),
    async findKeyPrincipal(keyHash): Promise<KeyPrincipal | null> {
      const r = read().keyPrincipal.get(keyHash) as Row | undefined;
      return r ? keyPrincipal(r) : null;
    },

    createAccount: (a, s, first) =>
      mutate((q) => {
        q.insertAccount.run(a);
        q.insertSession.run(s.id, a.id, s.tokenHash, s.sdk, a.createdAt, a.createdAt);
        if (!first) return null;
        q.insertSlot.run(a.id, first.slotId, a.createdAt);
        insertVersion(q, a.id, first.slotId, 1, first.content, a.createdAt);
        return slot(q.slot.get(a.id, first.slotId) as Row);
      }),
    async getAccount(accountId) {
      const r = read().accountById.get(accountId) as Row | undefined;
      return r ? account(r) : null;
    },
    listSlotSummaries: async (accountId) => (read().slotSummaries.all(accountId) as Row[]).map(slotSummary),
    async findSession(tokenHash) {
      const r = read().sessionByHash.get(tokenHash) as Row | undefined;
      return r ? sessionWithAccount(r) : null;
    },
    touchSession: (sessionId, now) => mutate((q) => void q.touchSession.run(now, sessionId)),
    eraseAccount: (accountId, now) =>
      mutate((q) => {
        if (q.eraseAccount.run(now, now, accountId).changes === 0) return false;
        q.deleteVersions.run(accountId);
        q.deleteSlots.run(accountId);
        // Session and transfer-code rows (hashes only, no player data) stay so their holders get 410 `gone`.
        q.revokeSessions.run(now, accountId);
        return true;
      }),
    findAccountsByPlayerRef: async (environmentId, playerRef, limit, cursor) =>
      (read().accountsByPlayerRef.all(environmentId, playerRef, cursor ?? "", limit) as Row[]).map(account),
    listSlots: async (accountId) => (read().slots.all(accountId) as Row[]).map(slot),
    importAccount: (a, sourceId, slots) =>
      mutate((q): ImportOutcome => {
        const existing = sourceId === null ? undefined : (q.accountBySource.get(a.environmentId, sourceId) as Row | undefined);
        if (existing) return { kind: "exists", accountId: existing.id };
        q.insertAccount.run(a);
        q.setImportSource.run(sourceId, a.id);
        for (const s of slots) {
          q.insertSlot.run(a.id, s.slotId, a.createdAt);
          insertVersion(q, a.id, s.slotId, 1, s.content, a.createdAt);
        }
        return { kind: "created", accountId: a.id };
      }),
    storageBytes: async (workspaceId) => ((read().storageBytes.get(workspaceId) as Row | undefined)?.storage_bytes ?? 0),
    createSession: (accountId, s, now) =>
      mutate((q) => {
        q.insertSession.run(s.id, accountId, s.tokenHash, s.sdk, now, now);
        return session(q.sessionById.get(s.id, accountId) as Row);
      }),
    listSessions: async (accountId) => (read().sessionsOf.all(accountId) as Row[]).map(session),
    revokeSession: (accountId, sessionId, now) =>
      mutate((q) => {
        q.revokeSession.run(now, sessionId, accountId);
        const r = q.sessionById.get(sessionId, accountId) as Row | undefined;
        return r ? session(r) : null;
      }),
    revokeAllSessions: (accountId, now) =>
      mutate((q) => {
        const ids = (q.liveSessionIds.all(accountId) as Row[]).map((r) => r.id as string);
        q.revokeSessions.run(now, accountId);
        return ids;
      }),
    async countAccounts(environmentId) {
      const r = read().countAccounts.get({ env: environmentId }) as Row;
      return { accounts: r.accounts, slots: r.slots };
    },

    createSlot: (accountId, slotId, content, maxSlots, now): Promise<CreateSlotOutcome> =>
      mutate((q) => {
        const existing = q.slot.get(accountId, slotId) as Row | undefined;
        if (existing) return { kind: "exists", current: slotSummary(existing) };
        if ((q.countSlots.get(accountId) as Row).n >= maxSlots) return { kind: "limit", limit: maxSlots };
        q.insertSlot.run(accountId, slotId, now);
        insertVersion(q, accountId, slotId, 1, content, now);
        q.touchAccount.run(now, accountId);
        return { kind: "created", slot: slot(q.slot.get(accountId, slotId) as Row) };
      }),
    async getSlot(accountId, slotId) {
      const r = read().slot.get(accountId, slotId) as Row | undefined;
      return r ? slot(r) : null;
    },
    async getSlotVersion(accountId, slotId, version) {
      const r = read().slotVersion.get(accountId, slotId, version) as Row | undefined;
      return r ? slot(r) : null;
    },
    listSlotVersions: async (accountId, slotId, since) => (read().slotVersions.all(accountId, slotId, since) as Row[]).map(slot),
    pruneSlotVersions: (workspaceId, before) => mutate((q) => q.pruneVersions.run({ workspaceId, before }).changes),
    writeSlot: (accountId, slotId, expected, content, now): Promise<WriteSlotOutcome> =>
      mutate((q) => {
        const row = q.slot.get(accountId, slotId) as Row | undefined;
        if (!row) return { kind: "missing" };
        const current = slot(row);
        if (current.checksum === content.checksum && current.slotInfo === content.slotInfo) return { kind: "unchanged", slot: current };
        // The conditional update is the concurrency control: it only advances from the expected version.
        const from = expected ?? current.version;
        if (q.advanceSlot.run(accountId, slotId, from).changes === 0) return { kind: "stale", current };
        insertVersion(q, accountId, slotId, from + 1, content, now);
        q.touchAccount.run(now, accountId);
        return { kind: "written", slot: slot(q.slot.get(accountId, slotId) as Row) };
      }),

    insertTransferCode: (code, reusableBefore) => mutate((q) => q.insertCode.run({ ...code, reusableBefore }).changes === 1),
    async findTransferCode(environmentId, locator) {
      const r = read().codeByLocator.get(environmentId, locator) as Row | undefined;
      return r ? transferCode(r) : null;
    },
    recordTransferCodeFailure: (environmentId, locator) =>
      mutate((q) => (q.failCode.get(environmentId, locator) as Row).failed_attempts as number),
    consumeTransferCode: (environmentId, locator, s, now) =>
      mutate((q) => {
        if (q.consumeCode.run(now, environmentId, locator).changes === 0) return false;
        q.insertSession.run(s.id, s.accountId, s.tokenHash, s.sdk, now, now);
        return true;
      }),

    publishGameConfig: (environmentId, config, now) =>
      mutate((q): GameConfigRecord => {
        const version = (q.maxConfigVersion.get(environmentId) as Row).v + 1;
        q.insertConfig.run(environmentId, version, config, now);
        q.activateConfig.run(version, environmentId);
        return { version, config, publishedAt: now };
      }),
    listGameConfigs: async (environmentId) => (read().gameConfigs.all(environmentId) as Row[]).map(gameConfig),
    async getGameConfig(environmentId, version) {
      const r = read().gameConfig.get(environmentId, version) as Row | undefined;
      return r ? gameConfig(r) : null;
    },
    activateGameConfig: (environmentId, version) =>
      mutate((q) => (q.gameConfig.get(environmentId, version) ? q.activateConfig.run(version, environmentId).changes === 1 : false)),
    async getActiveGameConfig(environmentId) {
      const r = read().activeConfig.get(environmentId) as Row | undefined;
      return r ? { version: r.version, config: r.config, publishedAt: r.published_at } : null;
    },

    async findIdempotencyRecord(keyHash, now) {
      const r = read().idempotencyRecord.get(keyHash, now) as Row | undefined;
      return r ? { keyHash: r.key_hash, fingerprint: r.fingerprint, status: r.status, sealed: r.sealed, createdAt: r.created_at, expiresAt: r.expires_at } : null;
    },
    saveIdempotencyRecord: (record, now) =>
      mutate((q) => q.saveIdempotency.run({ ...record, now }).changes === 1),
    pruneIdempotencyRecords: (now) => mutate((q) => q.pruneIdempotency.run(now).changes),

    addUsage: (increments) => mutate((q) => increments.forEach((i) => q.addUsage.run(i))),
    async monthlyRequests(workspaceId, surface, month) {
      return (read().monthlyRequests.get(workspaceId, surface, `${month}-01`, `${month}-32`) as Row).n;
    },
    usageBySdk: async (environmentId, fromDay, toDay) =>
      (read().usageBySdk.all(environmentId, fromDay, toDay) as Row[]).map((r) => ({ surface: r.surface, sdk: r.sdk, requests: r.requests })),
  };
}

function migrate(db: Database.Database): void {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  const applied = new Set((db.prepare("SELECT version FROM schema_migrations").all() as Row[]).map((r) => r.version));
  const record = db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)");
  for (const m of migrations) {
    if (applied.has(m.version)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      record.run(m.version, m.name, new Date().toISOString());
    })();
  }
}
