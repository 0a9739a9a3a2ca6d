// `npm run bench:scaling`: one server process against two, both over one PostgreSQL database and one
// Redis (docs/scaling.md). The same total load (autocannon, 10 connections, split across the processes)
// on getSlot and syncSlot 4 KB over many accounts. Prints a table and writes bench/scaling.json.
// A benchmark, not a test: on a 2-core machine that also runs PostgreSQL and Redis, the point is the
// shape (what a second process adds), not the absolute figures.
import { spawn, type ChildProcess } from "node:child_process";
import { createInterface } from "node:readline";
import { mkdirSync, writeFileSync } from "node:fs";
import { randomUUID } from "node:crypto";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import pg from "pg";

const { values } = parseArgs({
  options: {
    duration: { type: "string", default: "5" },
    connections: { type: "string", default: "10" },
    accounts: { type: "string", default: "200" },
    postgres: { type: "string", default: process.env.PERSISTLY_BENCH_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/test" },
    redis: { type: "string", default: process.env.PERSISTLY_BENCH_REDIS_URL ?? "redis://127.0.0.1:6379" },
  },
});
const duration = Number(values.duration);
const connections = Number(values.connections);

interface Server {
  child: ChildProcess;
  base: string;
  runtimeKey: string;
}

async function startServer(env: Record<string, string>): Promise<Server> {
  const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", NODE_ENV: "production", ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let runtimeKey = "";
  const port = await new Promise<number>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on("line", (line) => {
      runtimeKey ||= /runtime key.*?(pst_rt_\S+)/.exec(line)?.[1] ?? "";
      if (line.startsWith("{") && JSON.parse(line).port) resolve(JSON.parse(line).port);
    });
    child.once("exit", (code) => reject(new Error(`server exited with ${code}`)));
  });
  return { child, base: `http://127.0.0.1:${port}`, runtimeKey };
}

/** The same load spread over the given processes at once; throughput summed, latency of the slowest. */
async function load(name: string, servers: Server[], request: (i: number) => autocannon.Request) {
  const per = Math.max(1, Math.floor(connections / servers.length));
  const run = (s: Server, seconds: number) => autocannon({ url: s.base, connections: per, duration: seconds, requests: [request(0)] });
  await Promise.all(servers.map((s) => run(s, 1)));
  const results = await Promise.all(servers.map((s) => run(s, duration)));
  const row = {
    scenario: name, processes: servers.length,
    requestsPerSecond: Math.round(results.reduce((n, r) => n + r.requests.average, 0)),
    p50: Math.max(...results.map((r) => r.latency.p50)), p99: Math.max(...results.map((r) => r.latency.p99)),
    non2xx: results.reduce((n, r) => n + r.non2xx, 0), errors: results.reduce((n, r) => n + r.errors + r.timeouts, 0),
  };
  console.log(`${name.padEnd(22)} ${servers.length} process(es) ${String(row.requestsPerSecond).padStart(7)} req/s  p50 ${row.p50} ms  p99 ${row.p99} ms${row.non2xx ? `  non-2xx ${row.non2xx}` : ""}`);
  return row;
}

async function main() {
  const database = `persistly_bench_${randomUUID().replaceAll("-", "").slice(0, 10)}`;
  const admin = new pg.Client({ connectionString: values.postgres });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database}`);
  const url = Object.assign(new URL(values.postgres), { pathname: `/${database}` }).toString();
  const env = { PERSISTLY_DATABASE_URL: url, PERSISTLY_REDIS_URL: values.redis };
  const servers: Server[] = [];
  try {
    servers.push(await startServer(env));
    const key = servers[0].runtimeKey;
    const db = new pg.Client({ connectionString: url });
    await db.connect();
    await db.query("UPDATE workspaces SET plan = 'enterprise'");
    await db.end();
    const auth = { authorization: `Bearer ${key}`, "content-type": "application/json" };
    const blob = "x".repeat(4096 - 40);
    const players = await Promise.all(Array.from({ length: Number(values.accounts) }, async () =>
      (await (await fetch(`${servers[0].base}/sdk/v1/accounts`, { method: "POST", headers: auth, body: JSON.stringify({ slot: { slotId: "main", data: { blob } } }) })).json()) as { accountId: string; accountSessionToken: string }));
    let next = 0;
    const player = () => players[next++ % players.length];
    const getSlot = (): autocannon.Request => ({
      method: "GET", path: "/", setupRequest: (req) => {
        const p = player();
        return { ...req, path: `/sdk/v1/accounts/${p.accountId}/slots/main`, headers: { ...auth, "x-persistly-account-session": p.accountSessionToken } };
      },
    });
    let n = 0;
    const syncSlot = (): autocannon.Request => ({
      method: "POST", path: "/", setupRequest: (req) => {
        const p = player();
        return { ...req, path: `/sdk/v1/accounts/${p.accountId}/slots/main/sync`, headers: { ...auth, "x-persistly-account-session": p.accountSessionToken },
          body: JSON.stringify({ baseVersion: 0, force: true, data: { n: ++n, blob } }) };
      },
    });

    const rows = [await load("getSlot 4 KB", servers, getSlot), await load("syncSlot 4 KB", servers, syncSlot)];
    servers.push(await startServer(env));
    rows.push(await load("getSlot 4 KB", servers, getSlot), await load("syncSlot 4 KB", servers, syncSlot));

    console.log("\n| scenario | processes | req/s | p50 ms | p99 ms |\n|---|---:|---:|---:|---:|");
    for (const r of rows) console.log(`| ${r.scenario} | ${r.processes} | ${r.requestsPerSecond} | ${r.p50} | ${r.p99} |`);
    for (const scenario of ["getSlot 4 KB", "syncSlot 4 KB"]) {
      const [one, two] = rows.filter((r) => r.scenario === scenario);
      console.log(`${scenario}: 2 processes = ${(two.requestsPerSecond / one.requestsPerSecond).toFixed(2)}× one`);
    }
    mkdirSync("bench", { recursive: true });
    writeFileSync("bench/scaling.json", JSON.stringify({ date: new Date().toISOString(), node: process.version, connections, durationSeconds: duration, rows }, null, 2) + "\n");
    console.log("wrote bench/scaling.json");
  } finally {
    for (const s of servers) s.child.kill("SIGTERM");
    await Promise.all(servers.map((s) => new Promise((resolve) => (s.child.exitCode !== null ? resolve(null) : s.child.once("exit", resolve)))));
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.end();
  }
}

await main();
