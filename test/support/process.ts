// Runs the server as `npm start` does (its bundle, build/main.mjs, built once per test run by
// test/support/build.ts) as a real server process, for tests that kill or signal it.
import { spawn, type ChildProcess } from "node:child_process";
import { createInterface } from "node:readline";
import { openStore } from "../../server/store/index.js";
import { DEFAULT_PLANS } from "../../server/domain/plans.js";

export interface ServerProcess {
  child: ChildProcess;
  port: number;
  base: string;
  logs: any[];
  /** Printed on the database's first start only. */
  runtimeKey: string;
  serverKey: string;
  exited: Promise<number | null>;
}

export async function startProcess(db: string, env: Record<string, string> = {}): Promise<ServerProcess> {
  const child = spawn(process.execPath, ["--enable-source-maps", "build/main.mjs"], {
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", PERSISTLY_DB: db, PERSISTLY_LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const logs: any[] = [];
  const keys = { runtime: "", server: "" };
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const port = await new Promise<number>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on("line", (line) => {
      const key = /(runtime|server) key.*?(pst_(?:rt|sk)_\S+)/.exec(line);
      if (key) keys[key[1] as "runtime" | "server"] = key[2];
      if (!line.startsWith("{")) return;
      const entry = JSON.parse(line);
      logs.push(entry);
      if (entry.port) resolve(entry.port);
    });
    void exited.then((code) => reject(new Error(`server exited early with ${code}`)));
  });
  return { child, port, logs, runtimeKey: keys.runtime, serverKey: keys.server, exited, base: `http://127.0.0.1:${port}` };
}

/**
 * Records this month's SDK requests in a server's database (by its real clock) so that only `left`
 * remain of the free plan's quota, as if other processes had used the rest.
 */
export async function leaveQuota(db: string, left: number): Promise<void> {
  const store = await openStore({ database: db });
  try {
    const now = new Date().toISOString();
    const workspace = await store.transaction((tx) => tx.ensureWorkspace("default", now));
    const environment = (await store.findEnvironment(workspace.id, "development"))!;
    const used = await store.monthlyRequests(workspace.id, "sdk", now.slice(0, 7));
    const requests = DEFAULT_PLANS.free.monthlyRuntimeRequests! - left - used;
    await store.transaction((tx) => tx.addUsage([{ environmentId: environment.id, day: now.slice(0, 10), surface: "sdk", sdk: "elsewhere/1", requests }]));
  } finally {
    await store.close();
  }
}

/** Log lines whose message starts with `prefix`. */
export const logged = (server: ServerProcess, prefix: string) => server.logs.filter((l) => String(l.msg).startsWith(prefix));
