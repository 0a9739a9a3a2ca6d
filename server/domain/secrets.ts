// Random identifiers and secrets. Secrets are shown once and stored only as SHA-256 hashes: they carry
// 256 random bits, so a fast hash is enough (no password stretching needed) and lookups stay indexed.
import { createHash, timingSafeEqual } from "node:crypto";
import type { Randomness } from "./randomness.js";

const BASE32 = "abcdefghijklmnopqrstuvwxyz234567";

function base32(bytes: Buffer): string {
  let out = "";
  let bits = 0;
  let value = 0;
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31];
  return out;
}

export const newAccountId = (random: Randomness) => `acc_${base32(random.bytes(16))}`;
/** A player's public handle: random, so that it tells nothing about the account id or the playerRef. */
export const newPublicId = (random: Randomness) => `plr_${random.bytes(16).toString("hex")}`;
export const newSessionId = (random: Randomness) => `ses_${base32(random.bytes(16))}`;
export const newKeyId = (random: Randomness) => `key_${base32(random.bytes(10))}`;
export const newMemberId = (random: Randomness) => `mem_${base32(random.bytes(10))}`;
export const newMemberSessionId = (random: Randomness) => `msn_${base32(random.bytes(10))}`;
export const SESSION_TOKEN_PREFIX = "pst_as_";
export const newSessionToken = (random: Randomness) => `${SESSION_TOKEN_PREFIX}${random.bytes(32).toString("base64url")}`;

export const KEY_PREFIXES = { runtime: "pst_rt_", server: "pst_sk_" } as const;
/**
 * The environment as it shows in a key (`pst_rt_production_…`), so a production key is recognisable at a
 * glance: lower-case letters, digits and hyphens, at most 24 characters.
 */
export const keyEnvironmentTag = (environmentName: string) =>
  environmentName.toLowerCase().replace(/[^a-z0-9-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 24) || "env";

/** A new key and the part of it kept in clear for display and revocation: kind, environment and 6 characters. */
export function newApiKey(random: Randomness, kind: keyof typeof KEY_PREFIXES, environmentName: string) {
  const head = `${KEY_PREFIXES[kind]}${keyEnvironmentTag(environmentName)}_`;
  const key = `${head}${random.bytes(32).toString("base64url")}`;
  return { key, prefix: key.slice(0, head.length + 6) };
}

export const hashSecret = (secret: string): Buffer => createHash("sha256").update(secret, "utf8").digest();

export function sameHash(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}
