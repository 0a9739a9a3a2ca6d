// Records → the server surface's JSON shapes, typed by its spec.
import type { components } from "../../../generated/server.js";
import type { GameConfigRecord, SessionRecord, SlotRecord } from "../../store/types.js";
import type { AccountRecord } from "../../store/types.js";
import { slotView } from "../views.js";

type Schemas = components["schemas"];

export const sessionView = (s: SessionRecord): Schemas["SessionInfo"] => ({
  sessionId: s.id, createdAt: s.createdAt, lastUsedAt: s.lastUsedAt, sdk: s.sdk, revokedAt: s.revokedAt,
});

export const accountDetailView = ({ account, slots }: { account: AccountRecord; slots: SlotRecord[] }): Schemas["AccountDetail"] => ({
  accountId: account.id, playerRef: account.playerRef, publicId: account.publicId, displayName: account.displayName, createdAt: account.createdAt, updatedAt: account.updatedAt, slots: slots.map(slotView),
});

export const versionView = (v: SlotRecord, withData: boolean): Schemas["SlotVersionInfo"] => ({
  slotId: v.slotId, version: v.version, slotInfo: JSON.parse(v.slotInfo), checksum: v.checksum, dataBytes: v.dataBytes,
  slotInfoBytes: v.slotInfoBytes, createdAt: v.updatedAt, ...(withData ? { data: JSON.parse(v.data) } : {}),
});

export const historyView = (
  h: { accountId: string; slotId: string; currentVersion: number; restoreWindowHours: number; versions: SlotRecord[] }, withData: boolean,
): Schemas["SlotHistory"] => ({ ...h, versions: h.versions.map((v) => versionView(v, withData)) });

export const gameConfigView = (record: GameConfigRecord, active: boolean, withConfig: boolean): Schemas["GameConfigVersion"] => ({
  version: record.version, publishedAt: record.publishedAt, active, bytes: Buffer.byteLength(record.config, "utf8"),
  ...(withConfig ? { config: JSON.parse(record.config) } : {}),
});
