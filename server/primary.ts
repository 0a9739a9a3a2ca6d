// The cluster primary of `persistly serve --workers N` (PERSISTLY_WORKERS): prepares the database once,
// starts N workers that share the port (node:cluster) and the database (SQLite's WAL file, or
// PostgreSQL), relays what they share without Redis (shared/cluster.ts), replaces a worker that dies,
// and on SIGTERM/SIGINT lets every worker shut down gracefully before it exits.
import cluster, { type Worker } from "node:cluster";
import { createLogger } from "./logger.js";
import type { Config } from "./config.js";
import { announceKeys, assertPortFree } from "./serve.js";
import { openStore } from "./store/index.js";
import { shareAcrossWorkers } from "./shared/cluster.js";

export async function runPrimary(config: Config) {
  const logger = createLogger(config);
  // Migrations and the first environment happen here, once, before any worker opens the database.
  await assertPortFree(config);
  const store = await openStore({ database: config.database, synchronous: config.synchronous, poolSize: 1 });
  await announceKeys(store, config, logger);
  await store.close();
  shareAcrossWorkers();

  let stopping = false;
  let failed = false;
  const listening = new WeakSet<Worker>();
  cluster.on("listening", (worker) => listening.add(worker));
  // IPC to a worker that died a moment ago fails; the exit handler below deals with the worker.
  cluster.on("fork", (worker) => worker.on("error", (err) => logger.warn({ err, worker: worker.process.pid }, "worker channel error")));
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) failed ||= code !== 0;
    if (!stopping && !listening.has(worker)) {
      // A worker that cannot even start (a taken port, a bad setting) would fail again: stop instead.
      logger.error({ worker: worker.process.pid, code, signal }, "a worker failed to start; stopping");
      return stop("worker failure");
    }
    if (!stopping) {
      logger.error({ worker: worker.process.pid, code, signal }, "a worker exited; starting another");
      return void cluster.fork();
    }
    if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(failed ? 1 : 0);
  });

  function stop(reason: string) {
    if (stopping) return;
    stopping = true;
    logger.info({ reason }, "stopping the workers");
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGTERM");
    setTimeout(() => {
      logger.error("the workers took too long to stop; exiting");
      process.exit(1);
    }, config.shutdownTimeoutMs + 2000).unref();
    if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(1);
  }
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
  for (let i = 0; i < config.workers; i++) cluster.fork();
  logger.info({ workers: config.workers }, `started ${config.workers} workers`);
}
