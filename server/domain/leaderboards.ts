// Leaderboard definitions (DESIGN §8): per environment, ranked `desc` or `asc`, with an operator for
// how a submission changes a record, an optional UTC cron schedule whose firings start new periods (each
// period its own partition of records), and `authoritative` boards only the server surface writes.
import { CronExpressionParser } from "cron-parser";
import { ApiError, invalidRequest, notFound } from "./errors.js";
import type { Deps, TxDeps } from "./context.js";
import type { BoardPeriod, LeaderboardDefinition } from "../store/types.js";

type StoreDeps = Pick<Deps, "store" | "now">;
type StoreTx = Pick<TxDeps, keyof StoreDeps>;

/** The period of a board that never resets. */
export const ALL_TIME = "all";

export interface Period { period: string; startsAt: string | null; endsAt: string | null }

/** A five-field UTC cron expression, or the refusal naming `resetSchedule`. */
function parseSchedule(schedule: string, currentDate?: Date) {
  const fields = schedule.trim().split(/\s+/);
  if (fields.length !== 5) {
    throw invalidRequest(`resetSchedule "${schedule}" has ${fields.length} fields; write five (minute hour day-of-month month day-of-week, in UTC), such as "0 0 * * 1"`, { field: "resetSchedule" });
  }
  let expression;
  try {
    expression = CronExpressionParser.parse(fields.join(" "), { tz: "UTC", ...(currentDate ? { currentDate } : {}) });
  } catch (error) {
    throw invalidRequest(`resetSchedule "${schedule}" is not a cron expression: ${(error as Error).message}`, { field: "resetSchedule" });
  }
  if (neverFires(expression.fields)) {
    throw invalidRequest(`resetSchedule "${schedule}" never fires: none of its months has its day of the month`, { field: "resetSchedule", reason: "schedule_never_fires" });
  }
  return expression;
}

const DAYS_IN_MONTH = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]; // February: its leap years' 29

/**
 * Whether a schedule names only days that its months lack (`0 0 31 4,6,9,11 *`). Looking for its
 * next firing would search years of calendar for nothing (a second of CPU each time), so such a
 * schedule is refused from its fields, in constant time. A day of the week restricts by OR in cron,
 * and some weekday falls in every month, so any schedule with one fires.
 */
function neverFires(fields: { dayOfMonth: { values: readonly (number | string)[] }; month: { values: readonly number[] }; dayOfWeek: { isWildcard: boolean } }) {
  if (!fields.dayOfWeek.isWildcard) return false;
  const days = fields.dayOfMonth.values;
  if (days.includes("L")) return false;
  return !fields.month.values.some((month) => days.some((day) => typeof day === "number" && day <= DAYS_IN_MONTH[month]));
}

/**
 * The period holding instant `at`: from the schedule's last firing at or before it to its next firing.
 * Computed once per period and schedule (a firing search costs up to tens of milliseconds for yearly
 * schedules), then answered from memory until the period ends.
 */
export function periodAt(board: Pick<LeaderboardDefinition, "resetSchedule">, at: Date): Period {
  if (board.resetSchedule === null) return { period: ALL_TIME, startsAt: null, endsAt: null };
  const known = periods.get(board.resetSchedule);
  const t = at.getTime();
  if (known && t >= known.from && t < known.until) return known.period;
  let remembered;
  try {
    const startsAt = parseSchedule(board.resetSchedule, new Date(t + 1)).prev().toISOString()!;
    const endsAt = parseSchedule(board.resetSchedule, at).next().toISOString()!;
    remembered = { period: { period: startsAt, startsAt, endsAt }, from: Date.parse(startsAt), until: Date.parse(endsAt) };
  } catch (error) {
    // A board stored before such schedules were refused: a schedule that never fires never starts a period.
    if (!(error instanceof ApiError && error.details.reason === "schedule_never_fires")) throw error;
    remembered = { period: { period: ALL_TIME, startsAt: null, endsAt: null }, from: -Infinity, until: Infinity };
  }
  if (periods.size >= MAX_REMEMBERED_PERIODS) periods.delete(periods.keys().next().value!); // the oldest schedule
  periods.set(board.resetSchedule, remembered);
  return remembered.period;
}

const MAX_REMEMBERED_PERIODS = 10_000;
const periods = new Map<string, { period: Period; from: number; until: number }>();

export async function leaderboardIn(deps: Pick<Deps, "store">, environmentId: string, leaderboardId: string) {
  const board = await deps.store.getLeaderboard(environmentId, leaderboardId);
  if (!board) throw notFound(`no leaderboard "${leaderboardId}" in this environment`, { leaderboardId });
  return board;
}

export interface NewLeaderboard {
  leaderboardId: string; sortOrder?: "desc" | "asc"; operator?: "best" | "latest" | "increment";
  resetSchedule?: string | null; authoritative?: boolean; streamTopN?: number;
}

/** Held by whoever makes a board of this name (createLeaderboard, and createEvent for its board), until its transaction ends. */
export const lockBoardName = (deps: Pick<TxDeps, "store">, environmentId: string, leaderboardId: string) =>
  deps.store.lockName(`leaderboard:${environmentId}:${leaderboardId}`);

export async function createLeaderboard(deps: StoreTx, environmentId: string, input: NewLeaderboard) {
  const resetSchedule = checkedSchedule(input.resetSchedule);
  await lockBoardName(deps, environmentId, input.leaderboardId);
  if (await deps.store.getLeaderboard(environmentId, input.leaderboardId)) {
    throw new ApiError(409, "leaderboard_exists", `this game already has a leaderboard "${input.leaderboardId}"`, { leaderboardId: input.leaderboardId });
  }
  const now = deps.now().toISOString();
  const board: LeaderboardDefinition = {
    environmentId, leaderboardId: input.leaderboardId, sortOrder: input.sortOrder ?? "desc", operator: input.operator ?? "best",
    resetSchedule, authoritative: input.authoritative ?? false, streamTopN: input.streamTopN ?? 100, eventId: null, createdAt: now, updatedAt: now,
  };
  await deps.store.insertLeaderboard(board);
  return board;
}

/** The board of an event: `event-{eventId}`, best, never resetting, written only through the event's attempts. */
export const eventBoardId = (eventId: string) => `event-${eventId}`;

export async function createEventBoard(deps: StoreTx, environmentId: string, eventId: string, sortOrder: "desc" | "asc") {
  const now = deps.now().toISOString();
  const board: LeaderboardDefinition = {
    environmentId, leaderboardId: eventBoardId(eventId), sortOrder, operator: "best", resetSchedule: null, authoritative: true, streamTopN: 100, eventId, createdAt: now, updatedAt: now,
  };
  await deps.store.insertLeaderboard(board);
  return board;
}

/** An environment's own board, for changes: an event's board changes with its event. */
async function ownBoard(deps: Pick<Deps, "store">, environmentId: string, leaderboardId: string) {
  const board = await leaderboardIn(deps, environmentId, leaderboardId);
  if (board.eventId !== null) {
    throw notFound(`leaderboard "${leaderboardId}" is the board of event "${board.eventId}": change or cancel the event instead`, { leaderboardId, eventId: board.eventId });
  }
  return board;
}

export async function updateLeaderboard(deps: StoreTx, environmentId: string, leaderboardId: string, change: Partial<Pick<LeaderboardDefinition, "resetSchedule" | "authoritative" | "streamTopN">>) {
  const before = await ownBoard(deps, environmentId, leaderboardId);
  const after: LeaderboardDefinition = {
    ...before,
    ...(change.resetSchedule !== undefined ? { resetSchedule: checkedSchedule(change.resetSchedule) } : {}),
    ...(change.authoritative !== undefined ? { authoritative: change.authoritative } : {}),
    ...(change.streamTopN !== undefined ? { streamTopN: change.streamTopN } : {}),
    updatedAt: deps.now().toISOString(),
  };
  await deps.store.updateLeaderboard(after);
  return { before, after };
}

/** Deletes the board with its records; open streams on it end with `closed` (`board_deleted`). */
export async function deleteLeaderboard(deps: Pick<TxDeps, "store" | "events" | "now">, environmentId: string, leaderboardId: string) {
  const board = await ownBoard(deps, environmentId, leaderboardId);
  const recordsDeleted = await deps.store.deleteLeaderboard(environmentId, leaderboardId);
  const { period } = periodAt(board, deps.now());
  deps.store.afterCommit(() => deps.events.close(boardChannel({ environmentId, leaderboardId, period }), "board_deleted"));
  return { leaderboardId, recordsDeleted };
}

export const listLeaderboards = (deps: Pick<Deps, "store">, environmentId: string) => deps.store.listLeaderboards(environmentId);

const checkedSchedule = (schedule: string | null | undefined) => {
  if (schedule === undefined || schedule === null) return null;
  parseSchedule(schedule);
  return schedule.trim().split(/\s+/).join(" ");
};

/**
 * The event-bus key of the streams on one period of a board, or of those following one record of it.
 * (The bus is the account streams' one; account ids never start with `board:`.)
 */
export const boardChannel = (b: BoardPeriod, publicId?: string) => `board:${b.environmentId}:${b.leaderboardId}:${b.period}${publicId ? `:${publicId}` : ""}`;

/** A board as every surface shows it: the definition and its current period. */
export const describeLeaderboard = (board: LeaderboardDefinition, now: Date) => ({
  leaderboardId: board.leaderboardId, sortOrder: board.sortOrder, operator: board.operator, resetSchedule: board.resetSchedule,
  authoritative: board.authoritative, streamTopN: board.streamTopN, currentPeriod: periodAt(board, now), createdAt: board.createdAt, updatedAt: board.updatedAt,
});
