// Events, the tournaments of DESIGN §8: a window, an entry cost per attempt, attempts per player, a
// participant cap, their own board, and rewards by rank. Everything that decides who may play (entering,
// scoring, finalising, cancelling) holds the event's lock, then the account's: one order, no deadlock.
// At `endsAt` an event finalises exactly once, in one transaction: a crash before its commit leaves
// nothing behind, and whoever comes next (any process, after a restart) finalises it then.
import { crashPoint } from "../crashPoint.js";
import { ApiError, invalidRequest, notFound } from "./errors.js";
import type { AppDeps, Deps, TxDeps } from "./context.js";
import type { AccountRecord, EventRecord, FinalStanding, RewardTier, Rewards } from "../store/types.js";
import { activeCatalog } from "./catalog.js";
import { applyChange, checkKnown, negate } from "./ledger.js";
import { boardChannel, createEventBoard, eventBoardId, leaderboardIn, lockBoardName, ALL_TIME } from "./leaderboards.js";
import { rankedRecords, submitScore, type Submission } from "./scores.js";
import { createGrant } from "./grants.js";

type EventDeps = Pick<Deps, "store" | "now" | "events" | "random">;
type EventTx = Pick<TxDeps, keyof EventDeps>;
export type EventStatus = "upcoming" | "active" | "ended" | "cancelled";

const STANDINGS_SHOWN = 100;

export function eventStatus(e: EventRecord, now: string): EventStatus {
  if (e.state === "cancelled") return "cancelled";
  return now < e.startsAt ? "upcoming" : now < e.endsAt ? "active" : "ended";
}

const lockEvent = (deps: Pick<TxDeps, "store">, environmentId: string, eventId: string) => deps.store.lockName(`event:${environmentId}:${eventId}`);

export async function eventIn(deps: Pick<Deps, "store">, environmentId: string, eventId: string) {
  const event = await deps.store.getEvent(environmentId, eventId);
  if (!event) throw notFound(`no event "${eventId}" in this environment`, { eventId });
  return event;
}

/** A date-time as the UTC instant it names, or the refusal naming the field. */
function instant(field: string, value: string) {
  const at = new Date(value);
  if (Number.isNaN(at.getTime())) throw invalidRequest(`${field} ${value} is not a date and time`, { field });
  return at.toISOString();
}

export interface EventInput {
  name?: string; startsAt?: string; endsAt?: string; entryCost?: Record<string, number>; maxAttemptsPerPlayer?: number;
  maxParticipants?: number | null; attemptSeconds?: number; rewards?: RewardTier[];
}

/** The definition after `input`, checked whole: the window, the tiers, and the catalog's currencies and items. */
async function checked(deps: Pick<Deps, "store">, base: EventRecord, input: EventInput, now: string): Promise<EventRecord> {
  const e: EventRecord = {
    ...base,
    ...(input.name !== undefined ? { name: input.name } : {}),
    ...(input.startsAt !== undefined ? { startsAt: instant("startsAt", input.startsAt) } : {}),
    ...(input.endsAt !== undefined ? { endsAt: instant("endsAt", input.endsAt) } : {}),
    ...(input.entryCost !== undefined ? { entryCost: input.entryCost } : {}),
    ...(input.maxAttemptsPerPlayer !== undefined ? { maxAttempts: input.maxAttemptsPerPlayer } : {}),
    ...(input.maxParticipants !== undefined ? { maxParticipants: input.maxParticipants } : {}),
    ...(input.attemptSeconds !== undefined ? { attemptSeconds: input.attemptSeconds } : {}),
    ...(input.rewards !== undefined ? { rewards: [...input.rewards].sort((a, b) => a.fromRank - b.fromRank) } : {}),
  };
  if (e.endsAt <= e.startsAt) throw invalidRequest(`endsAt ${e.endsAt} is not after startsAt ${e.startsAt}`, { field: "endsAt" });
  if (input.endsAt !== undefined && e.endsAt <= now) throw invalidRequest(`endsAt ${e.endsAt} is not in the future`, { field: "endsAt" });
  for (const [i, tier] of e.rewards.entries()) {
    if (tier.toRank < tier.fromRank) throw invalidRequest(`rewards: the tier from rank ${tier.fromRank} ends before it starts (toRank ${tier.toRank})`, { field: "rewards" });
    const next = e.rewards[i + 1];
    if (next && next.fromRank <= tier.toRank) throw invalidRequest(`rewards: ranks ${next.fromRank}–${Math.min(tier.toRank, next.toRank)} are in two tiers`, { field: "rewards" });
  }
  const catalog = await activeCatalog(deps, e.environmentId);
  for (const tier of e.rewards) checkKnown(catalog, tier.rewards);
  checkKnown(catalog, { currencies: e.entryCost });
  return e;
}

export type NewEvent = EventInput & { eventId: string; name: string; startsAt: string; endsAt: string; sortOrder?: "desc" | "asc" };

export async function createEvent(deps: EventTx, environmentId: string, input: NewEvent) {
  const now = deps.now().toISOString();
  const blank: EventRecord = {
    environmentId, eventId: input.eventId, name: input.name, startsAt: now, endsAt: now, entryCost: {}, maxAttempts: 1, maxParticipants: null, attemptSeconds: 600,
    sortOrder: input.sortOrder ?? "desc", rewards: [], state: "scheduled", finalStandings: null, finalisedAt: null, cancelledAt: null, createdAt: now, updatedAt: now,
  };
  const event = await checked(deps, blank, input, now);
  await lockEvent(deps, environmentId, input.eventId);
  await lockBoardName(deps, environmentId, eventBoardId(input.eventId));
  if (await deps.store.getEvent(environmentId, input.eventId) || await deps.store.getLeaderboard(environmentId, eventBoardId(input.eventId))) {
    throw new ApiError(409, "event_exists", `this game already has an event "${input.eventId}"`, { eventId: input.eventId });
  }
  await deps.store.insertEvent(event);
  await createEventBoard(deps, environmentId, event.eventId, event.sortOrder);
  return event;
}

const locked = (e: EventRecord, status: EventStatus, fields: string[], what: string) =>
  new ApiError(409, "event_locked", `event "${e.eventId}" is ${status}: ${what}`, { eventId: e.eventId, status, fields });

/** Before the start anything changes; while it runs only the name, the rewards and a later end; after, nothing. */
export async function updateEvent(deps: EventTx, environmentId: string, eventId: string, input: EventInput) {
  await lockEvent(deps, environmentId, eventId);
  const before = await eventIn(deps, environmentId, eventId);
  const now = deps.now().toISOString();
  const status = eventStatus(before, now);
  const fields = Object.keys(input).filter((f) => f !== "idempotencyKey");
  if (status === "ended" || status === "cancelled") throw locked(before, status, fields, "it can no longer change");
  const frozen = status === "active" ? fields.filter((f) => !["name", "rewards", "endsAt"].includes(f)) : [];
  if (frozen.length) throw locked(before, status, frozen, `${frozen.join(", ")} can change only before it starts`);
  if (status === "active" && input.endsAt !== undefined && instant("endsAt", input.endsAt) < before.endsAt) {
    throw locked(before, status, ["endsAt"], "a running event can end later, not sooner");
  }
  const after = await checked(deps, { ...before, updatedAt: now }, input, now);
  await deps.store.updateEvent(after);
  return { before, after };
}

/** Ends the event without rewards, refunding every paid attempt's entry cost (capped, the excess as shortfall). */
export async function cancelEvent(deps: EventTx, environmentId: string, eventId: string) {
  await lockEvent(deps, environmentId, eventId);
  const event = await eventIn(deps, environmentId, eventId);
  const now = deps.now().toISOString();
  const status = eventStatus(event, now);
  if (status === "ended" || status === "cancelled") throw locked(event, status, [], "only an upcoming or running event can be cancelled");
  const paid = await deps.store.paidAttempts(environmentId, eventId);
  for (const attempt of paid) {
    const account = await deps.store.getAccount(attempt.accountId);
    if (!account || account.erasedAt) continue;
    const entry = await applyChange(deps, account, { currencies: attempt.charged }, { source: "event_entry", reason: `refund: event "${eventId}" cancelled`, ref: attempt.attemptId }, "capped");
    await deps.store.markAttemptRefunded(attempt.attemptId, entry.entryId);
  }
  const cancelled: EventRecord = { ...event, state: "cancelled", cancelledAt: now, updatedAt: now };
  await deps.store.updateEvent(cancelled);
  deps.store.afterCommit(() => deps.events.close(boardChannel({ environmentId, leaderboardId: eventBoardId(eventId), period: ALL_TIME }), "event_cancelled"));
  return { event: cancelled, refunded: paid.length };
}

function notActive(e: EventRecord, status: EventStatus) {
  const when = status === "upcoming" ? `starts at ${e.startsAt}` : status === "ended" ? `ended at ${e.endsAt}` : "was cancelled";
  return new ApiError(409, "event_not_active", `event "${e.eventId}" ${when}`, { eventId: e.eventId, status, startsAt: e.startsAt, endsAt: e.endsAt });
}

/**
 * One transaction: the window, the participant cap, the player's attempts, then the entry cost — all
 * of it, or nothing. Answers the new attempt.
 */
export async function enterEvent(deps: EventTx, account: AccountRecord, eventId: string) {
  const environmentId = account.environmentId;
  await lockEvent(deps, environmentId, eventId);
  const event = await eventIn(deps, environmentId, eventId);
  const now = deps.now();
  const status = eventStatus(event, now.toISOString());
  if (status !== "active") throw notActive(event, status);
  const used = await deps.store.participantAttempts(environmentId, eventId, account.id);
  if (used === null && event.maxParticipants !== null && (await deps.store.countParticipants(environmentId, eventId)) >= event.maxParticipants) {
    throw new ApiError(409, "event_full", `event "${eventId}" has its ${event.maxParticipants} participants`, { eventId, maxParticipants: event.maxParticipants });
  }
  if ((used ?? 0) >= event.maxAttempts) {
    throw new ApiError(409, "attempts_exhausted", `you have used all ${event.maxAttempts} attempt${event.maxAttempts === 1 ? "" : "s"} at event "${eventId}"`, { eventId, maxAttemptsPerPlayer: event.maxAttempts });
  }
  const attemptId = `att_${deps.random.bytes(10).toString("hex")}`;
  const entry = Object.keys(event.entryCost).length === 0 ? null : await charge(deps, account, event, attemptId);
  await deps.store.countAttempt(environmentId, eventId, account.id, now.toISOString());
  const expiresAt = new Date(Math.min(now.getTime() + event.attemptSeconds * 1000, Date.parse(event.endsAt))).toISOString();
  await deps.store.insertAttempt({
    attemptId, environmentId, eventId, accountId: account.id, startedAt: now.toISOString(), expiresAt, charged: event.entryCost,
    entryId: entry?.entryId ?? null, scoredAt: null, refundEntryId: null,
  });
  return { eventId, attemptId, attemptsRemaining: event.maxAttempts - (used ?? 0) - 1, charged: event.entryCost, expiresAt, entry };
}

/** The entry cost as a ledger entry (source `event_entry`); a wallet short of it is the seed's `insufficient_entry_cost`. */
async function charge(deps: EventTx, account: AccountRecord, event: EventRecord, attemptId: string) {
  try {
    return await applyChange(deps, account, negate({ currencies: event.entryCost }), { source: "event_entry", reason: `entry to event "${event.eventId}"`, ref: attemptId });
  } catch (error) {
    if (!(error instanceof ApiError) || error.code !== "insufficient_funds") throw error;
    const { resource, needed, have } = error.details as { resource: string; needed: number; have: number };
    throw new ApiError(409, "insufficient_entry_cost", `not enough ${resource} to enter — need ${needed}`, { resource, needed, have });
  }
}

/** The attempt's one score, onto the event's board. */
export async function submitEventScore(deps: EventTx, account: AccountRecord, eventId: string, attemptId: string, input: Submission) {
  const environmentId = account.environmentId;
  // Held so that a score and the finalisation never cross: a score lands before the final ranks, or is refused.
  await lockEvent(deps, environmentId, eventId);
  const event = await eventIn(deps, environmentId, eventId);
  const attempt = await deps.store.getAttempt(environmentId, attemptId);
  if (!attempt || attempt.accountId !== account.id || attempt.eventId !== eventId) throw notFound(`no attempt ${attemptId} of this account at event "${eventId}"`, { attemptId });
  const now = deps.now().toISOString();
  const closed = (reason: "scored" | "expired" | "event_ended", why: string) => new ApiError(409, "attempt_closed", `attempt ${attemptId} ${why}`, { attemptId, reason });
  if (attempt.scoredAt !== null) throw closed("scored", "has its score already");
  if (eventStatus(event, now) !== "active") throw closed("event_ended", `is closed: event "${eventId}" is over`);
  if (now > attempt.expiresAt) throw closed("expired", `ran out of time at ${attempt.expiresAt}`);
  const board = await leaderboardIn(deps, environmentId, eventBoardId(eventId));
  const result = await submitScore(deps, account, board, input);
  await deps.store.markAttemptScored(attemptId, now);
  return { board, ...result };
}

/**
 * Freezes the final ranks and grants each ranked player in a tier its rewards (source `event`, one per
 * player: the grant's externalRef), exactly once; false when there was nothing to do.
 */
export async function finaliseEvent(deps: Pick<AppDeps, keyof EventDeps>, environmentId: string, eventId: string): Promise<boolean> {
  return deps.store.transaction(async (store) => {
    const tx = { ...deps, store };
    await lockEvent(tx, environmentId, eventId);
    const event = await store.getEvent(environmentId, eventId);
    const now = deps.now().toISOString();
    if (!event || event.state !== "scheduled" || event.endsAt > now) return false;
    const board = await leaderboardIn(tx, environmentId, eventBoardId(eventId));
    const standings: FinalStanding[] = [];
    for await (const record of rankedRecords(tx, board, ALL_TIME)) {
      const tier = event.rewards.find((t) => record.rank >= t.fromRank && record.rank <= t.toRank);
      const granted = tier ? await grantPrize(tx, event, record.accountId, record.rank, tier.rewards) : null;
      await store.setFinalRank(environmentId, eventId, record.accountId, record.rank, granted?.id ?? null);
      if (standings.length < STANDINGS_SHOWN) {
        standings.push({ rank: record.rank, publicId: record.publicId, displayName: record.displayName, score: record.score, subscore: record.subscore, rewards: granted?.rewards ?? null });
      }
    }
    await store.updateEvent({ ...event, state: "finalised", finalisedAt: now, finalStandings: standings, updatedAt: now });
    crashPoint("event-finalisation-before-commit");
    store.afterCommit(() => deps.events.close(boardChannel({ environmentId, leaderboardId: board.leaderboardId, period: ALL_TIME }), "event_finalised"));
    return true;
  });
}

async function grantPrize(deps: EventTx, event: EventRecord, accountId: string, rank: number, rewards: Partial<Rewards>) {
  const { grant } = await createGrant(deps, event.environmentId, {
    accountId, rewards, reason: `${event.name}: rank ${rank}`, source: "event", externalRef: `event:${event.eventId}:${accountId}`,
  });
  return grant;
}

/** Finalises the events past their end (of one environment, or of all), each in its own transaction. */
export async function finaliseDueEvents(deps: Pick<AppDeps, keyof EventDeps>, environmentId?: string) {
  const due = await deps.store.dueEvents(deps.now().toISOString(), 20);
  let finalised = 0;
  for (const { environmentId: env, eventId } of due) {
    if (environmentId === undefined || env === environmentId) finalised += Number(await finaliseEvent(deps, env, eventId));
  }
  return finalised;
}

export async function listEvents(deps: Pick<AppDeps, keyof EventDeps>, environmentId: string, status: "upcoming" | "active" | "ended" | "all") {
  if (status === "ended" || status === "all") await finaliseDueEvents(deps, environmentId);
  return deps.store.listEvents(environmentId, { status, now: deps.now().toISOString(), limit: 50 });
}

export async function readEvent(deps: Pick<AppDeps, keyof EventDeps>, environmentId: string, eventId: string) {
  const event = await eventIn(deps, environmentId, eventId);
  if (event.state !== "scheduled" || event.endsAt > deps.now().toISOString()) return event;
  // Read again whoever finalised it: a racing request may have done so while this one waited on the lock.
  await finaliseEvent(deps, environmentId, eventId);
  return eventIn(deps, environmentId, eventId);
}

/** An event as every surface shows it. */
export async function describeEvent(deps: Pick<Deps, "store" | "now">, e: EventRecord) {
  return {
    eventId: e.eventId, name: e.name, status: eventStatus(e, deps.now().toISOString()), startsAt: e.startsAt, endsAt: e.endsAt, entryCost: e.entryCost,
    maxAttemptsPerPlayer: e.maxAttempts, maxParticipants: e.maxParticipants, attemptSeconds: e.attemptSeconds, sortOrder: e.sortOrder, rewards: e.rewards,
    leaderboardId: eventBoardId(e.eventId), participants: await deps.store.countParticipants(e.environmentId, e.eventId),
    finalisedAt: e.finalisedAt, cancelledAt: e.cancelledAt, finalStandings: e.finalStandings, createdAt: e.createdAt, updatedAt: e.updatedAt,
  };
}
