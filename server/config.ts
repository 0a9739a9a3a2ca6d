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
}

const SYNCHRONOUS = ["OFF", "NORMAL", "FULL", "EXTRA"];

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, not "${env.PORT}"`);
  const synchronous = (env.PERSISTLY_SQLITE_SYNCHRONOUS ?? "NORMAL").toUpperCase();
  if (!SYNCHRONOUS.includes(synchronous)) throw new Error(`PERSISTLY_SQLITE_SYNCHRONOUS must be one of ${SYNCHRONOUS.join(", ")}`);
  const bodyLimitBytes = Number(env.PERSISTLY_BODY_LIMIT_BYTES ?? 4 * 1024 * 1024);
  if (!Number.isInteger(bodyLimitBytes) || bodyLimitBytes < 1024) throw new Error("PERSISTLY_BODY_LIMIT_BYTES must be an integer ≥ 1024");
  const dbPath = resolve(env.PERSISTLY_DB ?? "data/persistly.db");
  const poolSize = Number(env.PERSISTLY_DATABASE_POOL_SIZE ?? 10);
  if (!Number.isInteger(poolSize) || poolSize < 1) throw new Error("PERSISTLY_DATABASE_POOL_SIZE must be a positive integer");
  const maxStreams = env.PERSISTLY_MAX_STREAMS ? Number(env.PERSISTLY_MAX_STREAMS) : null;
  if (maxStreams !== null && (!Number.isInteger(maxStreams) || maxStreams < 1)) throw new Error("PERSISTLY_MAX_STREAMS must be a positive integer");
  const workers = Number(env.PERSISTLY_WORKERS ?? 1);
  if (!Number.isInteger(workers) || workers < 1 || workers > 64) throw new Error("PERSISTLY_WORKERS must be an integer from 1 to 64");
  return {
    port,
    host: env.HOST ?? "0.0.0.0",
    dbPath,
    database: env.PERSISTLY_DATABASE_URL || dbPath,
    poolSize,
    redisUrl: env.PERSISTLY_REDIS_URL || null,
    synchronous: synchronous as Synchronous,
    logLevel: env.PERSISTLY_LOG_LEVEL ?? "info",
    validateResponses: env.PERSISTLY_VALIDATE_RESPONSES ? env.PERSISTLY_VALIDATE_RESPONSES === "true" : env.NODE_ENV !== "production",
    bodyLimitBytes,
    shutdownTimeoutMs: Number(env.PERSISTLY_SHUTDOWN_TIMEOUT_MS ?? 10_000),
    headersTimeoutMs: Number(env.PERSISTLY_HEADERS_TIMEOUT_MS ?? 20_000),
    requestTimeoutMs: Number(env.PERSISTLY_REQUEST_TIMEOUT_MS ?? 30_000),
    explorer: env.PERSISTLY_EXPLORER !== "off",
    workers,
    maxStreams,
  };
}
