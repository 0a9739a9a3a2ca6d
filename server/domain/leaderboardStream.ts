// A leaderboard's live stream (DESIGN §8): `ready`, then `score_update` for changes inside the top
// `streamTopN` and for the record the subscriber follows, then `closed` when the period resets or the
// board goes. Updates travel on the account streams' event bus (shared across processes), on one channel
// per board period; each stream keeps what concerns it. A record's updates are coalesced where they are
// made: at most one per WINDOW_MS, the latest state winning.
import type { Deps, TxDeps } from "./context.js";
import type { EventSink } from "./events.js";
import type { BoardPeriod, LeaderboardDefinition } from "../store/types.js";
import type { AccountEvent, CloseReason, EventBus, StreamSink } from "../events/bus.js";
import { admitStream, recheckWhileOpen, type StreamParty } from "./streamAdmission.js";
import { boardChannel, describeLeaderboard, periodAt } from "./leaderboards.js";

const WINDOW_MS = 250;

interface ScoreUpdate { publicId: string; displayName: string | null; score: number; subscore: number; rank: number; previousRank: number | null }
/** On the bus: the update, and whether it concerns the top of the board (else only its followers). */
interface BusUpdate extends ScoreUpdate { top: boolean }

interface Held { until: number; pending?: BusUpdate; timer?: NodeJS.Timeout }
const coalescers = new WeakMap<EventBus, Map<string, Held>>();

/** Publishes now, or (within a record's window) holds the latest update for the window's end. */
function publishCoalesced(bus: EventBus, channel: string, update: BusUpdate) {
  const held = coalescers.get(bus) ?? new Map<string, Held>();
  coalescers.set(bus, held);
  const key = `${channel}|${update.publicId}`;
  const slot = held.get(key);
  const now = Date.now();
  const open = (): Held => {
    const next: Held = { until: Date.now() + WINDOW_MS };
    next.timer = setTimeout(() => {
      if (!next.pending) return void held.delete(key);
      bus.publish(channel, "score_update", next.pending);
      held.set(key, open());
    }, WINDOW_MS).unref();
    return next;
  };
  if (!slot || now >= slot.until) {
    if (slot?.timer) clearTimeout(slot.timer);
    bus.publish(channel, "score_update", update);
    held.set(key, open());
    return;
  }
  // The rank the subscribers last saw is the first held update's previousRank.
  slot.pending = { ...update, previousRank: slot.pending ? slot.pending.previousRank : update.previousRank, top: update.top || Boolean(slot.pending?.top) };
}

/** After the submission commits: the record's new state, to the board's streams. */
export function announceScore(deps: Pick<TxDeps, "store" | "events">, board: LeaderboardDefinition, scope: BoardPeriod, record: Omit<ScoreUpdate, "previousRank"> & { hidden: boolean }, previousRank: number | null) {
  // A hidden record is invisible on every read path: not even a stream that follows it hears of it.
  if (record.hidden) return;
  const top = record.rank <= board.streamTopN || (previousRank !== null && previousRank <= board.streamTopN);
  const update: BusUpdate = {
    publicId: record.publicId, displayName: record.displayName, score: record.score, subscore: record.subscore, rank: record.rank, previousRank, top,
  };
  deps.store.afterCommit(() => publishCoalesced(deps.events, boardChannel(scope), update));
}

/**
 * Admits another stream on the board (streamAdmission.ts: the same places and credential recheck as every
 * stream); returns what to run on the open stream.
 */
export async function subscribeBoard(
  deps: Deps, board: LeaderboardDefinition, follow: string | undefined, lastEventId: string | undefined,
  party: StreamParty & { recheck: () => Promise<CloseReason | null> },
) {
  const release = await admitStream(deps, party);
  const now = deps.now();
  const period = periodAt(board, now);
  const channelKey = boardChannel({ environmentId: board.environmentId, leaderboardId: board.leaderboardId, period: period.period });
  // What this stream sends of an update: those of the top, and the followed record's wherever it ranks.
  const forThisStream = (event: AccountEvent): AccountEvent | null => {
    if (event.name !== "score_update") return event;
    const { top, ...update } = event.data as BusUpdate;
    // A copy with its own data: the JSON made for the bus (with `top`) is not this stream's.
    return top || update.publicId === follow ? { id: event.id, name: event.name, at: event.at, data: update } : null;
  };
  return (channel: EventSink) => {
    channel.onEnd(release);
    const missed = deps.events.missedSince(channelKey, lastEventId);
    const replayed = missed.events.map(forThisStream).filter((e): e is AccountEvent => e !== null);
    const heartbeatSeconds = Math.max(1, Math.round(deps.settings.sseHeartbeatMs / 1000));
    const ready = deps.events.event("ready", { leaderboard: describeLeaderboard(board, now), period, heartbeatSeconds, replayed: replayed.length, complete: missed.complete });
    if (lastEventId !== undefined && deps.events.issued(lastEventId)) ready.id = lastEventId;
    channel.send(ready);
    for (const event of replayed) channel.send(event);
    const sink: StreamSink = {
      sessionId: "",
      send(event) {
        const kept = forThisStream(event);
        if (kept) channel.send(kept);
      },
      close(reason) {
        channel.send(deps.events.event("closed", { reason }));
        channel.end();
      },
    };
    const detach = deps.events.attach(channelKey, sink);
    recheckWhileOpen(deps, channel, sink, party.recheck);
    // The period's end, on the deployment's clock: checked each second rather than timed once, so a
    // clock that jumps (or a test's) ends the stream too.
    const endsAt = period.endsAt === null ? null : Date.parse(period.endsAt);
    const reset = endsAt === null ? null : setInterval(() => deps.now().getTime() >= endsAt && sink.close("period_reset"), 1000).unref();
    channel.onEnd(() => {
      if (reset) clearInterval(reset);
      detach();
    });
  };
}
