// `npm run bench:workers`: does getSlot scale with `persistly serve --workers N`? The load generator
// (this process, autocannon) is pinned to core 0 and the server to the other cores, so that the two
// never share a core; 1, 2 … workers are measured in turn on one SQLite database (docs/performance.md).
// On a machine with two cores the server has one core whatever the number of workers: the run then
// shows what one core serves and how much of its own core the load generator needed.
import { execFileSync } from "node:child_process";
import { availableParallelism } from "node:os";
import { cpuUsage } from "node:process";
import { parseArgs } from "node:util";
import { prepare } from "./bench/compare.js";
import { load, newPlayer, serverEnv, start, stop } from "./bench/measure.js";

const { values } = parseArgs({ options: { duration: { type: "string", default: "5" }, connections: { type: "string", default: "10" } } });
const cores = availableParallelism();
if (cores < 2) {
  console.log("one core: nothing to pin apart");
  process.exit(0);
}
execFileSync("taskset", ["-a", "-p", "-c", "0", String(process.pid)], { stdio: "ignore" });
const serverCores = cores === 2 ? "1" : `1-${cores - 1}`;
execFileSync(process.execPath, ["scripts/build-server.mjs"], { stdio: "inherit" });
const { database, runtimeKey } = prepare(process.cwd());
const auth = { authorization: `Bearer ${runtimeKey}`, "content-type": "application/json" };
console.log(`${cores} cores: load generator on core 0, server on ${serverCores}`);
const rows: string[] = [];
for (const workers of [1, ...Array.from({ length: Math.max(1, cores - 1) }, (_, i) => i + 2)]) {
  const server = await start(["build/main.mjs"], serverEnv({ PERSISTLY_DB: database, PERSISTLY_WORKERS: String(workers) }), workers, serverCores);
  const player = await newPlayer(server.port, auth);
  const before = cpuUsage();
  const started = performance.now();
  const r = await load(`getSlot 4 KB, ${workers} worker(s)`, server, [{ method: "GET", path: player.slotPath, headers: player.headers }], { connections: Number(values.connections), duration: Number(values.duration) });
  const used = cpuUsage(before);
  // The warm-up second is inside the window: the generator's share of its core over the whole of it.
  const generator = ((used.user + used.system) / 1000 / (performance.now() - started)) * 100;
  const serverShare = (r.cpuUsPerRequest * r.requestsPerSecond) / 10_000;
  rows.push(`| ${workers} | ${r.requestsPerSecond} | ${r.p50} | ${r.p99} | ${r.cpuUsPerRequest} | ${Math.round(serverShare)}% of ${serverCores === "1" ? "one core" : `${cores - 1} cores`} | ${Math.round(generator)}% |`);
  await stop(server);
}
console.log(`\n| workers | req/s | p50 ms | p99 ms | server CPU µs/req | server CPU | load generator CPU (core 0) |\n|---:|---:|---:|---:|---:|---:|---:|\n${rows.join("\n")}`);
