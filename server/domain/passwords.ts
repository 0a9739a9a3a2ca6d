// Member passwords, hashed with scrypt (memory-hard, in node:crypto; it runs on libuv's thread pool, so
// a hash never blocks the event loop). Stored as `scrypt$N$r$p$salt$hash` so that the cost can rise
// later while old hashes still verify.
//
// libuv's pool is small (4 threads) and shared with gzip, file and DNS work, and sign-in is open to
// anyone: hashes run at most HASHES_AT_ONCE at a time, HASHES_WAITING more wait their turn, and
// beyond that a hash is refused at once (503 `unavailable`, reason `password_hashing_busy`), so a
// flood of sign-ins can never take the pool from everybody else's requests.
import { randomBytes, scrypt, timingSafeEqual } from "node:crypto";
import { ApiError } from "./errors.js";

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

const HASHES_AT_ONCE = 2;
const HASHES_WAITING = 8;
let hashing = 0;
const waiting: (() => void)[] = [];

const hashingBusy = () =>
  new ApiError(503, "unavailable", "too many password checks are under way; retry in a moment", { reason: "password_hashing_busy" }, { "Retry-After": "1" });

/** Runs one hash when a place is free; refuses at once when the queue is full too. */
async function gated<T>(work: () => Promise<T>): Promise<T> {
  if (hashing >= HASHES_AT_ONCE) {
    if (waiting.length >= HASHES_WAITING) throw hashingBusy();
    await new Promise<void>((resolve) => waiting.push(resolve));
  } else {
    hashing++;
  }
  try {
    return await work();
  } finally {
    const nextInLine = waiting.shift();
    if (nextInLine) nextInLine(); // the place passes straight to the next caller
    else hashing--;
  }
}

const derive = (password: string, salt: Buffer, cost: KdfCost) =>
  gated(() => new Promise<Buffer>((resolve, reject) =>
    scrypt(password.normalize("NFKC"), salt, KEY_BYTES, { ...cost, maxmem: 256 * cost.N * cost.r + 1024 * 1024 }, (err, key) => (err ? reject(err) : resolve(key))),
  ));

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
