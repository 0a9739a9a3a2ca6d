// The store's statements for leaderboards: definitions, and records per reset period. Every board ranks
// by one ascending index, (rank_score, rank_subscore, achieved_at, public_id), the key of a record's
// place; hidden records sit in their own part of the index and never rank.
import { sql, type Kysely } from "kysely";
import type { DB } from "./schema.js";
import type { Row } from "./rows.js";
import type { BoardPeriod, LeaderboardDefinition, PlaceKey, ScoreEntry } from "./types.js";
import { coarseOf, fineBucket, firstFineOf, lowestScoreIn } from "./rankBuckets.js";

type Db = Kysely<DB>;

const definition = (r: Row): LeaderboardDefinition => ({
  environmentId: r.environment_id, leaderboardId: r.leaderboard_id, sortOrder: r.sort_order, operator: r.operator, resetSchedule: r.reset_schedule,
  authoritative: Boolean(r.authoritative), streamTopN: Number(r.stream_top_n), eventId: r.event_id ?? null, createdAt: r.created_at, updatedAt: r.updated_at,
});

const entry = (r: Row): ScoreEntry => ({
  period: r.period, accountId: r.account_id, publicId: r.public_id, displayName: r.display_name ?? null,
  score: Number(r.score), subscore: Number(r.subscore), rankScore: Number(r.rank_score), rankSubscore: Number(r.rank_subscore),
  metadata: r.metadata === null ? null : JSON.parse(r.metadata), achievedAt: r.achieved_at, hidden: Boolean(r.hidden), updatedAt: r.updated_at,
});

export async function insertLeaderboard(db: Db, d: LeaderboardDefinition, bool: (v: boolean) => boolean | number) {
  await db.insertInto("leaderboards").values({
    environment_id: d.environmentId, leaderboard_id: d.leaderboardId, sort_order: d.sortOrder, operator: d.operator, reset_schedule: d.resetSchedule,
    authoritative: bool(d.authoritative), stream_top_n: d.streamTopN, event_id: d.eventId, created_at: d.createdAt, updated_at: d.updatedAt,
  }).execute();
}

export async function updateLeaderboard(db: Db, d: LeaderboardDefinition, bool: (v: boolean) => boolean | number) {
  await db.updateTable("leaderboards")
    .set({ reset_schedule: d.resetSchedule, authoritative: bool(d.authoritative), stream_top_n: d.streamTopN, updated_at: d.updatedAt })
    .where("environment_id", "=", d.environmentId).where("leaderboard_id", "=", d.leaderboardId).execute();
}

export async function getLeaderboard(db: Db, environmentId: string, leaderboardId: string) {
  const row = await db.selectFrom("leaderboards").selectAll().where("environment_id", "=", environmentId).where("leaderboard_id", "=", leaderboardId).executeTakeFirst();
  return row ? definition(row) : null;
}

/** The environment's own boards; events' boards are listed with their events. */
export async function listLeaderboards(db: Db, environmentId: string) {
  return (await db.selectFrom("leaderboards").selectAll().where("environment_id", "=", environmentId).where("event_id", "is", null).orderBy("leaderboard_id").execute()).map(definition);
}

/** Deletes the board and every record of it; answers how many records went. */
export async function deleteLeaderboard(db: Db, environmentId: string, leaderboardId: string, lockRecordsFirst: boolean) {
  // The deletion's triggers take the board's count rows record by record; taking the records first means
  // a submission holding one of them finishes before any count row is held (no deadlock on PostgreSQL).
  if (lockRecordsFirst) await db.selectFrom("leaderboard_records").select("account_id").where("environment_id", "=", environmentId).where("leaderboard_id", "=", leaderboardId).forUpdate().execute();
  const records = await db.deleteFrom("leaderboard_records").where("environment_id", "=", environmentId).where("leaderboard_id", "=", leaderboardId).executeTakeFirst();
  await db.deleteFrom("leaderboard_rank_counts").where("environment_id", "=", environmentId).where("leaderboard_id", "=", leaderboardId).execute();
  await db.deleteFrom("leaderboards").where("environment_id", "=", environmentId).where("leaderboard_id", "=", leaderboardId).execute();
  return Number(records.numDeletedRows);
}

const records = (db: Db, b: BoardPeriod) =>
  db.selectFrom("leaderboard_records as r")
    .innerJoin("accounts as a", "a.id", "r.account_id")
    .selectAll("r").select("a.display_name")
    .where("r.environment_id", "=", b.environmentId).where("r.leaderboard_id", "=", b.leaderboardId).where("r.period", "=", b.period);

export async function getScoreEntry(db: Db, b: BoardPeriod, accountId: string) {
  const row = await records(db, b).where("r.account_id", "=", accountId).executeTakeFirst();
  return row ? entry(row) : null;
}

export async function scoreEntryByPublicId(db: Db, b: BoardPeriod, publicId: string) {
  const row = await records(db, b).where("r.public_id", "=", publicId).executeTakeFirst();
  return row ? entry(row) : null;
}

export async function putScoreEntry(db: Db, b: BoardPeriod, e: ScoreEntry, bool: (v: boolean) => boolean | number) {
  const values = {
    public_id: e.publicId, score: e.score, subscore: e.subscore, rank_score: e.rankScore, rank_subscore: e.rankSubscore,
    metadata: e.metadata === null ? null : JSON.stringify(e.metadata), achieved_at: e.achievedAt, hidden: bool(e.hidden), updated_at: e.updatedAt,
  };
  await db.insertInto("leaderboard_records")
    .values({ environment_id: b.environmentId, leaderboard_id: b.leaderboardId, period: b.period, account_id: e.accountId, ...values })
    .onConflict((oc) => oc.columns(["environment_id", "leaderboard_id", "period", "account_id"]).doUpdateSet(values)).execute();
}

export async function setHidden(db: Db, b: BoardPeriod, publicId: string, hidden: boolean | number) {
  const result = await db.updateTable("leaderboard_records").set({ hidden })
    .where("environment_id", "=", b.environmentId).where("leaderboard_id", "=", b.leaderboardId).where("period", "=", b.period).where("public_id", "=", publicId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

const PLACE = ["rank_score", "rank_subscore", "achieved_at", "public_id"] as const;
const RANK = ["rank_score", "rank_subscore", "achieved_at"] as const;

/**
 * Shown records before a place: `ranked` counts those ranking strictly better (the rank is one more),
 * `placed` also those that tie and come first by publicId (the place in the list), `tied` only the latter.
 * The first two add the bucket counts below the place's fine bucket to the records of that bucket
 * before it (server/store/rankBuckets.ts), in one statement; ties are counted one by one.
 */
export async function countBefore(db: Db, b: BoardPeriod, key: PlaceKey, what: "ranked" | "placed" | "tied", unhidden: boolean | number) {
  const board = (table: string) => sql<boolean>`${sql.ref(`${table}.environment_id`)} = ${b.environmentId} AND ${sql.ref(`${table}.leaderboard_id`)} = ${b.leaderboardId} AND ${sql.ref(`${table}.period`)} = ${b.period}`;
  if (what === "tied") {
    const tied = db.selectFrom("leaderboard_records").select((eb) => eb.fn.countAll().as("n")).where(board("leaderboard_records")).where("hidden", "=", unhidden)
      .where("rank_score", "=", key.rankScore).where("rank_subscore", "=", key.rankSubscore).where("achieved_at", "=", key.achievedAt).where("public_id", "<", key.publicId);
    return Number((await tied.executeTakeFirstOrThrow()).n);
  }
  const columns = what === "placed" ? PLACE : RANK;
  const values = what === "placed" ? [key.rankScore, key.rankSubscore, key.achievedAt, key.publicId] : [key.rankScore, key.rankSubscore, key.achievedAt];
  const fine = fineBucket(key.rankScore);
  const coarse = coarseOf(fine);
  const counted = (level: number, from: number | null, below: number) => sql`(SELECT COALESCE(SUM(c.n), 0) FROM leaderboard_rank_counts c
    WHERE ${board("c")} AND c.level = ${level}${from === null ? sql`` : sql` AND c.bucket >= ${from}`} AND c.bucket < ${below})`;
  const inBucket = sql`(SELECT COUNT(*) FROM leaderboard_records r WHERE ${board("r")} AND r.hidden = ${unhidden}
    AND r.rank_score >= ${lowestScoreIn(fine)} AND (${sql.join(columns.map((c) => sql.ref(`r.${c}`)))}) < (${sql.join(values)}))`;
  const { rows } = await sql<{ n: number | string }>`SELECT ${counted(0, null, coarse)} + ${counted(1, firstFineOf(coarse), fine)} + ${inBucket} AS n`.execute(db);
  return Number(rows[0].n);
}

/** Shown records after (or, `direction: "before"`, before) a place, nearest first; from the top without one. */
export async function pageFrom(db: Db, b: BoardPeriod, unhidden: boolean | number, limit: number, from?: { key: PlaceKey; direction: "after" | "before" }) {
  let query = records(db, b).where("r.hidden", "=", unhidden);
  const order = from?.direction === "before" ? "desc" : "asc";
  if (from) {
    const { key } = from;
    query = query.where(sql<boolean>`(${sql.join(PLACE.map((c) => sql.ref(`r.${c}`)))}) ${sql.raw(from.direction === "before" ? "<" : ">")} (${sql.join([key.rankScore, key.rankSubscore, key.achievedAt, key.publicId])})`);
  }
  for (const column of PLACE) query = query.orderBy(`r.${column}`, order);
  return (await query.limit(limit).execute()).map(entry);
}
