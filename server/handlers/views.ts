// Records → the API's JSON shapes, typed by the spec's component schemas.
import type { components } from "../../generated/sdk.js";
import type { AccountState } from "../domain/accounts.js";
import type { LedgerEntryRecord, SlotRecord, SlotSummaryRecord } from "../store/types.js";

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

export const accountView = ({ account, slots }: AccountState): Schemas["Account"] => ({
  accountId: account.id,
  playerRef: account.playerRef,
  createdAt: account.createdAt,
  updatedAt: account.updatedAt,
  slots: slots.map(slotSummaryView),
});

export const ledgerEntryView = (e: LedgerEntryRecord): Schemas["LedgerEntry"] => ({
  entryId: e.entryId, version: e.seq, at: e.at, source: e.source as Schemas["LedgerEntry"]["source"], reason: e.reason, ref: e.ref,
  changes: e.changes, balancesAfter: e.balancesAfter,
});
