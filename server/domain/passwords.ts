// Member passwords, hashed with scrypt (memory-hard, in node:crypto; it runs on libuv's thread pool, so
// a hash never blocks the event loop). Stored as `scrypt$N$r$p$salt$hash` so that the cost can rise
// later while old hashes still verify.
import { randomBytes, scrypt, timingSafeEqual } from "node:crypto";

export interface KdfCost {
  /** CPU/memory cost, a power of two; memory is 128 · N · r bytes. */
  N: number;
  r: number;
  p: number;
}

/** One of OWASP's equivalent scrypt minimums (N=2^15, r=8, p=3): 32 MiB per hash, where N=2^17 would take 128 MiB. */
export const DEFAULT_KDF: KdfCost = { N: 2 ** 15, r: 8, p: 3 };

const KEY_BYTES = 32;
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

const derive = (password: string, salt: Buffer, cost: KdfCost) =>
  new Promise<Buffer>((resolve, reject) =>
    scrypt(password.normalize("NFKC"), salt, KEY_BYTES, { ...cost, maxmem: 256 * cost.N * cost.r + 1024 * 1024 }, (err, key) => (err ? reject(err) : resolve(key))),
  );

export async function hashPassword(password: string, cost: KdfCost = DEFAULT_KDF): Promise<string> {
  const salt = randomBytes(16);
  const hash = await derive(password, salt, cost);
  return ["scrypt", cost.N, cost.r, cost.p, salt.toString("base64url"), hash.toString("base64url")].join("$");
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, N, r, p, salt, hash] = stored.split("$");
  if (scheme !== "scrypt") return false;
  const expected = Buffer.from(hash, "base64url");
  const actual = await derive(password, Buffer.from(salt, "base64url"), { N: Number(N), r: Number(r), p: Number(p) });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** A password to show once (the CLI's bootstrap, a member added without one): 20 characters, 120 random bits. */
export const newPassword = () => randomBytes(15).toString("base64url");

export function passwordProblem(password: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `a password needs at least ${MIN_PASSWORD_LENGTH} characters`;
  if (password.length > MAX_PASSWORD_LENGTH) return `a password has at most ${MAX_PASSWORD_LENGTH} characters`;
  return null;
}
