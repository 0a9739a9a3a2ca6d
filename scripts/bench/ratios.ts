// `npm run bench -- --ratios`: the targets' ratios to the Express echo (docs/performance.md), each
// scenario loaded in turn with an echo of the same body size, alternating which goes first, for N rounds.
// The whole bench measures the echo once, at its start; on a machine whose speed moves by tens of
// percent from one minute to the next, a ratio taken minutes apart says as much about the machine as
// about the server. Pairs measured back to back do not.
import { execFileSync } from "node:child_process";
import type autocannon from "autocannon";
import { prepare, SCENARIOS } from "./compare.js";
import { load, newPlayer, payload, serverEnv, start, stop, syncRequest, type Running } from "./measure.js";

interface Target {
  scenario: string;
  /** The size of the echo it is compared with. */
  echoKb: number;
  /** The ratio #22 asks for. */
  target: number;
}

const TARGETS: Target[] = [
  { scenario: "getSlot 4 KB", echoKb: 4, target: 0.65 },
  { scenario: "syncSlot 4 KB", echoKb: 4, target: 0.45 },
  { scenario: "getRuntimeConfig", echoKb: 4, target: 0.9 },
  { scenario: "purchaseOffer", echoKb: 4, target: 0.35 },
  { scenario: "submitScore", echoKb: 4, target: 0.45 },
  { scenario: "syncSlot 64 KB", echoKb: 64, target: 0.5 },
  { scenario: "syncSlot 256 KB", echoKb: 256, target: 0.5 },
  { scenario: "getSlot 256 KB", echoKb: 256, target: 0.6 },
];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function ratios(o: { rounds: number; duration: number; connections: number; only: string[] }) {
  execFileSync(process.execPath, ["scripts/build-server.mjs"], { stdio: "inherit" });
  const { database, runtimeKey } = prepare(process.cwd());
  const server = await start(["build/main.mjs"], serverEnv({ PERSISTLY_DB: database }));
  const echo = await start(["scripts/bench/echo-express.mjs"]);
  try {
    const auth = { authorization: `Bearer ${runtimeKey}`, "content-type": "application/json" };
    const side = { name: "B" as const, root: process.cwd(), server, auth, player: await newPlayer(server.port, auth) };
    const bigSave = await newPlayer(server.port, auth, 256 * 1024);
    const requests = (name: string): autocannon.Request[] => {
      const sized = /^syncSlot (\d+) KB$/.exec(name);
      if (name === "getSlot 256 KB") return [{ method: "GET", path: bigSave.slotPath, headers: bigSave.headers }];
      if (sized && sized[1] !== "4") return [syncRequest(side.player, Number(sized[1]) * 1024)];
      return SCENARIOS.find((s) => s.name === name)!.requests(side);
    };
    const echoes = new Map<number, autocannon.Request[]>();
    for (const kb of new Set(TARGETS.map((t) => t.echoKb))) echoes.set(kb, [{ method: "POST", path: "/echo", headers: { "content-type": "application/json" }, body: JSON.stringify(payload(kb * 1024)) }]);
    const chosen = TARGETS.filter((t) => o.only.length === 0 || o.only.some((prefix) => t.scenario.toLowerCase().startsWith(prefix.toLowerCase())));
    console.log(`each scenario against the Express echo of its size, ${o.rounds} rounds of ${o.duration} s, ${o.connections} connections, alternating which goes first`);
    const rows: string[] = [];
    for (const t of chosen) {
      const measured: number[] = [];
      const pair = { server: [] as number[], echo: [] as number[] };
      for (let round = 0; round < o.rounds; round++) {
        const run = async (target: Running, reqs: autocannon.Request[]) =>
          (await load(t.scenario, target, reqs, { connections: o.connections, duration: o.duration, warmup: round === 0, quiet: true })).requestsPerSecond;
        let s: number;
        let e: number;
        if (round % 2) {
          e = await run(echo, echoes.get(t.echoKb)!);
          s = await run(server, requests(t.scenario));
        } else {
          s = await run(server, requests(t.scenario));
          e = await run(echo, echoes.get(t.echoKb)!);
        }
        pair.server.push(s);
        pair.echo.push(e);
        measured.push(s / e);
      }
      const ratio = median(measured);
      const row = `| ${t.scenario} | ${median(pair.server)} | echo ${t.echoKb} KB: ${median(pair.echo)} | ${ratio.toFixed(2)} (${Math.min(...measured).toFixed(2)}–${Math.max(...measured).toFixed(2)}) | ${t.target} ${ratio >= t.target ? "met" : "not met"} |`;
      console.log(row);
      rows.push(row);
    }
    console.log(`\n| scenario | req/s | Express echo req/s | ratio, median of pairs (range) | target |\n|---|---:|---:|---:|---|\n${rows.join("\n")}`);
  } finally {
    await stop(server);
    await stop(echo);
  }
}
