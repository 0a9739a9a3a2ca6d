// Canonical encoding of save payloads (RFC 8785 JCS): the bytes that sizes and checksums are computed over.
import canonicalize from "canonicalize";
import { createHash } from "node:crypto";
import { invalidRequest, payloadTooLarge } from "./errors.js";
import type { SlotContent } from "../store/types.js";

export const MAX_NESTING_DEPTH = 64;

/**
 * A save payload as the contract declares it: any JSON value. The spec's SlotData names no `type` (the
 * spelling every generator reads as "any value"), so its generated type is `unknown`; what reaches the
 * domain was parsed from JSON and validated, so it is one.
 */
export type JsonValue = unknown;

export interface PayloadLimits {
  maxDataBytes: number;
  maxSlotInfoBytes: number;
}

/**
 * Depth of nested arrays/objects, and whether every object's keys are already in canonical order (UTF-16
 * code units, RFC 8785 §3.2.3), walked iteratively so hostile nesting cannot overflow the stack.
 */
function shape(value: unknown): { depth: number; keysInOrder: boolean } {
  let deepest = 0;
  let keysInOrder = true;
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== "object") continue;
    if (depth + 1 > deepest) deepest = depth + 1;
    if (deepest > MAX_NESTING_DEPTH) return { depth: deepest, keysInOrder };
    if (keysInOrder && !Array.isArray(node)) {
      const keys = Object.keys(node);
      for (let i = 1; i < keys.length && keysInOrder; i++) keysInOrder = keys[i - 1] < keys[i];
    }
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return { depth: deepest, keysInOrder };
}

export const nestingDepth = (value: unknown) => shape(value).depth;

/**
 * The canonical JSON of a value (RFC 8785). When its keys are already in canonical order, that is what
 * JSON.stringify writes (JCS writes numbers and strings as it does), and the native serialiser is used;
 * a save loaded from the server and written back keeps that order.
 */
export function canonicalJson(field: string, value: unknown): string {
  const { depth, keysInOrder } = shape(value);
  if (depth > MAX_NESTING_DEPTH) {
    throw invalidRequest(`${field} nests deeper than ${MAX_NESTING_DEPTH} levels`, { field, reason: "too_deep", maxDepth: MAX_NESTING_DEPTH });
  }
  try {
    return keysInOrder ? JSON.stringify(value) : (canonicalize(value) as string);
  } catch (error) {
    throw invalidRequest(`${field} cannot be canonicalized: ${(error as Error).message}`, { field, reason: "not_canonicalizable" });
  }
}

export const sha256Hex = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

/**
 * Encodes (canonical JSON), measures and checks one slot version's content against the plan's caps. Each
 * value is encoded once and measured as encoded: the request body's own cap (twice the plan's, see
 * server/http/jsonBody.ts) already bounds what encoding a value can cost.
 */
export function slotContent(data: unknown, slotInfo: unknown, limits: PayloadLimits): SlotContent {
  const dataJson = canonicalJson("data", data);
  const dataBytes = Buffer.byteLength(dataJson, "utf8");
  if (dataBytes > limits.maxDataBytes) throw payloadTooLarge("data", limits.maxDataBytes, dataBytes);
  const slotInfoJson = canonicalJson("slotInfo", slotInfo);
  const slotInfoBytes = Buffer.byteLength(slotInfoJson, "utf8");
  if (slotInfoBytes > limits.maxSlotInfoBytes) throw payloadTooLarge("slotInfo", limits.maxSlotInfoBytes, slotInfoBytes);
  return { data: dataJson, slotInfo: slotInfoJson, checksum: sha256Hex(dataJson), dataBytes, slotInfoBytes };
}
