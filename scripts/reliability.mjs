#!/usr/bin/env node
// `npm run test:reliability [-- --long] [--seconds N] [--seed N]`: runs the reliability suite (crash
// safety, concurrency, fuzzing from the spec) and prints its summary. CI runs the bounded pass inside
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
const run = spawnSync(process.execPath, ["node_modules/vitest/vitest.mjs", "run", "test/reliability", "test/http/security.test.ts"], { env, stdio: "inherit" });

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
];
console.log("\n| measure | value | |\n|---|---:|---|");
for (const [name, value, note] of table) console.log(`| ${name} | ${value} | ${note} |`);
const failed = run.status !== 0 || total("lostWrites") > 0 || total("serverErrors") > 0 || total("nonConforming") > 0;
if (failed) console.log(`\nFAILED — replay with: npm run test:reliability -- --seed ${seed}${values.long ? " --long" : ""}`);
process.exit(failed ? 1 : 0);
