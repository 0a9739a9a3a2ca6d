// The store's statements for events: their definitions and state, who entered, and each attempt.
import type { Row } from "./rows.js";
import type { EventAttempt, EventFilter, EventRecord } from "./types.js";
import type { AreaMethods } from "./context.js";

/** Events, their participants and attempts. Writers hold the event's lock (lockName). */
export interface EventReads {
  getEvent(environmentId: string, eventId: string): Promise<EventRecord | null>;
  /** Events whose window intersects [from, to), by ends_at (or starts_at for upcoming ones). */
  listEvents(environmentId: string, filter: EventFilter): Promise<EventRecord[]>;
  /** Scheduled events past their end, in any environment: the ones to finalise. */
  dueEvents(now: string, limit: number): Promise<Array<{ environmentId: string; eventId: string }>>;
  countParticipants(environmentId: string, eventId: string): Promise<number>;
  /** The account's attempts so far at the event; null when it never entered. */
  participantAttempts(environmentId: string, eventId: string, accountId: string): Promise<number | null>;
  getAttempt(environmentId: string, attemptId: string): Promise<EventAttempt | null>;
  /** Attempts that charged an entry cost not yet refunded. */
  paidAttempts(environmentId: string, eventId: string): Promise<EventAttempt[]>;
  /** An account's attempts at every event, newest first (support's lookups). */
  accountAttempts(accountId: string, limit: number): Promise<EventAttempt[]>;
}

/** Changes and locks: only on the store a transaction hands out (Store.transaction). */
export interface EventWrites {
  insertEvent(event: EventRecord): Promise<void>;
  updateEvent(event: EventRecord): Promise<void>;
  /** Counts one more attempt of the account (adding it as a participant at its first). */
  countAttempt(environmentId: string, eventId: string, accountId: string, now: string): Promise<void>;
  insertAttempt(attempt: EventAttempt): Promise<void>;
  markAttemptScored(attemptId: string, at: string): Promise<void>;
  markAttemptRefunded(attemptId: string, entryId: string): Promise<void>;
  setFinalRank(environmentId: string, eventId: string, accountId: string, finalRank: number, grantId: string | null): Promise<void>;
}

export type EventStore = EventReads & EventWrites;

export const eventStore: AreaMethods<EventStore> = {
  insertEvent(e) {
    return this.write(async (db) => {
      await db.insertInto("events").values({ environment_id: e.environmentId, event_id: e.eventId, created_at: e.createdAt, ...columns(e) }).execute();
    });
  },
  updateEvent(e) {
    return this.write(async (db) => {
      await db.updateTable("events").set(columns(e)).where("environment_id", "=", e.environmentId).where("event_id", "=", e.eventId).execute();
    });
  },
  async getEvent(environmentId, eventId) {
    const row = await this.read.selectFrom("events").selectAll().where("environment_id", "=", environmentId).where("event_id", "=", eventId).executeTakeFirst();
    return row ? event(row) : null;
  },
  async listEvents(environmentId, { status, now, limit }) {
    let query = this.read.selectFrom("events").selectAll().where("environment_id", "=", environmentId);
    if (status === "upcoming") query = query.where("state", "=", "scheduled").where("starts_at", ">", now).orderBy("starts_at", "asc");
    else if (status === "active") query = query.where("state", "=", "scheduled").where("starts_at", "<=", now).where("ends_at", ">", now).orderBy("ends_at", "asc");
    else if (status === "ended") query = query.where("state", "!=", "cancelled").where("ends_at", "<=", now).orderBy("ends_at", "desc");
    else query = query.orderBy("starts_at", "desc");
    return (await query.orderBy("event_id").limit(limit).execute()).map(event);
  },
  async dueEvents(now, limit) {
    const rows = await this.read.selectFrom("events").select(["environment_id", "event_id"]).where("state", "=", "scheduled").where("ends_at", "<=", now)
      .orderBy("ends_at").limit(limit).execute();
    return rows.map((r) => ({ environmentId: r.environment_id, eventId: r.event_id }));
  },
  async countParticipants(environmentId, eventId) {
    const row = await this.read.selectFrom("event_participants").select((eb) => eb.fn.countAll().as("n"))
      .where("environment_id", "=", environmentId).where("event_id", "=", eventId).executeTakeFirstOrThrow();
    return Number(row.n);
  },
  async participantAttempts(environmentId, eventId, accountId) {
    const row = await this.read.selectFrom("event_participants").select("attempts")
      .where("environment_id", "=", environmentId).where("event_id", "=", eventId).where("account_id", "=", accountId).executeTakeFirst();
    return row ? Number(row.attempts) : null;
  },
  countAttempt(environmentId, eventId, accountId, now) {
    return this.write(async (db) => {
      await db.insertInto("event_participants")
        .values({ environment_id: environmentId, event_id: eventId, account_id: accountId, attempts: 1, joined_at: now, final_rank: null, grant_id: null })
        .onConflict((oc) => oc.columns(["environment_id", "event_id", "account_id"]).doUpdateSet((eb) => ({ attempts: eb("event_participants.attempts", "+", 1) })))
        .execute();
    });
  },
  insertAttempt(a) {
    return this.write(async (db) => {
      await db.insertInto("event_attempts").values({
        attempt_id: a.attemptId, environment_id: a.environmentId, event_id: a.eventId, account_id: a.accountId, started_at: a.startedAt, expires_at: a.expiresAt,
        charged: JSON.stringify(a.charged), entry_id: a.entryId, scored_at: a.scoredAt, refund_entry_id: a.refundEntryId,
      }).execute();
    });
  },
  async getAttempt(environmentId, attemptId) {
    const row = await this.read.selectFrom("event_attempts").selectAll().where("environment_id", "=", environmentId).where("attempt_id", "=", attemptId).executeTakeFirst();
    return row ? attempt(row) : null;
  },
  markAttemptScored(attemptId, at) {
    return this.write(async (db) => {
      await db.updateTable("event_attempts").set({ scored_at: at }).where("attempt_id", "=", attemptId).execute();
    });
  },
  async paidAttempts(environmentId, eventId) {
    return (await this.read.selectFrom("event_attempts").selectAll().where("environment_id", "=", environmentId).where("event_id", "=", eventId)
      .where("entry_id", "is not", null).where("refund_entry_id", "is", null).orderBy("started_at").orderBy("attempt_id").execute()).map(attempt);
  },
  async accountAttempts(accountId, limit) {
    return (await this.read.selectFrom("event_attempts").selectAll().where("account_id", "=", accountId).orderBy("started_at", "desc").orderBy("attempt_id", "desc").limit(limit).execute()).map(attempt);
  },
  markAttemptRefunded(attemptId, entryId) {
    return this.write(async (db) => {
      await db.updateTable("event_attempts").set({ refund_entry_id: entryId }).where("attempt_id", "=", attemptId).execute();
    });
  },
  setFinalRank(environmentId, eventId, accountId, finalRank, grantId) {
    return this.write(async (db) => {
      await db.updateTable("event_participants").set({ final_rank: finalRank, grant_id: grantId })
        .where("environment_id", "=", environmentId).where("event_id", "=", eventId).where("account_id", "=", accountId).execute();
    });
  },
};

const event = (r: Row<"events">): EventRecord => ({
  environmentId: r.environment_id, eventId: r.event_id, name: r.name, startsAt: r.starts_at, endsAt: r.ends_at, entryCost: JSON.parse(r.entry_cost),
  maxAttempts: Number(r.max_attempts), maxParticipants: r.max_participants === null ? null : Number(r.max_participants), attemptSeconds: Number(r.attempt_seconds),
  sortOrder: r.sort_order, rewards: JSON.parse(r.rewards), state: r.state, finalStandings: r.final_standings === null ? null : JSON.parse(r.final_standings),
  finalisedAt: r.finalised_at, cancelledAt: r.cancelled_at, createdAt: r.created_at, updatedAt: r.updated_at,
});

const attempt = (r: Row<"event_attempts">): EventAttempt => ({
  attemptId: r.attempt_id, environmentId: r.environment_id, eventId: r.event_id, accountId: r.account_id, startedAt: r.started_at, expiresAt: r.expires_at,
  charged: JSON.parse(r.charged), entryId: r.entry_id, scoredAt: r.scored_at, refundEntryId: r.refund_entry_id,
});

const columns = (e: EventRecord) => ({
  name: e.name, starts_at: e.startsAt, ends_at: e.endsAt, entry_cost: JSON.stringify(e.entryCost), max_attempts: e.maxAttempts, max_participants: e.maxParticipants,
  attempt_seconds: e.attemptSeconds, sort_order: e.sortOrder, rewards: JSON.stringify(e.rewards), state: e.state,
  final_standings: e.finalStandings === null ? null : JSON.stringify(e.finalStandings), finalised_at: e.finalisedAt, cancelled_at: e.cancelledAt, updated_at: e.updatedAt,
});
