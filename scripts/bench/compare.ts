// `npm run bench -- --against REF`: this working tree (B) against a commit (A), interleaved. On a shared
// machine whose speed moves by tens of percent from one minute to the next, two whole runs do not
// compare; pairs measured back to back, alternating which goes first, do. Each side is its own bundle
// on a fresh database set up by its own CLI, so a side with other migrations or commands stays itself.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type autocannon from "autocannon";
import { BENCH_CATALOG, healthy, serverEnv, load, newPlayer, start, stop, syncRequest, type Player, type Running } from "./measure.js";

interface Side {
  name: "A" | "B";
  root: string;
  server: Running;
  player: Player;
  auth: Record<string, string>;
}

/** Records on the board `large-bench`, filled through the server surface (the same on both sides, whatever their store). */
const LARGE_BOARD_RECORDS = 20_000;

interface Scenario {
  name: string;
  requests: (side: Side) => autocannon.Request[];
}

let scores = 0;

export const SCENARIOS: Scenario[] = [
  { name: "getSlot 4 KB", requests: (s) => [{ method: "GET", path: s.player.slotPath, headers: s.player.headers }] },
  { name: "syncSlot 4 KB", requests: (s) => [syncRequest(s.player, 4096)] },
  { name: "getRuntimeConfig", requests: (s) => [{ method: "GET", path: "/sdk/v1/runtime-config?gameConfigVersion=0", headers: s.auth }] },
  { name: "createAccount", requests: (s) => [{ method: "POST", path: "/sdk/v1/accounts", headers: s.auth, body: JSON.stringify({ slot: { slotId: "main", data: { hp: 100 } } }) }] },
  { name: "purchaseOffer", requests: (s) => [{ method: "POST", path: `/sdk/v1/accounts/${s.player.accountId}/purchases`, headers: s.player.headers, body: JSON.stringify({ offerId: "daily" }) }] },
  { name: "getWallet", requests: (s) => [{ method: "GET", path: `/sdk/v1/accounts/${s.player.accountId}/wallet`, headers: s.player.headers }] },
  {
    name: "submitScore",
    requests: (s) => [{
      method: "POST", path: `/sdk/v1/accounts/${s.player.accountId}/leaderboards/scores-bench/scores`, headers: s.player.headers,
      setupRequest: (req) => ({ ...req, body: JSON.stringify({ score: (++scores * 7919) % 100_000 }) }),
    }],
  },
  { name: `top 100, ${LARGE_BOARD_RECORDS} records`, requests: (s) => [{ method: "GET", path: "/sdk/v1/leaderboards/large-bench/records?limit=100", headers: s.player.headers }] },
  { name: `standing ±2, ${LARGE_BOARD_RECORDS} records`, requests: (s) => [{ method: "GET", path: `/sdk/v1/accounts/${s.player.accountId}/leaderboards/large-bench?neighbours=2`, headers: s.player.headers }] },
];

export interface CompareOptions {
  ref: string;
  rounds: number;
  duration: number;
  connections: number;
  /** Scenario names to run (a prefix is enough); all when empty. "cold start" is one of them. */
  only: string[];
  /** A PostgreSQL server (an admin URL) to run both sides on, each on a database of its own, instead of SQLite files. */
  postgres?: string;
}

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** A checkout of `ref` beside this one, sharing its node_modules, with its server and CLI bundled. */
function checkout(ref: string): { root: string; remove: () => void } {
  const root = mkdtempSync(join(tmpdir(), "persistly-bench-a-"));
  execFileSync("git", ["worktree", "add", "--detach", "--force", root, ref], { stdio: "ignore" });
  symlinkSync(resolve("node_modules"), join(root, "node_modules"));
  execFileSync(process.execPath, [join(root, "scripts/build-server.mjs")], { stdio: "inherit", cwd: root });
  return { root, remove: () => execFileSync("git", ["worktree", "remove", "--force", root], { stdio: "ignore" }) };
}

/** The environment that points a side's CLI and server at its database: a SQLite file, or a PostgreSQL URL. */
const databaseEnv = (database: string): Record<string, string> => (database.startsWith("postgres") ? { PERSISTLY_DATABASE_URL: database } : { PERSISTLY_DB: database });

/** A new database on the PostgreSQL server at `admin`; the second function drops it. */
async function postgresDatabase(admin: string, name: string): Promise<[url: string, drop: () => Promise<void>]> {
  const { default: pg } = await import("pg");
  const run = async (statement: string) => {
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await run(`CREATE DATABASE ${name}`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return [url.toString(), () => run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)];
}

/** A fresh database set up by the side's own CLI: the default game on the enterprise plan, a catalog and a board. */
export function prepare(root: string, database = join(mkdtempSync(join(tmpdir(), "persistly-bench-db-")), "bench.db")): { database: string; runtimeKey: string; serverKey: string } {
  const dir = mkdtempSync(join(tmpdir(), "persistly-bench-files-"));
  const cli = (...args: string[]) => execFileSync(process.execPath, [join(root, "build/persistly.mjs"), ...args], { env: { ...process.env, ...databaseEnv(database) }, encoding: "utf8" });
  const { runtimeKey, serverKey } = JSON.parse(cli("init", "--json")) as { runtimeKey: string; serverKey: string };
  cli("plan", "set", "enterprise");
  writeFileSync(join(dir, "catalog.json"), JSON.stringify(BENCH_CATALOG));
  cli("catalog", "publish", "--env", "development", join(dir, "catalog.json"));
  writeFileSync(join(dir, "boards.json"), JSON.stringify([{ leaderboardId: "scores-bench", operator: "latest" }, { leaderboardId: "large-bench", operator: "latest" }]));
  cli("leaderboards", "create", "--env", "development", join(dir, "boards.json"));
  return { database, runtimeKey, serverKey };
}

/**
 * `large-bench` with LARGE_BOARD_RECORDS records (accounts imported 100 a request, each scored once, 16
 * requests at a time), and the player's record in the middle of it: a standing read counts what ranks above.
 */
async function fillLargeBoard(port: number, serverKey: string, player: Player) {
  const url = `http://127.0.0.1:${port}/server/v1`;
  const headers = { authorization: `Bearer ${serverKey}`, "content-type": "application/json" };
  const post = async (path: string, body: unknown) => {
    const res = await fetch(url + path, { method: "POST", headers, body: JSON.stringify(body) });
    if (!res.ok) throw new Error(`filling large-bench: ${path} answered ${res.status} ${await res.text()}`);
    return res.json() as Promise<any>;
  };
  const accountIds: string[] = [];
  for (let start = 0; start < LARGE_BOARD_RECORDS; start += 100) {
    const batch = Array.from({ length: Math.min(100, LARGE_BOARD_RECORDS - start) }, (_, i) => ({ sourceId: `fill-${start + i}`, playerRef: `fill-${start + i}` }));
    const imported = await post("/accounts/import", { accounts: batch });
    accountIds.push(...imported.results.map((r: { accountId: string }) => r.accountId));
  }
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < accountIds.length; i = next++) await post("/leaderboards/large-bench/scores", { accountId: accountIds[i], score: (i * 7919) % LARGE_BOARD_RECORDS });
  };
  await Promise.all(Array.from({ length: 16 }, worker));
  await post("/leaderboards/large-bench/scores", { accountId: player.accountId, score: Math.floor(LARGE_BOARD_RECORDS / 2) });
}

async function bringUp(name: Side["name"], root: string, fillBoards: boolean, database?: string): Promise<Side> {
  const prepared = prepare(root, database);
  const server = await start([join(root, "build/main.mjs")], serverEnv(databaseEnv(prepared.database)));
  const runtimeKey = prepared.runtimeKey;
  const auth = { authorization: `Bearer ${runtimeKey}`, "content-type": "application/json" };
  const player = await newPlayer(server.port, auth);
  if (fillBoards) await fillLargeBoard(server.port, prepared.serverKey, player);
  return { name, root, server, auth, player };
}

/** Milliseconds from process start to the first 200 on /healthz. */
async function coldStart(root: string, database: string) {
  const started = Date.now();
  const server = await start([join(root, "build/main.mjs")], serverEnv(databaseEnv(database)));
  await healthy(server.port);
  const ms = Date.now() - started;
  await stop(server);
  return ms;
}

export async function compare(o: CompareOptions) {
  const chosen = (name: string) => o.only.length === 0 || o.only.some((prefix) => name.toLowerCase().startsWith(prefix.toLowerCase()));
  console.log(`A = ${o.ref} (${execFileSync("git", ["rev-parse", "--short", o.ref], { encoding: "utf8" }).trim()}), B = this working tree; ${o.rounds} rounds of ${o.duration} s, ${o.connections} connections, alternating which side goes first`);
  execFileSync(process.execPath, ["scripts/build-server.mjs"], { stdio: "inherit" });
  const a = checkout(o.ref);
  const sides: Side[] = [];
  const drops: Array<() => Promise<void>> = [];
  /** A database for a side: on PostgreSQL a new one, else the default (a new SQLite file). */
  const database = async (label: string) => {
    if (!o.postgres) return undefined;
    const [url, drop] = await postgresDatabase(o.postgres, `persistly_ab_${label}_${process.pid}`);
    drops.push(drop);
    return url;
  };
  try {
    const fillBoards = SCENARIOS.some((s) => s.name.includes("records") && chosen(s.name));
    sides.push(await bringUp("A", a.root, fillBoards, await database("a")), await bringUp("B", process.cwd(), fillBoards, await database("b")));
    const rows: string[] = [];
    for (const scenario of SCENARIOS.filter((s) => chosen(s.name))) {
      const figures = { A: [] as Array<{ rps: number; cpu: number; rss: number }>, B: [] as Array<{ rps: number; cpu: number; rss: number }> };
      const ratios: number[] = [];
      for (let round = 0; round < o.rounds; round++) {
        const order = round % 2 ? [sides[1], sides[0]] : sides;
        for (const side of order) {
          const r = await load(scenario.name, side.server, scenario.requests(side), { connections: o.connections, duration: o.duration, warmup: round === 0, quiet: true });
          if (r.non2xx || r.errors) throw new Error(`${scenario.name} on ${side.name}: ${r.non2xx} non-2xx answers, ${r.errors} errors`);
          figures[side.name].push({ rps: r.requestsPerSecond, cpu: r.cpuUsPerRequest, rss: r.peakRssMb });
        }
        ratios.push(figures.B[round].rps / figures.A[round].rps);
      }
      const summary = (side: "A" | "B") => `${Math.round(median(figures[side].map((f) => f.rps)))} (${Math.round(median(figures[side].map((f) => f.cpu)))}) ${Math.max(...figures[side].map((f) => f.rss))} MB`;
      const row = `| ${scenario.name} | ${summary("A")} | ${summary("B")} | ${median(ratios).toFixed(2)} (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}) |`;
      console.log(row);
      rows.push(row);
    }
    if (chosen("cold start")) {
      const databases = { A: prepare(a.root, await database("a_cold")).database, B: prepare(process.cwd(), await database("b_cold")).database };
      const ms = { A: [] as number[], B: [] as number[] };
      for (let round = 0; round < o.rounds; round++) {
        for (const side of round % 2 ? (["B", "A"] as const) : (["A", "B"] as const)) ms[side].push(await coldStart(side === "A" ? a.root : process.cwd(), databases[side]));
      }
      const row = `| cold start, ms | ${median(ms.A)} | ${median(ms.B)} | ${(median(ms.B) / median(ms.A)).toFixed(2)} |`;
      console.log(row);
      rows.push(row);
    }
    console.log(`\n| scenario | A req/s (CPU µs/req) peak RSS | B req/s (CPU µs/req) peak RSS | B/A, median of pairs (range) |\n|---|---:|---:|---:|\n${rows.join("\n")}`);
  } finally {
    for (const side of sides) await stop(side.server);
    for (const drop of drops) await drop().catch(() => {});
    if (existsSync(a.root)) a.remove();
    rmSync(a.root, { recursive: true, force: true });
  }
}
