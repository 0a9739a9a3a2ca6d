// Leaderboard definitions (DESIGN §8): per environment, ranked `desc` or `asc`, with an operator for
// how a submission changes a record, an optional UTC cron schedule whose firings start new periods (each
// period its own partition of records), and `authoritative` boards only the server surface writes.
import { CronExpressionParser } from "cron-parser";
import { ApiError, invalidRequest, notFound } from "./errors.js";
import type { Deps } from "./context.js";
import type { BoardPeriod, LeaderboardDefinition } from "../store/types.js";

type StoreDeps = Pick<Deps, "store" | "now">;

/** The period of a board that never resets. */
export const ALL_TIME = "all";

export interface Period { period: string; startsAt: string | null; endsAt: string | null }

/** A five-field UTC cron expression, or the refusal naming `resetSchedule`. */
function parseSchedule(schedule: string, currentDate?: Date) {
  const fields = schedule.trim().split(/\s+/);
  if (fields.length !== 5) {
    throw invalidRequest(`resetSchedule "${schedule}" has ${fields.length} fields; write five (minute hour day-of-month month day-of-week, in UTC), such as "0 0 * * 1"`, { field: "resetSchedule" });
  }
  try {
    return CronExpressionParser.parse(fields.join(" "), { tz: "UTC", ...(currentDate ? { currentDate } : {}) });
  } catch (error) {
    throw invalidRequest(`resetSchedule "${schedule}" is not a cron expression: ${(error as Error).message}`, { field: "resetSchedule" });
  }
}

/** The period holding instant `at`: from the schedule's last firing at or before it to its next firing. */
export function periodAt(board: Pick<LeaderboardDefinition, "resetSchedule">, at: Date): Period {
  if (board.resetSchedule === null) return { period: ALL_TIME, startsAt: null, endsAt: null };
  const startsAt = parseSchedule(board.resetSchedule, new Date(at.getTime() + 1)).prev().toISOString()!;
  const endsAt = parseSchedule(board.resetSchedule, at).next().toISOString()!;
  return { period: startsAt, startsAt, endsAt };
}

export async function leaderboardIn(deps: Pick<Deps, "store">, environmentId: string, leaderboardId: string) {
  const board = await deps.store.getLeaderboard(environmentId, leaderboardId);
  if (!board) throw notFound(`no leaderboard "${leaderboardId}" in this environment`, { leaderboardId });
  return board;
}

export interface NewLeaderboard {
  leaderboardId: string; sortOrder?: "desc" | "asc"; operator?: "best" | "latest" | "increment";
  resetSchedule?: string | null; authoritative?: boolean; streamTopN?: number;
}

export async function createLeaderboard(deps: StoreDeps, environmentId: string, input: NewLeaderboard) {
  const resetSchedule = checkedSchedule(input.resetSchedule);
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

export async function createEventBoard(deps: StoreDeps, environmentId: string, eventId: string, sortOrder: "desc" | "asc") {
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

export async function updateLeaderboard(deps: StoreDeps, environmentId: string, leaderboardId: string, change: Partial<Pick<LeaderboardDefinition, "resetSchedule" | "authoritative" | "streamTopN">>) {
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
export async function deleteLeaderboard(deps: Pick<Deps, "store" | "events" | "now">, environmentId: string, leaderboardId: string) {
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
