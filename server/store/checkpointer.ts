// WAL checkpoints off the request path. SQLite checkpoints in whichever connection commits past
// `wal_autocheckpoint` pages, so now and then one request pays for copying the WAL into the database
// file, fsync included. A worker thread with its own connection checkpoints instead — PASSIVE, so it
// never waits for or blocks a writer — and the writer's automatic checkpoints are off while it runs.
import { Worker } from "node:worker_threads";
import { createRequire } from "node:module";
import { once } from "node:events";
import type Database from "better-sqlite3";

const CHECKPOINTER = `
const { parentPort, workerData } = require("node:worker_threads");
const db = new (require(workerData.driver))(workerData.path);
db.pragma("busy_timeout = 1000");
const timer = setInterval(() => {
  try { db.pragma("wal_checkpoint(PASSIVE)"); } catch {}
}, workerData.intervalMs);
parentPort.once("message", () => { clearInterval(timer); db.close(); parentPort.close(); });
`;

const DEFAULT_AUTOCHECKPOINT_PAGES = 1000;

export function startCheckpointer(path: string, writer: Database.Database, intervalMs = 250) {
  const driver = createRequire(import.meta.url).resolve("better-sqlite3");
  const worker = new Worker(CHECKPOINTER, { eval: true, workerData: { path, driver, intervalMs } });
  worker.unref();
  writer.pragma("wal_autocheckpoint = 0");
  // Without the thread, the writer checkpoints again as SQLite does by default.
  worker.once("error", () => writer.open && writer.pragma(`wal_autocheckpoint = ${DEFAULT_AUTOCHECKPOINT_PAGES}`));
  return {
    async stop() {
      if (worker.threadId < 0) return;
      worker.ref();
      const exited = once(worker, "exit");
      worker.postMessage("stop");
      await exited;
    },
  };
}
