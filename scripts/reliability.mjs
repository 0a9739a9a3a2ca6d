#!/usr/bin/env node
// `npm run test:reliability [-- --long] [--seconds N] [--seed N]`: runs the reliability suite (crash
// safety, concurrency, fuzzing from the spec, the attack classes found so far, and the process-level
// ones: a busy SQLite writer, Redis outages, the quota across processes) and prints its summary. CI runs the bounded pass inside
// `npm test`; the long mode runs for as long as asked with a random seed (printed, to replay a failure).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({ options: { long: { type: "boolean", default: false }, seconds: { type: "string" }, seed: { type: "string" } } });
const reportFile = join(mkdtempSync(join(tmpdir(), "persistly-reliability-")), "report.ndjson");
const seed = values.seed ?? String(values.long ? Date.now() % 2 ** 31 : 42);
const env = {
  ...process.env,
  PERSISTLY_RELIABILITY_REPORT: reportFile,
  PERSISTLY_RELIABILITY_SEED: seed,
  ...(values.long ? { PERSISTLY_RELIABILITY_LONG: "1", PERSISTLY_RELIABILITY_SECONDS: values.seconds ?? "300" } : {}),
};
console.log(`reliability: seed ${seed}${values.long ? `, long mode, ${env.PERSISTLY_RELIABILITY_SECONDS} s` : ""}`);
const files = [
  "test/reliability", "test/http/security.test.ts", "test/http/bad-input.test.ts", "test/process/redis.test.ts", "test/process/workers.test.ts",
  // The classes of #34: sign-in outrun, invariants under races, code guesses locking everyone out.
  "test/http/admin/session.test.ts", "test/http/races.test.ts", "test/http/limits.test.ts",
];
const run = spawnSync(process.execPath, ["node_modules/vitest/vitest.mjs", "run", ...files], { env, stdio: "inherit" });

const rows = existsSync(reportFile) ? readFileSync(reportFile, "utf8").trim().split("\n").filter(Boolean).map((l) => JSON.parse(l)) : [];
const total = (key) => rows.reduce((sum, r) => sum + (r[key] ?? 0), 0);
const table = [
  ["load held (requests)", total("requests"), ""],
  ["faults injected (kill -9)", total("faults"), ""],
  ["inputs tried (fuzzing)", total("inputs"), ""],
  ["acknowledged writes checked", total("acknowledgedWrites"), ""],
  ["acknowledged writes lost", total("lostWrites"), "must be 0"],
  ["5xx seen", total("serverErrors"), "must be 0"],
  ["non-conforming responses", total("nonConforming"), "must be 0"],
  ["attack classes tried", new Set(rows.filter((r) => r.attackClass).map((r) => r.attackClass)).size, ""],
  ["attacks tried", total("attacks"), ""],
  ["attacks that got through", total("breaches"), "must be 0"],
];
console.log("\n| measure | value | |\n|---|---:|---|");
for (const [name, value, note] of table) console.log(`| ${name} | ${value} | ${note} |`);
const classes = new Map();
for (const r of rows.filter((row) => row.attackClass)) {
  const c = classes.get(r.attackClass) ?? { attacks: 0, breaches: 0 };
  classes.set(r.attackClass, { attacks: c.attacks + r.attacks, breaches: c.breaches + r.breaches });
}
console.log("\n| attack class | tried | got through |\n|---|---:|---:|");
for (const [name, c] of classes) console.log(`| ${name} | ${c.attacks} | ${c.breaches} |`);
const failed = run.status !== 0 || total("lostWrites") > 0 || total("serverErrors") > 0 || total("nonConforming") > 0 || total("breaches") > 0;
if (failed) console.log(`\nFAILED — replay with: npm run test:reliability -- --seed ${seed}${values.long ? " --long" : ""}`);
process.exit(failed ? 1 : 0);
