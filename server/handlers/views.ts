// Records → the API's JSON shapes that the surfaces share, typed by the shared component schemas (spec/src/shared.json).
import { jsonText } from "../http/jsonText.js";
import type { components } from "../../generated/shared.js";
import type { AccountState } from "../domain/accounts.js";
import { grantStatus } from "../domain/grants.js";
import type { RankedEntry } from "../domain/scores.js";
import type { EventAttempt, GrantRecord, IapPurchaseRecord, LedgerEntryRecord, SlotRecord, SlotSummaryRecord } from "../store/types.js";

type Schemas = components["schemas"];

export const slotSummaryView = (s: SlotSummaryRecord): Schemas["SlotSummary"] => ({
  slotId: s.slotId,
  version: s.version,
  slotInfo: JSON.parse(s.slotInfo),
  checksum: s.checksum,
  dataBytes: s.dataBytes,
  slotInfoBytes: s.slotInfoBytes,
  createdAt: s.createdAt,
  updatedAt: s.updatedAt,
});

export const slotView = (s: SlotRecord): Schemas["Slot"] => ({ ...slotSummaryView(s), data: JSON.parse(s.data) });

/** A slot as a whole response body: its data goes out as stored (canonical JSON), without a parse and a serialisation. */
export const slotBody = (s: SlotRecord): Schemas["Slot"] => jsonText(`${JSON.stringify(slotSummaryView(s)).slice(0, -1)},"data":${s.data}}`);

export const accountView = ({ account, slots }: AccountState): Schemas["Account"] => ({
  accountId: account.id,
  playerRef: account.playerRef,
  publicId: account.publicId,
  displayName: account.displayName,
  createdAt: account.createdAt,
  updatedAt: account.updatedAt,
  slots: slots.map(slotSummaryView),
});

export const ledgerEntryView = (e: LedgerEntryRecord): Schemas["LedgerEntry"] => ({
  entryId: e.entryId, version: e.seq, at: e.at, source: e.source as Schemas["LedgerEntry"]["source"], reason: e.reason, ref: e.ref,
  changes: e.changes, balancesAfter: e.balancesAfter, itemChanges: e.itemChanges, itemsAfter: e.itemsAfter, shortfall: e.shortfall,
});

export const optionalEntryView = (e: LedgerEntryRecord | null) => (e ? ledgerEntryView(e) : null);

/** A grant as its status reads at `now` (a pending grant past its expiry is expired). */
export const grantView = (g: GrantRecord, now: string): Schemas["Grant"] => ({
  grantId: g.id, accountId: g.accountId, rewards: g.rewards, reason: g.reason, source: g.source, status: grantStatus(g, now),
  expiresAt: g.expiresAt, externalRef: g.externalRef, lastError: g.lastError, createdAt: g.createdAt, claimedAt: g.claimedAt,
  revokedAt: g.revokedAt, entryId: g.entryId,
});

export const iapPurchaseView = (p: IapPurchaseRecord): Schemas["IapPurchase"] => ({
  store: p.store as Schemas["IapPurchase"]["store"], transactionId: p.transactionId,
  environment: p.storeEnvironment as Schemas["IapPurchase"]["environment"], accountId: p.accountId, productId: p.productId,
  offerId: p.offerId, contents: p.contents, status: p.refundedAt ? "refunded" : "fulfilled", fulfilledAt: p.fulfilledAt, entryId: p.entryId,
  refundedAt: p.refundedAt, refundEntryId: p.refundEntryId,
});

/** A record as every player sees it: the player only by publicId and displayName. */
export const scoreRecordView = (r: RankedEntry): Schemas["LeaderboardRecord"] => ({
  rank: r.rank, publicId: r.publicId, displayName: r.displayName, score: r.score, subscore: r.subscore, metadata: r.metadata, achievedAt: r.achievedAt,
});

export const scoreSubmissionView = (leaderboardId: string, s: { period: string; record: RankedEntry; previousRank: number | null; changed: boolean }): Schemas["ScoreSubmission"] => ({
  leaderboardId, period: s.period, record: scoreRecordView(s.record), previousRank: s.previousRank, changed: s.changed,
});

/** An event attempt as support's lookups show it. */
export const eventAttemptView = (a: EventAttempt): Schemas["EventAttemptSummary"] => ({
  attemptId: a.attemptId, eventId: a.eventId, startedAt: a.startedAt, expiresAt: a.expiresAt, charged: a.charged, scoredAt: a.scoredAt, refunded: a.refundEntryId !== null,
});
