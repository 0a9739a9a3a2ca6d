// The breaking-change gate: each spec against its released baseline in spec/baseline/ (api-smart-diff
// classifies every change). A breaking change fails unless the spec's major version moved on, per the
// versioning policy (docs/guides/deprecation-and-versioning.md).
//   node scripts/spec-diff.mjs            check (npm run check)
//   node scripts/spec-diff.mjs --release  make the current specs the released baseline (npm run release:spec)
import { apiCompare } from "api-smart-diff";
import { copyFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const SPECS = ["openapi.sdk.json", "openapi.server.json"];
// Security fixes that had to tighten the contract within a major version, each with its reason.
const EXCEPTIONS = JSON.parse(readFileSync(join("spec", "breaking-exceptions.json"), "utf8")).exceptions;
// A new error code for a new situation is additive (the versioning policy): clients handle codes they do not know.
// Error unions are named anyOf schemas (members told apart by error.code); the diff sees them inlined at each response.
const NEW_ERROR_VARIANT = /^paths\/.+\/responses\/[45]\d\d\/content\/application~1json\/schema\/(oneOf|anyOf)\/\d+$/;
// Request bodies are closed (additionalProperties: false): an old client still sending a removed property is
// refused, so the removal breaks it, whatever the generic classifier says (server/contract/diff.ts agrees).
const REMOVED_REQUEST_PROPERTY = /^paths\/.+\/requestBody\/content\/[^/]+\/schema(\/.+)?\/properties\/[^/]+$/;
// Prose is not contract: api-smart-diff calls a response's new description breaking (the field is required
// there), but no client reads it. Rewording one is an annotation.
const DESCRIPTION = /\/description$/;
// The wire is the paths: the diff resolves every reference there, so a change to what a path sends or
// answers shows under the path. A component's own entry (renamed, split, merged) is how the document is
// organised, not what crosses the wire; security schemes are contract and stay classified.
const COMPONENT = /^components\/(schemas|responses|parameters|headers|examples|requestBodies)\//;
const BASELINE = join("spec", "baseline");
// Spellings that accept exactly the same JSON are one contract: a `type` listing all six JSON types says
// nothing (no `type` says the same, and is what generators understand), nor do `additionalProperties: true`
// and `items: true`, the defaults. Both sides are compared with these left out.
const ANY_TYPE = ["array", "boolean", "null", "number", "object", "string"];
const NAMES = new Set(["properties", "patternProperties", "schemas", "paths", "responses", "headers", "parameters", "examples", "content"]);
const sameJson = (node, names = false) => {
  if (Array.isArray(node)) return node.map((item) => sameJson(item));
  if (!node || typeof node !== "object") return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (!names && key === "type" && Array.isArray(value) && ANY_TYPE.every((t) => value.includes(t))) continue;
    if (!names && (key === "additionalProperties" || key === "items") && value === true) continue;
    out[key] = sameJson(value, !names && NAMES.has(key));
  }
  return out;
};
const read = (file) => JSON.parse(readFileSync(file, "utf8"));
const major = (spec) => Number(String(spec.info.version).split(".")[0]);
const where = (path) => path.map((p) => String(p).replace(/~/g, "~0").replace(/\//g, "~1")).join("/");
/** What a client can now send or be answered: a new path, operation, response, parameter or property. */
const additions = (diffs) => diffs.filter((d) => d.action === "add" && d.type === "non-breaking" && /^paths\//.test(where(d.path)));
const shown = (value) => (value === undefined ? "" : JSON.stringify(value).slice(0, 80));

if (process.argv.includes("--release")) {
  mkdirSync(BASELINE, { recursive: true });
  for (const name of SPECS) copyFileSync(join("spec", name), join(BASELINE, name));
  console.log(`released: ${SPECS.map((n) => join("spec", n)).join(", ")} → ${BASELINE}/`);
  // Every release of the contract has its entry in CHANGELOG.md (test/docs/versions.test.ts checks it too).
  const versions = [...new Set(SPECS.map((n) => read(join("spec", n)).info.version))];
  const changelog = existsSync("CHANGELOG.md") ? readFileSync("CHANGELOG.md", "utf8") : "";
  const missing = versions.filter((v) => !new RegExp(`^## .*\\b${v.replace(/\./g, "\\.")}\\b`, "m").test(changelog));
  if (missing.length) console.log(`Now add ${missing.map((v) => `API ${v}`).join(", ")} to CHANGELOG.md: what changed for integrators and tools.`);
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
  const before = sameJson(read(baselineFile));
  const after = sameJson(read(join("spec", name)));
  const diffs = apiCompare(before, after).diffs.map((d) => {
    if (d.action === "remove" && REMOVED_REQUEST_PROPERTY.test(where(d.path))) return { ...d, type: "breaking" };
    if (d.action === "replace" && DESCRIPTION.test(where(d.path))) return { ...d, type: "annotation" };
    if (COMPONENT.test(where(d.path))) return { ...d, type: "annotation" };
    return d;
  });
  const excepted = (d) => EXCEPTIONS.find((e) => e.spec === name && new RegExp(e.match).test(where(d.path)));
  const additive = (d) => d.action === "add" && NEW_ERROR_VARIANT.test(where(d.path));
  const allowed = diffs.filter((d) => d.type === "breaking" && (excepted(d) || additive(d)));
  for (const e of new Set(allowed.map(excepted).filter(Boolean))) {
    console.log(`spec/${name}: let through by spec/breaking-exceptions.json (${e.since}): ${e.reason}`);
  }
  const breaking = diffs.filter((d) => d.type === "breaking" && !allowed.includes(d));
  const kind = (d) => (allowed.includes(d) ? "breaking let through" : d.type);
  const tally = diffs.reduce((t, d) => ({ ...t, [kind(d)]: (t[kind(d)] ?? 0) + 1 }), {});
  const counts = Object.entries(tally).map(([type, n]) => `${n} ${type}`).join(", ") || "no changes";
  if (breaking.length && major(after) <= major(before)) {
    failed = true;
    console.error(`spec/${name}: ${breaking.length} breaking change(s) against ${baselineFile} (version ${before.info.version} → ${after.info.version}):`);
    for (const d of breaking) {
      const change = d.action === "replace" ? `${shown(d.before)} → ${shown(d.after)}` : shown(d.action === "remove" ? d.before : d.after);
      console.error(`  - ${d.action} #/${where(d.path)}${change ? `: ${change}` : ""}${d.description ? ` (${d.description})` : ""}`);
    }
    console.error("  A breaking change needs a new major version (a new /v2 surface); deprecate instead, or revert.");
  } else if (additions(diffs).length && after.info.version === before.info.version) {
    // A tool that caches the spec by its version would never see what was added (info.version said
    // 1.2.0 for 29 new paths once): an addition moves the version on, to the next minor until it ships.
    failed = true;
    console.error(`spec/${name}: ${additions(diffs).length} addition(s) against ${baselineFile}, but info.version is still ${after.info.version}: move it to the next minor version (docs/guides/deprecation-and-versioning.md, releasing the contract)`);
  } else {
    console.log(`spec/${name}: ${counts} against the released baseline${breaking.length ? ` (major version ${major(before)} → ${major(after)})` : ""}`);
  }
}
process.exit(failed ? 1 : 0);
