// Ranks from bucket counts (server/store/rankBuckets.ts, migration 16): whatever the board's writes —
// new records, changed scores, hidden and shown again, erased accounts, a deleted board — every count of
// the records before a place equals the count of a walk over the records, on both engines. Scores sit on
// the buckets' edges, where the triggers' SQL and the reads' TypeScript must agree to the unit.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import pg from "pg";
import { randomUUID } from "node:crypto";
import { openStore } from "../../server/store/index.js";
import { coarseOf, fineBucket, firstFineOf, lowestScoreIn } from "../../server/store/rankBuckets.js";
import type { AccountRecord, BoardPeriod, EnvironmentRecord, PlaceKey, ScoreEntry, Store } from "../../server/store/types.js";
import { tempDbPath, testStore, TEST_POSTGRES_URL, TEST_SCHEMA_PREFIX } from "../support/helpers.js";

const LIMIT = Number.MAX_SAFE_INTEGER;
/** Scores on and either side of every power of two, both signs, and a few ties near zero. */
const EDGES = [0, 1, 2, 3, 1023, 1024, 2047, 2048, LIMIT, -LIMIT, ...Array.from({ length: 53 }, (_, k) => [2 ** k - 1, 2 ** k, 2 ** k + 1, 3 * 2 ** k]).flat()]
  .flatMap((x) => [x, -x]).filter((x) => Math.abs(x) <= LIMIT);

/** A small seeded generator, so that a failure can be replayed. */
function random(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

describe("rank buckets", () => {
  it("order scores, and each bucket's lowest score is where it starts", () => {
    const sorted = [...new Set(EDGES)].sort((a, b) => a - b);
    for (let i = 1; i < sorted.length; i++) expect(fineBucket(sorted[i])).toBeGreaterThanOrEqual(fineBucket(sorted[i - 1]));
    for (const x of sorted) {
      const b = fineBucket(x);
      expect(lowestScoreIn(b)).toBeLessThanOrEqual(x);
      expect(fineBucket(lowestScoreIn(b))).toBe(b);
      if (lowestScoreIn(b) > -LIMIT) expect(fineBucket(lowestScoreIn(b) - 1)).toBe(b - 1);
      expect(firstFineOf(coarseOf(b))).toBeLessThanOrEqual(b);
      expect(coarseOf(firstFineOf(coarseOf(b)))).toBe(coarseOf(b));
    }
    // Each score of magnitude below 2048 has a bucket of its own; scores near a million share a bucket 512 wide.
    expect(new Set(Array.from({ length: 4096 }, (_, i) => fineBucket(i - 2048))).size).toBe(4096);
    expect(lowestScoreIn(fineBucket(1_000_000) + 1) - lowestScoreIn(fineBucket(1_000_000))).toBe(512);
  });
});

const onPostgres = process.env.PERSISTLY_TEST_STORE === "postgres";

/**
 * A store of its own, and a way to take migration 16 back out of its database (its table, triggers and
 * record), so that reopening it runs the migration over the records already there, as an upgrade does.
 */
async function storeWithUndo(): Promise<{ store: Store; reopen(): Promise<Store>; drop(): Promise<void> }> {
  const undo = ["DELETE FROM schema_migrations WHERE version = 16", "DROP TABLE leaderboard_rank_counts"];
  if (!onPostgres) {
    const path = tempDbPath();
    const raw = (statements: string[]) => {
      const db = new Database(path);
      for (const s of statements) db.exec(s);
      db.close();
    };
    return {
      store: await openStore({ database: path }),
      reopen: async () => (raw([...["insert", "update", "delete"].map((t) => `DROP TRIGGER leaderboard_records_count_${t}`), ...undo]), openStore({ database: path })),
      drop: async () => {},
    };
  }
  const schema = `${TEST_SCHEMA_PREFIX}${randomUUID().replaceAll("-", "").slice(0, 16)}`;
  const options = { database: TEST_POSTGRES_URL, schema, poolSize: 4, idleTimeoutMillis: 500 };
  const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL, options: `-c search_path="${schema}"` });
  await admin.connect();
  return {
    store: await openStore(options),
    reopen: async () => {
      for (const s of ["DROP TRIGGER leaderboard_records_count ON leaderboard_records", "DROP FUNCTION leaderboard_records_count()", ...undo]) await admin.query(s);
      return openStore(options);
    },
    drop: async () => {
      await admin.query(`DROP SCHEMA "${schema}" CASCADE`);
      await admin.end();
    },
  };
}

describe("counting the records before a place", () => {
  let store: Store;
  let env: EnvironmentRecord;
  const at = "2026-12-06T10:00:00.000Z";
  beforeAll(async () => {
    store = await testStore();
    env = await store.transaction(async (tx) => tx.createEnvironment((await tx.ensureWorkspace("ranks", at)).id, "development", at));
  });
  afterAll(() => store.close());

  async function board(id: string): Promise<BoardPeriod> {
    await store.transaction((tx) => tx.insertLeaderboard({ environmentId: env.id, leaderboardId: id, sortOrder: "asc", operator: "latest", resetSchedule: null, authoritative: false, streamTopN: 100, eventId: null, createdAt: at, updatedAt: at }));
    return { environmentId: env.id, leaderboardId: id, period: "all" };
  }

  async function account(i: number) {
    const record: AccountRecord = { id: `acc_rank_${i}`, environmentId: env.id, playerRef: null, publicId: `plr_rank_${String(i).padStart(4, "0")}`, displayName: null, createdAt: at, updatedAt: at, erasedAt: null };
    if (!(await store.getAccount(record.id))) await store.transaction((tx) => tx.createAccount(record, { id: `ses_rank_${i}`, tokenHash: Buffer.from(`rank-${i}`), sdk: null }, null));
    return record;
  }

  const entry = (a: AccountRecord, rankScore: number, rankSubscore: number, achievedAt: string, hidden: boolean): ScoreEntry => ({
    period: "all", accountId: a.id, publicId: a.publicId, displayName: null, score: rankScore, subscore: rankSubscore, rankScore, rankSubscore, metadata: null, achievedAt, hidden, updatedAt: at,
  });

  const tuple = (k: PlaceKey) => [k.rankScore, k.rankSubscore, k.achievedAt, k.publicId] as const;
  function before(a: readonly unknown[], b: readonly unknown[], length: number) {
    for (let i = 0; i < length; i++) if (a[i] !== b[i]) return (a[i] as number | string) < (b[i] as number | string);
    return false;
  }

  /** Every count the store answers for these places equals a walk over the shown records. */
  async function expectCounts(scope: BoardPeriod, records: Map<string, ScoreEntry>, places: PlaceKey[]) {
    const shown = [...records.values()].filter((r) => !r.hidden);
    for (const key of places) {
      const expected = {
        ranked: shown.filter((r) => before(tuple(r), tuple(key), 3)).length,
        placed: shown.filter((r) => before(tuple(r), tuple(key), 4)).length,
        tied: shown.filter((r) => r.rankScore === key.rankScore && r.rankSubscore === key.rankSubscore && r.achievedAt === key.achievedAt && r.publicId < key.publicId).length,
      };
      const counted = {
        ranked: await store.countScoresBefore(scope, key, "ranked"),
        placed: await store.countScoresBefore(scope, key, "placed"),
        tied: await store.countScoresBefore(scope, key, "tied"),
      };
      expect(counted, `place ${JSON.stringify(key)}`).toEqual(expected);
    }
  }

  it("agree with a walk over the records through writes, hiding, erasure and a board deleted and made again", async () => {
    const next = random(22);
    const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)];
    const scoreOf = () => (next() < 0.6 ? pick(EDGES) : Math.round((next() - 0.5) * 2 * 10 ** Math.floor(next() * 16)));
    const accounts = await Promise.all(Array.from({ length: 60 }, (_, i) => account(i)));
    let scope = await board("edges");
    const records = new Map<string, ScoreEntry>();
    const write = async (a: AccountRecord, score = scoreOf(), hidden = records.get(a.id)?.hidden ?? false) => {
      const e = entry(a, score, next() < 0.5 ? 0 : 1, next() < 0.5 ? at : "2026-12-06T11:00:00.000Z", hidden);
      await store.transaction((tx) => tx.putScoreEntry(scope, e));
      records.set(a.id, e);
    };
    const places = () => [
      ...[...records.values()],
      ...Array.from({ length: 40 }, () => ({ rankScore: scoreOf(), rankSubscore: 0, achievedAt: at, publicId: "plr_rank_0030" })),
    ];

    for (const a of accounts) await write(a);
    await expectCounts(scope, records, places());
    // Scores change (a record may move between buckets, or within one), some are hidden and shown again.
    for (let round = 0; round < 3; round++) {
      for (const a of accounts.slice(0, 30)) await write(a);
      for (const a of accounts.slice(30, 40)) {
        const hidden = !records.get(a.id)!.hidden;
        await store.transaction((tx) => tx.setScoreHidden(scope, a.publicId, hidden));
        records.set(a.id, { ...records.get(a.id)!, hidden });
      }
      await expectCounts(scope, records, places());
    }
    // A hidden record's score changes without counting; shown again, it counts where it now is.
    const a40 = accounts[40];
    await store.transaction((tx) => tx.setScoreHidden(scope, a40.publicId, true));
    await write(a40, 2 ** 40, true);
    await store.transaction((tx) => tx.setScoreHidden(scope, a40.publicId, false));
    records.set(a40.id, { ...records.get(a40.id)!, hidden: false });
    // Erasure takes the account's records with it.
    for (const a of accounts.slice(50, 55)) {
      await store.transaction((tx) => tx.eraseAccount(a.id, at));
      records.delete(a.id);
    }
    await expectCounts(scope, records, places());
    // A transaction that writes and then fails leaves the counts as they were.
    await expect(store.transaction(async (tx) => {
      await tx.putScoreEntry(scope, entry(accounts[0], -LIMIT, 0, at, false));
      throw new Error("refused");
    })).rejects.toThrow("refused");
    await expectCounts(scope, records, places());
    // A deleted board made again starts from nothing.
    await store.transaction((tx) => tx.deleteLeaderboard(env.id, "edges"));
    records.clear();
    scope = await board("edges");
    for (const a of accounts.slice(0, 10)) await write(a);
    await expectCounts(scope, records, places());
  });

  it("count a crowded bucket and a million-wide score range alike", async () => {
    const scope = await board("spread");
    const records = new Map<string, ScoreEntry>();
    const accounts = await Promise.all(Array.from({ length: 50 }, (_, i) => account(100 + i)));
    await store.transaction(async (tx) => {
      for (const [i, a] of accounts.entries()) {
        // Half in one fine bucket (ties included), half spread over a million.
        const e = entry(a, i % 2 ? 1_000_000 + (i % 5) : i * 20_000, 0, at, false);
        await tx.putScoreEntry(scope, e);
        records.set(a.id, e);
      }
    });
    await expectCounts(scope, records, [...records.values()]);
  });

  it("are taken from the records a database already holds when it upgrades to them", async () => {
    const own = await storeWithUndo();
    let upgraded: Store | undefined;
    try {
      const ws = await own.store.transaction((tx) => tx.ensureWorkspace("upgrade", at));
      const e = await own.store.transaction((tx) => tx.createEnvironment(ws.id, "development", at));
      await own.store.transaction((tx) => tx.insertLeaderboard({ environmentId: e.id, leaderboardId: "old", sortOrder: "asc", operator: "latest", resetSchedule: null, authoritative: false, streamTopN: 100, eventId: null, createdAt: at, updatedAt: at }));
      const scope = { environmentId: e.id, leaderboardId: "old", period: "all" };
      const records = new Map<string, ScoreEntry>();
      for (let i = 0; i < 40; i++) {
        const a: AccountRecord = { id: `acc_up_${i}`, environmentId: e.id, playerRef: null, publicId: `plr_up_${String(i).padStart(2, "0")}`, displayName: null, createdAt: at, updatedAt: at, erasedAt: null };
        await own.store.transaction((tx) => tx.createAccount(a, { id: `ses_up_${i}`, tokenHash: Buffer.from(`up-${i}`), sdk: null }, null));
        const r = entry(a, EDGES[(i * 7) % EDGES.length], 0, at, i % 9 === 0);
        await own.store.transaction((tx) => tx.putScoreEntry(scope, r));
        records.set(a.id, r);
      }
      await own.store.close();
      upgraded = await own.reopen();
      const before = store;
      store = upgraded;
      try {
        await expectCounts(scope, records, [...records.values()]);
      } finally {
        store = before;
      }
    } finally {
      await upgraded?.close();
      await own.drop();
    }
  });
});
