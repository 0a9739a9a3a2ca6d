// What the benchmarks share: starting a server process and reading its memory and CPU, and one
// autocannon load against it with the figures the tables print.
import { spawn, type ChildProcess } from "node:child_process";
import { createInterface } from "node:readline";
import { readFileSync } from "node:fs";
import autocannon from "autocannon";

export interface Running {
  child: ChildProcess;
  port: number;
  rss: () => number;
  /** CPU milliseconds the process and its children have used so far (user + system). */
  cpuMs: () => number;
}

/**
 * Starts a child that prints {"port": …} (or a pino line with a port) — `listeners` of them for a
 * cluster — and measures its memory: the resident set of the process and of its children. `cores`
 * pins it (and the workers it forks) to those CPUs.
 */
export async function start(args: string[], env: Record<string, string> = {}, listeners = 1, cores?: string): Promise<Running> {
  const [command, ...rest] = cores ? ["taskset", "-c", cores, process.execPath, ...args] : [process.execPath, ...args];
  const child = spawn(command, rest, { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "inherit"] });
  const port = await new Promise<number>((resolve, reject) => {
    let seen = 0;
    createInterface({ input: child.stdout! }).on("line", (line) => {
      if (!line.startsWith("{")) return;
      const entry = JSON.parse(line);
      if (entry.port && ++seen === listeners) resolve(entry.port);
    });
    child.once("exit", (code) => reject(new Error(`${args.join(" ")} exited with ${code}`)));
  });
  const children = (pid: number) => readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(" ").filter(Boolean).map(Number);
  const rssOf = (pid: number): number => {
    const own = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) * 1024;
    return own + children(pid).reduce((sum, c) => sum + rssOf(c), 0);
  };
  // utime and stime, fields 14 and 15 of /proc/PID/stat, in clock ticks (100 per second on Linux).
  const cpuOf = (pid: number): number => {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10 + children(pid).reduce((sum, c) => sum + cpuOf(c), 0);
  };
  const sampled = (read: (pid: number) => number) => () => {
    try {
      return read(child.pid!);
    } catch {
      return 0; // a process that just exited
    }
  };
  return { child, port, rss: sampled(rssOf), cpuMs: sampled(cpuOf) };
}

/** The server's environment as the benches run it: as `npm start` in production, on a free local port. */
export const serverEnv = (env: Record<string, string>) => ({ PORT: "0", HOST: "127.0.0.1", NODE_ENV: "production", ...env });

export const stop = async (r: Running) => {
  if (r.child.exitCode !== null) return;
  r.child.kill("SIGTERM");
  await new Promise((resolve) => r.child.once("exit", resolve));
};

/** Polls /healthz until it answers 200: the end of a cold start. */
export async function healthy(port: number) {
  for (;;) {
    if (await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok).catch(() => false)) return;
  }
}

export interface Result {
  scenario: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  peakRssMb: number;
  /** The server's CPU time per answered request: steadier than req/s on a machine shared with others. */
  cpuUsPerRequest: number;
}

export interface LoadOptions {
  connections: number;
  /** Seconds. */
  duration: number;
  /** A one-second load first, not measured (default true). */
  warmup?: boolean;
  /** Print the result's line (default true). */
  quiet?: boolean;
}

export async function load(scenario: string, target: Running, requests: autocannon.Request[], options: LoadOptions): Promise<Result> {
  const { connections, duration } = options;
  const url = `http://127.0.0.1:${target.port}`;
  if (options.warmup ?? true) await autocannon({ url, connections, duration: 1, requests });
  let peak = target.rss();
  const sampler = setInterval(() => (peak = Math.max(peak, target.rss())), 100);
  const cpuBefore = target.cpuMs();
  const r = await autocannon({ url, connections, duration, requests });
  const cpuMs = target.cpuMs() - cpuBefore;
  clearInterval(sampler);
  const result = {
    scenario,
    requestsPerSecond: Math.round(r.requests.average),
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
    peakRssMb: Math.round(peak / 1024 / 1024),
    cpuUsPerRequest: Math.round((cpuMs * 1000) / Math.max(1, r.requests.total)),
  };
  if (!options.quiet) {
    console.log(`${scenario.padEnd(34)} ${String(result.requestsPerSecond).padStart(7)} req/s  p50 ${result.p50} ms  p99 ${result.p99} ms  ${result.peakRssMb} MB  ${result.cpuUsPerRequest} µs CPU/req${result.non2xx ? `  non-2xx ${result.non2xx}` : ""}`);
  }
  return result;
}

/** A JSON body of about `bytes` bytes. */
export const payload = (bytes: number) => ({ blob: "x".repeat(Math.max(0, bytes - 12)) });

/** What the benches publish: a free offer that never runs out, so every purchase writes one ledger entry. */
export const BENCH_CATALOG = {
  currencies: [{ currencyId: "gold", initial: 100, max: 1e15 }],
  items: [{ itemId: "potion", stackable: true, maxCount: 1e9, consumable: true }],
  offers: [{ offerId: "daily", price: {}, contents: { currencies: { gold: 1 }, items: { potion: 1 } }, purchasable: "client" as const }],
};

export interface Player {
  accountId: string;
  slotPath: string;
  /** The runtime key and the account's session. */
  headers: Record<string, string>;
}

/** A new player, through createAccount, with a slot `main` of about `bytes`. */
export async function newPlayer(port: number, auth: Record<string, string>, bytes = 4096): Promise<Player> {
  const created = await (await fetch(`http://127.0.0.1:${port}/sdk/v1/accounts`, { method: "POST", headers: auth, body: JSON.stringify({ slot: { slotId: "main", data: payload(bytes) } }) })).json() as { accountId: string; accountSessionToken: string };
  return { accountId: created.accountId, slotPath: `/sdk/v1/accounts/${created.accountId}/slots/main`, headers: { ...auth, "x-persistly-account-session": created.accountSessionToken } };
}

let syncs = 0;
/** Bodies of forced syncs of about `bytes`, a different one each call (a slot keeps only changed versions apart). */
export const syncBody = (bytes: number) => {
  const blob = "x".repeat(Math.max(0, bytes - 40));
  return () => JSON.stringify({ baseVersion: 0, force: true, data: { n: ++syncs, blob } });
};

export const syncRequest = (player: Player, bytes: number): autocannon.Request => {
  const body = syncBody(bytes);
  return { method: "POST", path: `${player.slotPath}/sync`, headers: player.headers, setupRequest: (req) => ({ ...req, body: body() }) };
};
