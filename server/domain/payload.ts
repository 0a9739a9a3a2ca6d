// Canonical encoding of save payloads (RFC 8785 JCS): the bytes that sizes and checksums are computed over.
import canonicalize from "canonicalize";
import { createHash } from "node:crypto";
import { invalidRequest, payloadTooLarge } from "./errors.js";
import type { SlotContent } from "../store/types.js";

export const MAX_NESTING_DEPTH = 64;

/** A save payload as the contract declares it: any JSON value. */
export type JsonValue = { [key: string]: unknown } | unknown[] | string | number | boolean | null;

export interface PayloadLimits {
  maxDataBytes: number;
  maxSlotInfoBytes: number;
}

/** Depth of nested arrays/objects, walked iteratively so hostile nesting cannot overflow the stack. */
export function nestingDepth(value: unknown): number {
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== "object") continue;
    if (depth + 1 > deepest) deepest = depth + 1;
    if (deepest > MAX_NESTING_DEPTH) return deepest;
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return deepest;
}

export function canonicalJson(field: string, value: unknown): string {
  if (nestingDepth(value) > MAX_NESTING_DEPTH) {
    throw invalidRequest(`${field} nests deeper than ${MAX_NESTING_DEPTH} levels`, { field, reason: "too_deep", maxDepth: MAX_NESTING_DEPTH });
  }
  try {
    return canonicalize(value) as string;
  } catch (error) {
    throw invalidRequest(`${field} cannot be canonicalized: ${(error as Error).message}`, { field, reason: "not_canonicalizable" });
  }
}

export const sha256Hex = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

/**
 * Refuses a value over `limitBytes` before any costlier work. JSON.stringify (native, fast) gives the
 * canonical size: JCS only reorders keys, and writes numbers and strings as JSON.stringify does.
 */
function assertFits(field: string, value: unknown, limitBytes: number) {
  const bytes = Buffer.byteLength(JSON.stringify(value) ?? "", "utf8");
  if (bytes > limitBytes) throw payloadTooLarge(field, limitBytes, bytes);
}

/** Encodes, measures and checks one slot version's content against the plan's caps. */
export function slotContent(data: unknown, slotInfo: unknown, limits: PayloadLimits): SlotContent {
  assertFits("data", data, limits.maxDataBytes);
  assertFits("slotInfo", slotInfo, limits.maxSlotInfoBytes);
  const dataJson = canonicalJson("data", data);
  const slotInfoJson = canonicalJson("slotInfo", slotInfo);
  const dataBytes = Buffer.byteLength(dataJson, "utf8");
  const slotInfoBytes = Buffer.byteLength(slotInfoJson, "utf8");
  return { data: dataJson, slotInfo: slotInfoJson, checksum: sha256Hex(dataJson), dataBytes, slotInfoBytes };
}
