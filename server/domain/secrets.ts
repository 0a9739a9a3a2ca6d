// Random identifiers and secrets. Secrets are shown once and stored only as SHA-256 hashes: they carry
// 256 random bits, so a fast hash is enough (no password stretching needed) and lookups stay indexed.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

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

export const newAccountId = () => `acc_${base32(randomBytes(16))}`;
export const newSessionId = () => `ses_${base32(randomBytes(16))}`;
export const newKeyId = () => `key_${base32(randomBytes(10))}`;
export const newSessionToken = () => `pst_as_${randomBytes(32).toString("base64url")}`;

export const KEY_PREFIXES = { runtime: "pst_rt_", server: "pst_sk_" } as const;
export const newApiKey = (kind: keyof typeof KEY_PREFIXES) => `${KEY_PREFIXES[kind]}${randomBytes(32).toString("base64url")}`;
/** The part of a key kept in clear for display and revocation: its kind prefix and 6 characters. */
export const displayPrefix = (key: string) => key.slice(0, 13);

export const hashSecret = (secret: string): Buffer => createHash("sha256").update(secret, "utf8").digest();

export function sameHash(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}
