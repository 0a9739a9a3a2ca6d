// The breaking-change gate: each spec against its released baseline in spec/baseline/ (api-smart-diff
// classifies every change). A breaking change fails unless the spec's major version moved on, per the
// versioning policy (docs/guides/deprecation-and-versioning.md).
//   node scripts/spec-diff.mjs            check (npm run check)
//   node scripts/spec-diff.mjs --release  make the current specs the released baseline (npm run release:spec)
import { apiCompare } from "api-smart-diff";
import { copyFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const SPECS = ["openapi.sdk.json", "openapi.server.json"];
const BASELINE = join("spec", "baseline");
const read = (file) => JSON.parse(readFileSync(file, "utf8"));
const major = (spec) => Number(String(spec.info.version).split(".")[0]);
const where = (path) => path.map((p) => String(p).replace(/~/g, "~0").replace(/\//g, "~1")).join("/");
const shown = (value) => (value === undefined ? "" : JSON.stringify(value).slice(0, 80));

if (process.argv.includes("--release")) {
  mkdirSync(BASELINE, { recursive: true });
  for (const name of SPECS) copyFileSync(join("spec", name), join(BASELINE, name));
  console.log(`released: ${SPECS.map((n) => join("spec", n)).join(", ")} → ${BASELINE}/`);
  process.exit(0);
}

let failed = false;
for (const name of SPECS) {
  const baselineFile = join(BASELINE, name);
  if (!existsSync(baselineFile)) {
    console.error(`${name}: no released baseline at ${baselineFile} (npm run release:spec makes one)`);
    failed = true;
    continue;
  }
  const before = read(baselineFile);
  const after = read(join("spec", name));
  const { diffs } = apiCompare(before, after);
  const breaking = diffs.filter((d) => d.type === "breaking");
  const tally = diffs.reduce((t, d) => ({ ...t, [d.type]: (t[d.type] ?? 0) + 1 }), {});
  const counts = Object.entries(tally).map(([type, n]) => `${n} ${type}`).join(", ") || "no changes";
  if (breaking.length && major(after) <= major(before)) {
    failed = true;
    console.error(`spec/${name}: ${breaking.length} breaking change(s) against ${baselineFile} (version ${before.info.version} → ${after.info.version}):`);
    for (const d of breaking) {
      const change = d.action === "replace" ? `${shown(d.before)} → ${shown(d.after)}` : shown(d.action === "remove" ? d.before : d.after);
      console.error(`  - ${d.action} #/${where(d.path)}${change ? `: ${change}` : ""}${d.description ? ` (${d.description})` : ""}`);
    }
    console.error("  A breaking change needs a new major version (a new /v2 surface); deprecate instead, or revert.");
  } else {
    console.log(`spec/${name}: ${counts} against the released baseline${breaking.length ? ` (major version ${major(before)} → ${major(after)})` : ""}`);
  }
}
process.exit(failed ? 1 : 0);
