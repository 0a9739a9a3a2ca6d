// `npm run bench`: the server as a user feels it, against baselines measured in the same run on the
// same machine (a bare node:http echo, the ceiling for Node; a bare Express 5 echo, the framework's
// floor). Prints a table and writes bench/results.json and bench/results.svg. A benchmark, not a
// test: it never fails on a slow machine.
import { execFileSync } from "node:child_process";
import { inTransaction } from "../server/domain/context.js";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { openStore } from "../server/store/index.js";
import { bootstrapIfEmpty } from "../server/domain/operator.js";
import { systemRandomness } from "../server/domain/randomness.js";
import { BENCH_CATALOG, healthy, serverEnv, load as measureLoad, newPlayer, payload, start, stop, syncBody, syncRequest, type Player, type Result, type Running } from "./bench/measure.js";

const { values } = parseArgs({
  options: {
    duration: { type: "string", default: "5" },
    connections: { type: "string", default: "10" },
    "large-accounts": { type: "string", default: "1000000" },
    quick: { type: "boolean", default: false },
    // A/B: this working tree against a commit, interleaved (scripts/bench/compare.ts).
    against: { type: "string" },
    rounds: { type: "string", default: "5" },
    only: { type: "string", multiple: true, default: [] },
    postgres: { type: "string" },
    // The targets' ratios to the Express echo, each pair measured back to back (scripts/bench/ratios.ts).
    ratios: { type: "boolean", default: false },
  },
});
const duration = values.quick ? 2 : Number(values.duration);
const connections = Number(values.connections);
const largeAccounts = values.quick ? 20_000 : Number(values["large-accounts"]);

const measure = { connections, duration };
const load = (scenario: string, target: Running, requests: autocannon.Request[], warmup = true) => measureLoad(scenario, target, requests, { ...measure, warmup });

/** A database with `accounts` accounts, each with one slot, filled through the store in batches of one transaction. */
async function prepareDatabase(accounts: number) {
  const path = join(mkdtempSync(join(tmpdir(), "persistly-bench-")), "bench.db");
  const store = await openStore({ database: path });
  await bootstrapIfEmpty(store);
  await store.transaction((tx) => tx.setWorkspacePlan("default", "enterprise"));
  const [env] = await store.listEnvironments((await store.transaction((tx) => tx.ensureWorkspace("default", ""))).id);
  const now = new Date().toISOString();
  const content = { data: '{"hp":100}', slotInfo: "{}", checksum: "0".repeat(64), dataBytes: 10, slotInfoBytes: 2 };
  for (let start = 0; start < accounts; start += 10_000) {
    await store.transaction(async (tx) => {
      for (let i = start; i < Math.min(accounts, start + 10_000); i++) {
        await tx.importAccount({ id: `acc_fill${i}`, environmentId: env.id, playerRef: `p${i}`, publicId: `plr_fill${i}`, displayName: null, createdAt: now, updatedAt: now, erasedAt: null }, null, [{ slotId: "main", content }]);
      }
    });
  }
  await store.close();
  return path;
}

/** A leaderboard `boardId` with a record for each of the first `records` filled accounts (scores 0…records-1, spread). */
async function fillBoard(path: string, boardId: string, records: number) {
  const store = await openStore({ database: path });
  const [env] = await store.listEnvironments((await store.transaction((tx) => tx.ensureWorkspace("default", ""))).id);
  const { createLeaderboard } = await import("../server/domain/leaderboards.js");
  await inTransaction({ store, now: () => new Date() }, (tx) => createLeaderboard(tx, env.id, { leaderboardId: boardId, operator: "latest" }));
  const now = new Date().toISOString();
  const scope = { environmentId: env.id, leaderboardId: boardId, period: "all" };
  for (let start = 0; start < records; start += 10_000) {
    await store.transaction(async (tx) => {
      for (let i = start; i < Math.min(records, start + 10_000); i++) {
        const score = (i * 7919) % records; // every score once, in no order
        await tx.putScoreEntry(scope, {
          period: "all", accountId: `acc_fill${i}`, publicId: `plr_fill${i}`, displayName: null, score, subscore: 0, rankScore: -score, rankSubscore: 0,
          metadata: null, achievedAt: now, hidden: false, updatedAt: now,
        });
      }
    });
  }
  await store.close();
}

/** `count` pending grants of one gold each for an account, issued through the domain as the server surface issues them. */
async function issueGrants(path: string, accountId: string, count: number) {
  const store = await openStore({ database: path });
  const [env] = await store.listEnvironments((await store.transaction((tx) => tx.ensureWorkspace("default", ""))).id);
  const { createGrant } = await import("../server/domain/grants.js");
  const ids: string[] = [];
  for (let start = 0; start < count; start += 1000) {
    await store.transaction(async (tx) => {
      const deps = { store: tx, now: () => new Date(), random: systemRandomness };
      for (let i = start; i < Math.min(count, start + 1000); i++) {
        ids.push((await createGrant(deps, env.id, { accountId, rewards: { currencies: { gold: 1 } }, reason: "bench", source: "server" })).grant.id);
      }
    });
  }
  await store.close();
  return ids;
}

/**
 * Top-100 and standing reads of a board, the two leaderboard reads a game makes, and score submissions
 * to it (each ranks the record before and after: two counts of what ranks above it).
 */
async function boardReads(label: string, server: Running, boardId: string, records: number, player: { accountId: string; headers: Record<string, string> }) {
  let submitted = 0;
  return [
    await load(`top 100, ${label}`, server, [{ method: "GET", path: `/sdk/v1/leaderboards/${boardId}/records?limit=100`, headers: player.headers }]),
    await load(`standing ±2, ${label}`, server, [{ method: "GET", path: `/sdk/v1/accounts/${player.accountId}/leaderboards/${boardId}?neighbours=2`, headers: player.headers }]),
    await load(`submitScore, ${label}`, server, [{
      method: "POST", path: `/sdk/v1/accounts/${player.accountId}/leaderboards/${boardId}/scores`, headers: player.headers,
      setupRequest: (req) => ({ ...req, body: JSON.stringify({ score: (++submitted * 7919) % records }) }),
    }]),
  ];
}

/**
 * getSlot and syncSlot 4 KB on PostgreSQL (127.0.0.1:5432, a database of the run's own), next to what the
 * database itself does here: pgbench's simple-update (three statements and a durable commit per
 * transaction) at the same 10 connections. Skipped with one line when PostgreSQL does not answer.
 */
async function postgresRows(serverArgs: string[], sqliteSync: Result): Promise<Result[]> {
  const admin = process.env.PERSISTLY_BENCH_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/test";
  const { default: pg } = await import("pg");
  const name = `persistly_bench_${process.pid}`;
  const client = new pg.Client({ connectionString: admin });
  try {
    await client.connect();
  } catch {
    console.log(`PostgreSQL rows skipped: nothing answers at ${admin}`);
    return [];
  }
  await client.query(`CREATE DATABASE ${name}`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  const rows: Result[] = [];
  try {
    const store = await openStore({ database: url.toString() });
    const boot = (await bootstrapIfEmpty(store))!;
    await store.transaction((tx) => tx.setWorkspacePlan("default", "enterprise"));
    await store.close();
    const server = await start(serverArgs, serverEnv({ PERSISTLY_DATABASE_URL: url.toString() }));
    const auth = { authorization: `Bearer ${boot.runtimeKey}`, "content-type": "application/json" };
    // One player per connection, as a game's players are: a player's own syncs take turns on its slot's
    // row by design, which on PostgreSQL (unlike SQLite's one writer) is the only thing they wait on.
    const players: Player[] = [];
    for (let i = 0; i < connections; i++) players.push(await newPlayer(server.port, auth));
    const body = syncBody(4096);
    let n = 0;
    const next = () => players[n++ % players.length];
    rows.push(await load("getSlot 4 KB, PostgreSQL", server, [{ method: "GET", setupRequest: (req) => { const p = next(); return { ...req, path: p.slotPath, headers: p.headers }; } }]));
    rows.push(await load("syncSlot 4 KB, PostgreSQL", server, [{
      method: "POST",
      setupRequest: (req) => { const p = next(); return { ...req, path: `${p.slotPath}/sync`, headers: p.headers, body: body() }; },
    }]));
    await stop(server);
    try {
      execFileSync("pgbench", ["-i", "-q", "-s", "1", url.toString()], { stdio: "ignore" });
      const out = execFileSync("pgbench", ["-b", "simple-update", "-c", String(connections), "-j", "2", "-T", String(duration), url.toString()], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
      const tps = Number(/tps = ([\d.]+)/.exec(out)?.[1] ?? 0);
      console.log(`pgbench simple-update, ${connections} connections: ${Math.round(tps)} tps (syncSlot 4 KB on SQLite: ${sqliteSync.requestsPerSecond} req/s)`);
      pgbenchTps = Math.round(tps);
    } catch {
      console.log("pgbench not found: its row is left out");
    }
  } finally {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {});
    await client.end();
  }
  return rows;
}

let pgbenchTps: number | null = null;

async function main() {
  const results: Result[] = [];
  const body4k = JSON.stringify(payload(4096));

  const http = await start(["scripts/bench/echo-http.mjs"]);
  results.push(await load("baseline: node:http echo 4 KB", http, [{ method: "POST", path: "/echo", headers: { "content-type": "application/json" }, body: body4k }]));
  await stop(http);
  // Big saves are compared with an echo of the same size: the cost of moving those bytes through Express.
  const ex = await start(["scripts/bench/echo-express.mjs"]);
  for (const kb of [4, 64, 256]) {
    results.push(await load(`baseline: express echo ${kb} KB`, ex, [{ method: "POST", path: "/echo", headers: { "content-type": "application/json" }, body: JSON.stringify(payload(kb * 1024)) }]));
  }
  await stop(ex);

  // As `npm start` runs it: the bundle esbuild makes of server/.
  execFileSync(process.execPath, ["scripts/build-server.mjs"], { stdio: "inherit" });
  const serverArgs = ["build/main.mjs"];
  const small = await prepareDatabase(1000);
  await fillBoard(small, "board", 1000);
  const coldStarted = Date.now();
  const server = await start(serverArgs, serverEnv({ PERSISTLY_DB: small }));
  await healthy(server.port);
  const coldStartMs = Date.now() - coldStarted;
  console.log(`cold start (process start to first 200 on /healthz): ${coldStartMs} ms`);

  const keyDb = await openStore({ database: small });
  const { issueKey } = await import("../server/domain/operator.js");
  const [env] = await keyDb.listEnvironments((await keyDb.transaction((tx) => tx.ensureWorkspace("default", ""))).id);
  const key = (await keyDb.transaction((tx) => issueKey(tx, env, "runtime"))).key;
  // A catalog whose free offer never runs out, for the economy's write path (one ledger entry per purchase).
  const { publishCatalog } = await import("../server/domain/catalog.js");
  await inTransaction({ store: keyDb, now: () => new Date() }, (tx) => publishCatalog(tx, env, BENCH_CATALOG));
  const { createLeaderboard } = await import("../server/domain/leaderboards.js");
  await inTransaction({ store: keyDb, now: () => new Date() }, (tx) => createLeaderboard(tx, env.id, { leaderboardId: "scores-bench", operator: "latest" }));
  await keyDb.close();
  const base = `http://127.0.0.1:${server.port}`;
  const auth = { authorization: `Bearer ${key}`, "content-type": "application/json" };
  const player = await newPlayer(server.port, auth);
  const { accountId, slotPath, headers: session } = player;
  const sync = (bytes: number) => syncRequest(player, bytes);

  results.push(await load("getSlot 4 KB", server, [{ method: "GET", path: slotPath, headers: session }]));
  const bigSave = await newPlayer(server.port, auth, 256 * 1024);
  results.push(await load("getSlot 256 KB", server, [{ method: "GET", path: bigSave.slotPath, headers: bigSave.headers }]));
  for (const kb of [1, 4, 64, 256]) results.push(await load(`syncSlot ${kb} KB`, server, [sync(kb * 1024)]));
  results.push(await load("createAccount", server, [{ method: "POST", path: "/sdk/v1/accounts", headers: auth, body: JSON.stringify({ slot: { slotId: "main", data: { hp: 100 } } }) }]));
  await fetch(`${base}/sdk/v1/runtime-config`, { headers: auth });
  results.push(await load("getRuntimeConfig (unchanged)", server, [{ method: "GET", path: "/sdk/v1/runtime-config?gameConfigVersion=0", headers: auth }]));
  results.push(await load("purchaseOffer (ledger entry)", server, [{ method: "POST", path: `/sdk/v1/accounts/${accountId}/purchases`, headers: session, body: JSON.stringify({ offerId: "daily" }) }]));
  const grantIds = await issueGrants(small, accountId, 30_000);
  let claimed = 0;
  results.push(await load("claimGrant (ledger entry)", server, [{
    method: "POST", headers: session, setupRequest: (req) => ({ ...req, path: `/sdk/v1/accounts/${accountId}/grants/${grantIds[claimed++ % grantIds.length]}/claim`, body: "{}" }),
  }], false));
  results.push(await load("getWallet", server, [{ method: "GET", path: `/sdk/v1/accounts/${accountId}/wallet`, headers: session }]));
  // The player's record mid-table: a standing read counts what ranks above it.
  await fetch(`${base}/sdk/v1/accounts/${accountId}/leaderboards/board/scores`, { method: "POST", headers: session, body: JSON.stringify({ score: 500 }) });
  const smallBoard = await boardReads("1,000 records", server, "board", 1000, { accountId, headers: session });
  results.push(...smallBoard);
  let submitted = 0;
  results.push(await load("submitScore", server, [{
    method: "POST", path: `/sdk/v1/accounts/${accountId}/leaderboards/scores-bench/scores`, headers: session,
    setupRequest: (req) => ({ ...req, body: JSON.stringify({ score: (++submitted * 7919) % 100_000 }) }),
  }]));
  results.push(await load("mixed game session (1 load : 4 syncs)", server, [{ method: "GET", path: `/sdk/v1/accounts/${accountId}`, headers: session }, sync(4096), sync(4096), sync(4096), sync(4096)]));
  const smallSync = results.find((r) => r.scenario === "syncSlot 4 KB")!;
  await stop(server);

  // The same database served by `persistly serve --workers 2` (PERSISTLY_WORKERS): memory is the cluster's.
  const cluster = await start(serverArgs, serverEnv({ PERSISTLY_DB: small, PERSISTLY_WORKERS: "2" }), 2);
  results.push(await load("getSlot 4 KB, 2 workers", cluster, [{ method: "GET", path: slotPath, headers: session }]));
  results.push(await load("syncSlot 4 KB, 2 workers", cluster, [sync(4096)]));
  await stop(cluster);

  results.push(...await postgresRows(serverArgs, smallSync));

  console.log(`filling a database with ${largeAccounts.toLocaleString()} accounts…`);
  const filledAt = Date.now();
  const large = await prepareDatabase(largeAccounts);
  await fillBoard(large, "board", largeAccounts);
  console.log(`filled in ${((Date.now() - filledAt) / 1000).toFixed(1)} s`);
  const big = await start(serverArgs, serverEnv({ PERSISTLY_DB: large }));
  const bigDb = await openStore({ database: large });
  const [bigEnv] = await bigDb.listEnvironments((await bigDb.transaction((tx) => tx.ensureWorkspace("default", ""))).id);
  const bigKey = (await bigDb.transaction((tx) => issueKey(tx, bigEnv, "runtime"))).key;
  await bigDb.close();
  const bigAuth = { authorization: `Bearer ${bigKey}`, "content-type": "application/json" };
  const bigAccount = await newPlayer(big.port, bigAuth);
  const bigSession = bigAccount.headers;
  // The board first, as on the small database: reads measured while a checkpoint copies the syncs' WAL
  // into a file this size would measure the checkpoint.
  await fetch(`http://127.0.0.1:${big.port}/sdk/v1/accounts/${bigAccount.accountId}/leaderboards/board/scores`, { method: "POST", headers: bigSession, body: JSON.stringify({ score: Math.floor(largeAccounts / 2) }) });
  const largeBoard = await boardReads(`${largeAccounts.toLocaleString()} records`, big, "board", largeAccounts, { accountId: bigAccount.accountId, headers: bigSession });
  results.push(...largeBoard);
  const largeSync = await load(`syncSlot 4 KB, ${largeAccounts.toLocaleString()} accounts`, big, [syncRequest(bigAccount, 4096)]);
  results.push(largeSync);
  await stop(big);

  const express = results.find((r) => r.scenario === "baseline: express echo 4 KB")!;
  const table = results.map((r) => ({ ...r, vsExpress: +(r.requestsPerSecond / express.requestsPerSecond).toFixed(2), vsNodeHttp: +(r.requestsPerSecond / results[0].requestsPerSecond).toFixed(2) }));
  console.log("\n| scenario | req/s | p50 ms | p99 ms | peak RSS MB | CPU µs/req | × express | × node:http |\n|---|---:|---:|---:|---:|---:|---:|---:|");
  for (const r of table) console.log(`| ${r.scenario} | ${r.requestsPerSecond} | ${r.p50} | ${r.p99} | ${r.peakRssMb} | ${r.cpuUsPerRequest} | ${r.vsExpress} | ${r.vsNodeHttp} |`);
  const scaleRatio = +(largeSync.p99 / Math.max(1, smallSync.p99)).toFixed(2);
  console.log(`\ncold start ${coldStartMs} ms; syncSlot 4 KB p99 with ${largeAccounts.toLocaleString()} accounts / with 1,000: ${scaleRatio}×`);
  const boardRatios = largeBoard.map((r, i) => ({ read: r.scenario.split(",")[0], p99Ratio: +(r.p99 / Math.max(1, smallBoard[i].p99)).toFixed(2) }));
  for (const b of boardRatios) console.log(`${b.read} p99 with ${largeAccounts.toLocaleString()} records / with 1,000: ${b.p99Ratio}×`);

  mkdirSync("bench", { recursive: true });
  const byName = (name: string) => table.find((r) => r.scenario === name);
  const ratio = (a?: Result, b?: Result) => (a && b ? +(a.requestsPerSecond / b.requestsPerSecond).toFixed(2) : null);
  const sameSize = {
    syncSlot64: ratio(byName("syncSlot 64 KB"), byName("baseline: express echo 64 KB")),
    syncSlot256: ratio(byName("syncSlot 256 KB"), byName("baseline: express echo 256 KB")),
    getSlot256: ratio(byName("getSlot 256 KB"), byName("baseline: express echo 256 KB")),
  };
  const postgres = {
    getSlot: ratio(byName("getSlot 4 KB, PostgreSQL"), byName("getSlot 4 KB")),
    syncSlot: ratio(byName("syncSlot 4 KB, PostgreSQL"), byName("syncSlot 4 KB")),
    syncSlotP99: byName("syncSlot 4 KB, PostgreSQL")?.p99 ?? null,
    pgbenchTps,
  };
  console.log(`same-size echo: syncSlot 64 KB ${sameSize.syncSlot64}×, syncSlot 256 KB ${sameSize.syncSlot256}×, getSlot 256 KB ${sameSize.getSlot256}×`);
  console.log(`PostgreSQL / SQLite: getSlot ${postgres.getSlot}×, syncSlot ${postgres.syncSlot}× (p99 ${postgres.syncSlotP99} ms); pgbench ${pgbenchTps ?? "-"} tps`);
  const summary = { date: new Date().toISOString(), node: process.version, connections, durationSeconds: duration, coldStartMs, scaleRatio, boardRatios, sameSize, postgres, largeAccounts, results: table };
  writeFileSync("bench/results.json", JSON.stringify(summary, null, 2) + "\n");
  writeFileSync("bench/results.svg", chart(table));
  console.log("wrote bench/results.json and bench/results.svg");
}

/** A horizontal bar chart of requests per second, baselines first. */
function chart(rows: Array<Result & { vsExpress: number }>): string {
  const width = 900, bar = 22, gap = 8, left = 300, max = Math.max(...rows.map((r) => r.requestsPerSecond));
  const height = rows.length * (bar + gap) + 40;
  const bars = rows.map((r, i) => {
    const y = 30 + i * (bar + gap);
    const w = Math.max(1, ((width - left - 120) * r.requestsPerSecond) / max);
    const colour = r.scenario.startsWith("baseline") ? "#999" : "#3b6fd4";
    return `<text x="${left - 8}" y="${y + 16}" text-anchor="end" font-size="13">${r.scenario}</text>` +
      `<rect x="${left}" y="${y}" width="${w.toFixed(1)}" height="${bar}" fill="${colour}"/>` +
      `<text x="${left + w + 6}" y="${y + 16}" font-size="12">${r.requestsPerSecond} req/s (p99 ${r.p99} ms)</text>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif"><text x="10" y="18" font-size="14">Persistly — requests per second (${connections} connections, 127.0.0.1)</text>${bars.join("")}</svg>\n`;
}

if (values.ratios) {
  const { ratios } = await import("./bench/ratios.js");
  await ratios({ rounds: Number(values.rounds), duration: values.quick ? 2 : Number(values.duration), connections, only: values.only });
} else if (values.against) {
  const { compare } = await import("./bench/compare.js");
  await compare({ ref: values.against, rounds: Number(values.rounds), duration: values.quick ? 2 : Number(values.duration), connections, only: values.only, postgres: values.postgres });
} else {
  await main();
}
