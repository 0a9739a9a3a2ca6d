// The store's statements for leaderboards: definitions, and records per reset period. Every board ranks
// by one ascending index, (rank_score, rank_subscore, achieved_at, public_id), the key of a record's
// place; hidden records sit in their own part of the index and never rank.
import { sql } from "kysely";
import type { Engine } from "./engine.js";
import { prepared, type Param } from "./prepared.js";
import type { Row } from "./rows.js";
import type { BoardPeriod, LeaderboardDefinition, PlaceKey, ScoreEntry } from "./types.js";
import { coarseOf, fineBucket, firstFineOf, lowestScoreIn } from "./rankBuckets.js";
import type { AreaMethods, Db } from "./context.js";

/** Leaderboards and their records per period. Score writers hold the account's lock. */
export interface LeaderboardReads {
  getLeaderboard(environmentId: string, leaderboardId: string): Promise<LeaderboardDefinition | null>;
  listLeaderboards(environmentId: string): Promise<LeaderboardDefinition[]>;
  getScoreEntry(board: BoardPeriod, accountId: string): Promise<ScoreEntry | null>;
  scoreEntryByPublicId(board: BoardPeriod, publicId: string): Promise<ScoreEntry | null>;
  /** Shown records ranking strictly better than `key` (`ranked`), or also tying and listed first (`placed`), or only the latter (`tied`). */
  countScoresBefore(board: BoardPeriod, key: PlaceKey, what: "ranked" | "placed" | "tied"): Promise<number>;
  /** Shown records after (or before) a place, nearest first; from the top without one. */
  scoresFrom(board: BoardPeriod, limit: number, from?: { key: PlaceKey; direction: "after" | "before" }): Promise<ScoreEntry[]>;
}

/** Changes and locks: only on the store a transaction hands out (Store.transaction). */
export interface LeaderboardWrites {
  insertLeaderboard(definition: LeaderboardDefinition): Promise<void>;
  updateLeaderboard(definition: LeaderboardDefinition): Promise<void>;
  deleteLeaderboard(environmentId: string, leaderboardId: string): Promise<number>;
  putScoreEntry(board: BoardPeriod, entry: ScoreEntry): Promise<void>;
  /** Hides or shows the record of `publicId`; false when there is none. */
  setScoreHidden(board: BoardPeriod, publicId: string, hidden: boolean): Promise<boolean>;
}

export type LeaderboardStore = LeaderboardReads & LeaderboardWrites;

export const leaderboardStore: AreaMethods<LeaderboardStore> = {
  insertLeaderboard(d) {
    return this.write(async (db) => {
      await db.insertInto("leaderboards").values({
        environment_id: d.environmentId, leaderboard_id: d.leaderboardId, sort_order: d.sortOrder, operator: d.operator, reset_schedule: d.resetSchedule,
        authoritative: this.bool(d.authoritative), stream_top_n: d.streamTopN, event_id: d.eventId, created_at: d.createdAt, updated_at: d.updatedAt,
      }).execute();
    });
  },
  updateLeaderboard(d) {
    return this.write(async (db) => {
      await db.updateTable("leaderboards")
        .set({ reset_schedule: d.resetSchedule, authoritative: this.bool(d.authoritative), stream_top_n: d.streamTopN, updated_at: d.updatedAt })
        .where("environment_id", "=", d.environmentId).where("leaderboard_id", "=", d.leaderboardId).execute();
    });
  },
  /**
 * A board's definition. `shared` (PostgreSQL, in a transaction that may write its records) holds the row
 * with a key-share lock until the end, as the records' foreign key check would at insert: a deletion,
 * which locks the row first, waits for the writer, and a writer that comes later finds no board (404)
 * instead of failing the foreign key. An update of the definition does not wait for either.
 */
  async getLeaderboard(environmentId, leaderboardId) {
    const row = (await (this.inTransaction && this.engine.dialect === "postgres" ? hot.boardShared : hot.board)(this.engine, this.read, { environmentId, leaderboardId })).rows[0];
    return row ? definition(row) : null;
  },
  /** The environment's own boards; events' boards are listed with their events. */
  async listLeaderboards(environmentId) {
    return (await this.read.selectFrom("leaderboards").selectAll().where("environment_id", "=", environmentId).where("event_id", "is", null).orderBy("leaderboard_id").execute()).map(definition);
  },
  /** Deletes the board and every record of it; answers how many records went. */
  deleteLeaderboard(environmentId, leaderboardId) {
    return this.write(async (db) => {
      if (this.engine.dialect === "postgres") {
        // PostgreSQL: the board first, which every writer of its records holds key-shared (getLeaderboard), so
        // none is under way or can begin; then its records, so that an erasure holding one finishes before
        // the deletion's triggers take any of the board's count rows (no deadlock).
        await db.selectFrom("leaderboards").select("leaderboard_id").where("environment_id", "=", environmentId).where("leaderboard_id", "=", leaderboardId).forUpdate().execute();
        await db.selectFrom("leaderboard_records").select("account_id").where("environment_id", "=", environmentId).where("leaderboard_id", "=", leaderboardId).forUpdate().execute();
      }
      const records = await db.deleteFrom("leaderboard_records").where("environment_id", "=", environmentId).where("leaderboard_id", "=", leaderboardId).executeTakeFirst();
      await db.deleteFrom("leaderboard_rank_counts").where("environment_id", "=", environmentId).where("leaderboard_id", "=", leaderboardId).execute();
      await db.deleteFrom("leaderboards").where("environment_id", "=", environmentId).where("leaderboard_id", "=", leaderboardId).execute();
      return Number(records.numDeletedRows);
    });
  },
  async getScoreEntry(b, accountId) {
    const row = (await hot.entry(this.engine, this.read, { ...b, accountId })).rows[0];
    return row ? entry(row) : null;
  },
  async scoreEntryByPublicId(b, publicId) {
    const row = await records(this.read, (name) => b[name]).where("r.public_id", "=", publicId).executeTakeFirst();
    return row ? entry(row) : null;
  },
  putScoreEntry(b, e) {
    return this.write(async (db) => {
      await hot.put(this.engine, db, {
        ...b, accountId: e.accountId, publicId: e.publicId, score: e.score, subscore: e.subscore, rankScore: e.rankScore, rankSubscore: e.rankSubscore,
        metadata: e.metadata === null ? null : JSON.stringify(e.metadata), achievedAt: e.achievedAt, hidden: this.bool(e.hidden), updatedAt: e.updatedAt,
      });
    });
  },
  setScoreHidden(b, publicId, hidden) {
    return this.write((db) => setHidden(db, b, publicId, this.bool(hidden)));
  },
  countScoresBefore(b, key, what) {
    return countBefore(this.engine, this.read, b, key, what, this.bool(false));
  },
  scoresFrom(b, limit, from) {
    return pageFrom(this.engine, this.read, b, this.bool(false), limit, from);
  },
};

const definition = (r: Row<"leaderboards">): LeaderboardDefinition => ({
  environmentId: r.environment_id, leaderboardId: r.leaderboard_id, sortOrder: r.sort_order, operator: r.operator, resetSchedule: r.reset_schedule,
  authoritative: Boolean(r.authoritative), streamTopN: Number(r.stream_top_n), eventId: r.event_id ?? null, createdAt: r.created_at, updatedAt: r.updated_at,
});

const entry = (r: Row<"leaderboard_records"> & { display_name: string | null }): ScoreEntry => ({
  period: r.period, accountId: r.account_id, publicId: r.public_id, displayName: r.display_name ?? null,
  score: Number(r.score), subscore: Number(r.subscore), rankScore: Number(r.rank_score), rankSubscore: Number(r.rank_subscore),
  metadata: r.metadata === null ? null : JSON.parse(r.metadata), achievedAt: r.achieved_at, hidden: Boolean(r.hidden), updatedAt: r.updated_at,
});

/** A period's records with their owners' display names; `p` gives the board's values (placeholders in a prepared query). */
function records(db: Db, p: (name: "environmentId" | "leaderboardId" | "period") => string) {
  return db.selectFrom("leaderboard_records as r")
    .innerJoin("accounts as a", "a.id", "r.account_id")
    .selectAll("r").select("a.display_name")
    .where("r.environment_id", "=", p("environmentId")).where("r.leaderboard_id", "=", p("leaderboardId")).where("r.period", "=", p("period"));
}

export async function setHidden(db: Db, b: BoardPeriod, publicId: string, hidden: boolean | number) {
  const result = await db.updateTable("leaderboard_records").set({ hidden })
    .where("environment_id", "=", b.environmentId).where("leaderboard_id", "=", b.leaderboardId).where("period", "=", b.period).where("public_id", "=", publicId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

const PLACE = ["rank_score", "rank_subscore", "achieved_at", "public_id"] as const;
const RANK = ["rank_score", "rank_subscore", "achieved_at"] as const;

type KeyParams = { rankScore: number; rankSubscore: number; achievedAt: string; publicId: string };
const KEY_NAMES = ["rankScore", "rankSubscore", "achievedAt", "publicId"] as const;

/**
 * Shown records before a place in `columns`' order (the first three: those ranking strictly better; all
 * four: also the ties listed first): the bucket counts below the place's fine bucket, and the records of
 * that bucket before it (server/store/rankBuckets.ts), in one statement.
 */
function countQuery(columns: readonly string[]) {
  type Params = Scope & KeyParams & { unhidden: boolean | number; coarse: number; firstFine: number; fine: number; lowest: number };
  return prepared((db, p: Param<Params>) => {
    const board = (table: string) => sql<boolean>`${sql.ref(`${table}.environment_id`)} = ${p("environmentId")} AND ${sql.ref(`${table}.leaderboard_id`)} = ${p("leaderboardId")} AND ${sql.ref(`${table}.period`)} = ${p("period")}`;
    const counted = (level: number, from: string | null, below: string) => sql<number>`(SELECT COALESCE(SUM(c.n), 0) FROM leaderboard_rank_counts c
      WHERE ${board("c")} AND c.level = ${sql.lit(level)}${from === null ? sql`` : sql` AND c.bucket >= ${p(from as "firstFine")}`} AND c.bucket < ${p(below as "coarse")})`;
    const inBucket = sql<number>`(SELECT COUNT(*) FROM leaderboard_records r WHERE ${board("r")} AND r.hidden = ${p("unhidden")}
      AND r.rank_score >= ${p("lowest")} AND (${sql.join(columns.map((c) => sql.ref(`r.${c}`)))}) < (${sql.join(KEY_NAMES.slice(0, columns.length).map((k) => p(k)))}))`;
    return db.selectNoFrom(sql<number>`${counted(0, null, "coarse")} + ${counted(1, "firstFine", "fine")} + ${inBucket}`.as("n"));
  });
}

/**
 * Shown records before a place: `ranked` counts those ranking strictly better (the rank is one more),
 * `placed` also those that tie and come first by publicId (the place in the list), `tied` only the latter.
 */
export async function countBefore(engine: Engine, db: Db, b: BoardPeriod, key: PlaceKey, what: "ranked" | "placed" | "tied", unhidden: boolean | number) {
  const fine = fineBucket(key.rankScore);
  const coarse = coarseOf(fine);
  const params = { ...b, rankScore: key.rankScore, rankSubscore: key.rankSubscore, achievedAt: key.achievedAt, publicId: key.publicId, unhidden };
  const { rows } = await (what === "tied" ? hot.tied(engine, db, params) : hot[what](engine, db, { ...params, coarse, firstFine: firstFineOf(coarse), fine, lowest: lowestScoreIn(fine) }));
  return Number(rows[0].n);
}

/** A page of shown records from the top, or after or before a place (nearest first). */
function pageQuery(direction: "after" | "before" | null) {
  return prepared((db, p: Param<Scope & KeyParams & { unhidden: boolean | number; limit: number }>) => {
    let query = records(db, p).where("r.hidden", "=", p("unhidden"));
    if (direction) {
      query = query.where(sql<boolean>`(${sql.join(PLACE.map((c) => sql.ref(`r.${c}`)))}) ${sql.raw(direction === "before" ? "<" : ">")} (${sql.join(KEY_NAMES.map((k) => p(k)))})`);
    }
    for (const column of PLACE) query = query.orderBy(`r.${column}`, direction === "before" ? "desc" : "asc");
    return query.limit(p("limit"));
  });
}

/** Shown records after (or, `direction: "before"`, before) a place, nearest first; from the top without one. */
export async function pageFrom(engine: Engine, db: Db, b: BoardPeriod, unhidden: boolean | number, limit: number, from?: { key: PlaceKey; direction: "after" | "before" }) {
  const key = from?.key ?? { rankScore: 0, rankSubscore: 0, achievedAt: "", publicId: "" };
  const params = { ...b, unhidden, limit, rankScore: key.rankScore, rankSubscore: key.rankSubscore, achievedAt: key.achievedAt, publicId: key.publicId };
  return (await hot[from?.direction ?? "top"](engine, db, params)).rows.map(entry);
}

// Every score submission and board read makes these: built and compiled once (store/prepared.ts).
type Scope = BoardPeriod & Record<string, unknown>;
const hot = {
  board: prepared((db, p: Param<{ environmentId: string; leaderboardId: string }>) =>
    db.selectFrom("leaderboards").selectAll().where("environment_id", "=", p("environmentId")).where("leaderboard_id", "=", p("leaderboardId"))),
  boardShared: prepared((db, p: Param<{ environmentId: string; leaderboardId: string }>) =>
    db.selectFrom("leaderboards").selectAll().where("environment_id", "=", p("environmentId")).where("leaderboard_id", "=", p("leaderboardId")).forKeyShare()),
  entry: prepared((db, p: Param<Scope & { accountId: string }>) =>
    records(db, p).where("r.account_id", "=", p("accountId"))),
  put: prepared((db, p: Param<Scope & KeyParams & { accountId: string; score: number; subscore: number; metadata: string | null; hidden: boolean | number; updatedAt: string }>) => {
    const values = {
      public_id: p("publicId"), score: p("score"), subscore: p("subscore"), rank_score: p("rankScore"), rank_subscore: p("rankSubscore"),
      metadata: p("metadata"), achieved_at: p("achievedAt"), hidden: p("hidden"), updated_at: p("updatedAt"),
    };
    return db.insertInto("leaderboard_records")
      .values({ environment_id: p("environmentId"), leaderboard_id: p("leaderboardId"), period: p("period"), account_id: p("accountId"), ...values })
      .onConflict((oc) => oc.columns(["environment_id", "leaderboard_id", "period", "account_id"]).doUpdateSet(values));
  }),
  ranked: countQuery(RANK),
  placed: countQuery(PLACE),
  tied: prepared((db, p: Param<Scope & KeyParams & { unhidden: boolean | number }>) =>
    db.selectFrom("leaderboard_records").select((eb) => eb.fn.countAll<number>().as("n"))
      .where("environment_id", "=", p("environmentId")).where("leaderboard_id", "=", p("leaderboardId")).where("period", "=", p("period")).where("hidden", "=", p("unhidden"))
      .where("rank_score", "=", p("rankScore")).where("rank_subscore", "=", p("rankSubscore")).where("achieved_at", "=", p("achievedAt")).where("public_id", "<", p("publicId"))),
  top: pageQuery(null),
  after: pageQuery("after"),
  before: pageQuery("before"),
};
