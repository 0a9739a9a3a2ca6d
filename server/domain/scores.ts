// Scores and ranks (DESIGN §8). A record's place is one ascending key (PlaceKey): score and subscore in
// the board's order, then the earliest achievedAt; ranks are competition ranks (1, 2, 2, 4), so only
// records equal in all three share a rank, and publicId merely lists such ties in a stable order.
// Hidden records never rank; their owner still sees theirs, placed where it would rank.
import { ApiError, invalidRequest, notFound } from "./errors.js";
import type { Deps, TxDeps } from "./context.js";
import type { AccountRecord, BoardPeriod, LeaderboardDefinition, PlaceKey, ScoreEntry } from "../store/types.js";
import { periodAt } from "./leaderboards.js";
import { announceScore } from "./leaderboardStream.js";

const METADATA_MAX_BYTES = 1024;
const LIMIT = Number.MAX_SAFE_INTEGER;

export interface Submission { score: number; subscore?: number; metadata?: Record<string, unknown> }
export interface RankedEntry extends ScoreEntry { rank: number }

export const scopeOf = (board: LeaderboardDefinition, period: string): BoardPeriod => ({ environmentId: board.environmentId, leaderboardId: board.leaderboardId, period });

/** The place of (score, subscore) made at `achievedAt`; `0 ||` keeps -0 out of the index. */
function place(board: LeaderboardDefinition, score: number, subscore: number, achievedAt: string, publicId: string): PlaceKey {
  const sign = board.sortOrder === "desc" ? -1 : 1;
  return { rankScore: sign * score || 0, rankSubscore: sign * subscore || 0, achievedAt, publicId };
}

/** Whether (score, subscore) ranks strictly better than the record's pair: compared as a pair, score first. */
function beats(board: LeaderboardDefinition, score: number, subscore: number, record: ScoreEntry) {
  const sign = board.sortOrder === "desc" ? -1 : 1;
  const [a, b] = [sign * score, sign * record.score];
  return a < b || (a === b && sign * subscore < sign * record.subscore);
}

const sameRank = (a: PlaceKey, b: PlaceKey) => a.rankScore === b.rankScore && a.rankSubscore === b.rankSubscore && a.achievedAt === b.achievedAt;

/** 1 + the shown records ranking strictly better: the same answer for a shown record and, as if shown, a hidden one. */
const rankOf = async (deps: Pick<Deps, "store">, scope: BoardPeriod, key: PlaceKey) => 1 + (await deps.store.countScoresBefore(scope, key, "ranked"));

/**
 * Ranks a run of shown records that follow each other in the board's order, the first one at `place`
 * (0-based: how many shown records come before it). Ties share the first one's rank.
 */
async function rankRun(deps: Pick<Deps, "store">, scope: BoardPeriod, run: ScoreEntry[], first: { place: number; rank?: number }): Promise<RankedEntry[]> {
  const ranked: RankedEntry[] = [];
  for (const [i, entry] of run.entries()) {
    const previous = ranked[i - 1];
    const rank = previous && sameRank(previous, entry) ? previous.rank
      : i > 0 ? first.place + i + 1
      : first.rank ?? (await rankOf(deps, scope, entry));
    ranked.push({ ...entry, rank });
  }
  return ranked;
}

function checkSubmission(input: Submission) {
  const metadataBytes = input.metadata === undefined ? 0 : Buffer.byteLength(JSON.stringify(input.metadata));
  if (metadataBytes > METADATA_MAX_BYTES) throw invalidRequest(`metadata is ${metadataBytes} bytes as JSON; at most ${METADATA_MAX_BYTES}`, { field: "metadata", limit: METADATA_MAX_BYTES });
}

/**
 * Applies the board's operator to the account's record in the current period, under the account's
 * lock (concurrent submissions to one record apply one after the other). Announced once committed.
 */
export async function submitScore(deps: Pick<TxDeps, "store" | "now" | "events" | "random">, account: AccountRecord, board: LeaderboardDefinition, input: Submission) {
  checkSubmission(input);
  const now = deps.now();
  const at = now.toISOString();
  const scope = scopeOf(board, periodAt(board, now).period);
  await deps.store.lockAccount(account.id);
  const before = await deps.store.getScoreEntry(scope, account.id);
  const previousRank = before ? await rankOf(deps, scope, before) : null;
  let score = input.score;
  let subscore = input.subscore ?? 0;
  if (board.operator === "increment" && before) {
    [score, subscore] = [before.score + score, before.subscore + subscore];
    if (Math.abs(score) > LIMIT || Math.abs(subscore) > LIMIT) {
      throw invalidRequest(`the record would reach ${Math.abs(score) > LIMIT ? `score ${score}` : `subscore ${subscore}`}, beyond ±${LIMIT}`, { field: Math.abs(score) > LIMIT ? "score" : "subscore" });
    }
  }
  const changed = !before || board.operator !== "best" || beats(board, score, subscore, before);
  const after: ScoreEntry = changed
    ? {
      ...place(board, score, subscore, at, account.publicId), period: scope.period, accountId: account.id, displayName: account.displayName ?? null,
      score, subscore, metadata: input.metadata ?? null, hidden: before?.hidden ?? false, updatedAt: at,
    }
    : before!;
  if (changed) await deps.store.putScoreEntry(scope, after);
  const record = { ...after, rank: await rankOf(deps, scope, after) };
  if (changed) announceScore(deps, board, scope, record, previousRank);
  return { period: scope.period, record, previousRank, changed };
}

/**
 * The studio's backend submits for a player: any board but an event's, which takes scores only through
 * its attempts (their window, entry cost and attempt limit decide who may win its prizes).
 */
export function submitBackendScore(deps: Pick<TxDeps, "store" | "now" | "events" | "random">, account: AccountRecord, board: LeaderboardDefinition, input: Submission) {
  if (board.eventId) {
    throw notFound(`leaderboard "${board.leaderboardId}" is the board of event "${board.eventId}": its scores come only through the event's attempts (enterEvent, then submitEventScore)`, { leaderboardId: board.leaderboardId, eventId: board.eventId });
  }
  return submitScore(deps, account, board, input);
}

/**
 * A player's own submission (the SDK): an authoritative board takes scores only from the studio's
 * backend, and an event's board only through its attempts.
 */
export function submitPlayerScore(deps: Pick<TxDeps, "store" | "now" | "events" | "random">, account: AccountRecord, board: LeaderboardDefinition, input: Submission) {
  if (board.authoritative) {
    const instead = board.eventId ? `through attempts at event "${board.eventId}" (enterEvent, then submitEventScore)` : "from your backend (submitScoreForAccount on /server/v1)";
    throw new ApiError(403, "leaderboard_authoritative", `leaderboard "${board.leaderboardId}" takes scores only ${instead}`, { leaderboardId: board.leaderboardId });
  }
  return submitScore(deps, account, board, input);
}

function periodFor(board: LeaderboardDefinition, now: Date, period?: string) {
  return period ?? periodAt(board, now).period;
}

/** The cursor of a page: the last record's place and rank, so the next page ranks without counting. */
const encodeCursor = (entry: RankedEntry, place: number) =>
  Buffer.from(JSON.stringify([entry.rankScore, entry.rankSubscore, entry.achievedAt, entry.publicId, entry.rank, place])).toString("base64url");

function decodeCursor(cursor: string): { key: PlaceKey; rank: number; place: number } {
  try {
    const [rankScore, rankSubscore, achievedAt, publicId, rank, place] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    const integers = [rankScore, rankSubscore, rank, place].every(Number.isSafeInteger);
    if (integers && typeof achievedAt === "string" && typeof publicId === "string" && rank >= 1 && place >= 0) return { key: { rankScore, rankSubscore, achievedAt, publicId }, rank, place };
  } catch {
    // Falls through to the refusal.
  }
  throw invalidRequest("cursor is not one this board gave; pass nextCursor from the previous page, or leave it out for the top", { field: "cursor" });
}

/** A page of shown records, best first; `nextCursor` continues after its last record. */
export async function topRecords(deps: Pick<Deps, "store" | "now">, board: LeaderboardDefinition, options: { limit?: number; cursor?: string; period?: string }) {
  const limit = options.limit ?? 25;
  const scope = scopeOf(board, periodFor(board, deps.now(), options.period));
  const after = options.cursor === undefined ? undefined : decodeCursor(options.cursor);
  const run = await deps.store.scoresFrom(scope, limit + 1, after && { key: after.key, direction: "after" });
  const page = run.slice(0, limit);
  const place = after ? after.place + 1 : 0;
  const first = after && page[0] && sameRank(page[0], after.key) ? after.rank : after ? place + 1 : 1;
  const records = await rankRun(deps, scope, page, { place, rank: first });
  const last = records[records.length - 1];
  return { period: scope.period, records, nextCursor: run.length > limit && last ? encodeCursor(last, place + records.length - 1) : null };
}

/** The account's record with its rank, and up to `neighbours` shown records on each side, ranked as topRecords ranks them. */
export async function standing(deps: Pick<Deps, "store" | "now">, account: AccountRecord, board: LeaderboardDefinition, options: { neighbours?: number; period?: string }) {
  const n = options.neighbours ?? 2;
  const scope = scopeOf(board, periodFor(board, deps.now(), options.period));
  const own = await deps.store.getScoreEntry(scope, account.id);
  if (!own) return { period: scope.period, record: null, above: [], below: [] };
  // Shown records listed before this one: those ranking better, and ties listed first. A hidden record
  // is not among the shown ones; placed in the run all the same, it is shown to its owner as if it ranked.
  const placed = await deps.store.countScoresBefore(scope, own, "placed");
  const above = (await deps.store.scoresFrom(scope, n, { key: own, direction: "before" })).reverse();
  const below = await deps.store.scoresFrom(scope, n, { key: own, direction: "after" });
  // The run's first record ranks at its place, less the ties listed before it: one count over the board, not two.
  const first = above[0] ?? own;
  const place = placed - above.length;
  const run = await rankRun(deps, scope, [...above, own, ...below], { place, rank: place + 1 - (await deps.store.countScoresBefore(scope, first, "tied")) });
  return { period: scope.period, record: run[above.length], above: run.slice(0, above.length), below: run.slice(above.length + 1) };
}

/** Every shown record of a period, best first, ranked; read a page at a time. */
export async function* rankedRecords(deps: Pick<Deps, "store">, board: LeaderboardDefinition, period: string, pageSize = 500): AsyncGenerator<RankedEntry> {
  const scope = scopeOf(board, period);
  let previous: RankedEntry | undefined;
  let place = 0;
  for (;;) {
    const page = await deps.store.scoresFrom(scope, pageSize, previous && { key: previous, direction: "after" });
    for (const entry of page) {
      previous = { ...entry, rank: previous && sameRank(previous, entry) ? previous.rank : place + 1 };
      place += 1;
      yield previous;
    }
    if (page.length < pageSize) return;
  }
}

/** Hides (or shows again) a record: it stops (or starts) ranking for everyone but its owner. */
export async function hideRecord(deps: Pick<TxDeps, "store" | "now">, board: LeaderboardDefinition, input: { publicId: string; period?: string; hidden?: boolean }) {
  const scope = scopeOf(board, periodFor(board, deps.now(), input.period));
  const hidden = input.hidden ?? true;
  if (!(await deps.store.setScoreHidden(scope, input.publicId, hidden))) {
    throw notFound(`no record of ${input.publicId} on leaderboard "${board.leaderboardId}" in period ${scope.period}`, { leaderboardId: board.leaderboardId, publicId: input.publicId, period: scope.period });
  }
  return { leaderboardId: board.leaderboardId, period: scope.period, publicId: input.publicId, hidden };
}
