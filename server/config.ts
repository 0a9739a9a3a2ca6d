// Configuration from the environment, with the embedded defaults that make `npm start` work as is.
import { resolve } from "node:path";
import type { Synchronous } from "./store/engine.js";

export interface Config {
  port: number;
  host: string;
  dbPath: string;
  /** What the store opens: PERSISTLY_DATABASE_URL (postgres://…) when set, else the SQLite file. */
  database: string;
  poolSize: number;
  /** Redis for state shared across server processes (rate limits, idempotency locks, event fan-out). */
  redisUrl: string | null;
  synchronous: Synchronous;
  logLevel: string;
  /** PERSISTLY_LOG_FORMAT: `pretty` lines for a terminal (the default when stdout is one), else JSON lines. */
  logFormat: "json" | "pretty";
  validateResponses: boolean;
  bodyLimitBytes: number;
  shutdownTimeoutMs: number;
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  explorer: boolean;
  /** Server processes (node:cluster workers) sharing the port and the database; 1 runs no primary. */
  workers: number;
  /** Event streams one process holds at most (PERSISTLY_MAX_STREAMS); null: half the open-file limit, at most 10 000. */
  maxStreams: number | null;
  /** PERSISTLY_ADMIN_INSECURE_COOKIE=1: the operator session cookie without `Secure`, for plain local HTTP. */
  insecureAdminCookie: boolean;
  /** PERSISTLY_LOBBY_TIMEOUT_SECONDS: a lobby member silent this long is dropped (default 30). */
  lobbyTimeoutSeconds: number;
  /** PERSISTLY_PUBLIC_URL: where clients reach the server (the served specs' first server); null: `/`, relative to the document. */
  publicUrl: string | null;
  /** PERSISTLY_KEY_CACHE_MS: how long a key's principal is cached (default 2000; 0 reads it on every request). */
  keyCacheMs: number;
  /**
   * PERSISTLY_HEAP_GROWTH_PERCENT: how far V8 lets the heap grow past what the last full collection
   * kept (default 50; 0 leaves V8's own factor, which on a machine with much memory lets a busy process
   * hold ~70 MB of garbage more).
   */
  heapGrowthPercent: number;
}

export const DEFAULT_DB_PATH = "data/persistly.db";
const SYNCHRONOUS = ["OFF", "NORMAL", "FULL", "EXTRA"];
const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];

/** A setting the environment got wrong: one line naming the variable and what it accepts. */
export class ConfigError extends Error {}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number) {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || value < min || value > max) throw new ConfigError(`${name}=${JSON.stringify(raw)}: expected an integer from ${min} to ${max}`);
  return value;
}

function choice<T extends string>(env: NodeJS.ProcessEnv, name: string, choices: readonly T[], fallback: T, normalise = (v: string) => v): T {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = normalise(raw) as T;
  if (!choices.includes(value)) throw new ConfigError(`${name}=${JSON.stringify(raw)}: expected one of ${choices.join(", ")}`);
  return value;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const dbPath = resolve(env.PERSISTLY_DB || DEFAULT_DB_PATH);
  const databaseUrl = env.PERSISTLY_DATABASE_URL || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) throw new ConfigError("PERSISTLY_DATABASE_URL: expected a postgres:// URL (unset it to use the SQLite file PERSISTLY_DB)");
  const redisUrl = env.PERSISTLY_REDIS_URL || null;
  if (redisUrl && !/^rediss?:\/\//.test(redisUrl)) throw new ConfigError("PERSISTLY_REDIS_URL: expected a redis:// or rediss:// URL");
  const maxStreams = integer(env, "PERSISTLY_MAX_STREAMS", 0, 1, 1_000_000);
  return {
    port: integer(env, "PORT", 8080, 0, 65535),
    host: env.HOST || "0.0.0.0",
    dbPath,
    database: databaseUrl ?? dbPath,
    poolSize: integer(env, "PERSISTLY_DATABASE_POOL_SIZE", 10, 1, 1000),
    redisUrl,
    synchronous: choice(env, "PERSISTLY_SQLITE_SYNCHRONOUS", SYNCHRONOUS, "NORMAL", (v) => v.toUpperCase()) as Synchronous,
    logLevel: choice(env, "PERSISTLY_LOG_LEVEL", LOG_LEVELS, "info", (v) => v.toLowerCase()),
    logFormat: choice(env, "PERSISTLY_LOG_FORMAT", ["json", "pretty"] as const, process.stdout.isTTY ? "pretty" : "json"),
    validateResponses: choice(env, "PERSISTLY_VALIDATE_RESPONSES", ["true", "false"] as const, env.NODE_ENV === "production" ? "false" : "true") === "true",
    bodyLimitBytes: integer(env, "PERSISTLY_BODY_LIMIT_BYTES", 4 * 1024 * 1024, 1024, 1024 * 1024 * 1024),
    shutdownTimeoutMs: integer(env, "PERSISTLY_SHUTDOWN_TIMEOUT_MS", 10_000, 100, 3_600_000),
    headersTimeoutMs: integer(env, "PERSISTLY_HEADERS_TIMEOUT_MS", 20_000, 100, 3_600_000),
    requestTimeoutMs: integer(env, "PERSISTLY_REQUEST_TIMEOUT_MS", 30_000, 100, 3_600_000),
    explorer: choice(env, "PERSISTLY_EXPLORER", ["on", "off"] as const, "on") === "on",
    publicUrl: publicUrlOf(env),
    workers: integer(env, "PERSISTLY_WORKERS", 1, 1, 64),
    insecureAdminCookie: choice(env, "PERSISTLY_ADMIN_INSECURE_COOKIE", ["0", "1"] as const, "0") === "1",
    lobbyTimeoutSeconds: integer(env, "PERSISTLY_LOBBY_TIMEOUT_SECONDS", 30, 1, 3600),
    keyCacheMs: integer(env, "PERSISTLY_KEY_CACHE_MS", 2000, 0, 600_000),
    heapGrowthPercent: integer(env, "PERSISTLY_HEAP_GROWTH_PERCENT", 50, 0, 1000),
    maxStreams: maxStreams || null,
  };
}

function publicUrlOf(env: NodeJS.ProcessEnv): string | null {
  const given = env.PERSISTLY_PUBLIC_URL;
  if (!given) return null;
  let url: URL;
  try {
    url = new URL(given);
  } catch {
    throw new ConfigError(`PERSISTLY_PUBLIC_URL: expected an absolute http:// or https:// URL such as https://api.example.com, not "${given}"`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new ConfigError(`PERSISTLY_PUBLIC_URL: expected an http:// or https:// URL, not "${given}"`);
  return given.replace(/\/+$/, "");
}
