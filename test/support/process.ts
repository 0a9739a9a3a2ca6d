// Runs the server as `npm start` does (its bundle, build/main.mjs, built once per test run by
// test/support/build.ts) as a real server process, for tests that kill or signal it.
import { spawn, type ChildProcess } from "node:child_process";
import { createInterface } from "node:readline";

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
