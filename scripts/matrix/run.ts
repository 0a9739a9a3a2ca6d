// `npm run matrix [-- --only LANGUAGE|GENERATOR]`: generates a client from a published spec with each
// generator of generators.ts, compiles it, and runs its smoke scenario against a live server (create an
// account, sync, the typed 409 conflict with its branches, quick-join through the typed 202, an error's
// `code`). Results go to build/matrix/results.json; `--docs` writes them into the table of
// docs/guides/sdk-authors.md, and `--check-docs` fails when that table says something else.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { stop } from "../bench/measure.js";
import { liveServer, mavenJar, ROOT, venvPython } from "../support/toolchain.js";
import { ENTRIES, JAVA_RUNTIME, KOTLIN_COMPILER, KOTLIN_RUNTIME, OPENAPI_GENERATOR, type Entry, type Toolchain } from "./generators.js";

const { values } = parseArgs({ options: { only: { type: "string", multiple: true, default: [] }, docs: { type: "boolean" }, "check-docs": { type: "boolean" } } });
const OUT = join(ROOT, "build/matrix");
const GUIDE = join(ROOT, "docs/guides/sdk-authors.md");

export interface Outcome {
  language: string; generator: string; version: string; spec: string; generated: boolean; compiled: boolean | null;
  /** null where the entry has no smoke scenario (nothing here can run one). */
  smoke: boolean | null;
  note?: string;
  /** Whether the client hands back quickJoinLobby's 202 body typed (LobbyForming), as its smoke reported; null where the spec has none. */
  typed202: boolean | null;
  failure?: string;
}

const jar = () => {
  const v = OPENAPI_GENERATOR.version;
  return mavenJar(`org/openapitools/openapi-generator-cli/${v}/openapi-generator-cli-${v}.jar`, OPENAPI_GENERATOR.sha256);
};

const execute = promisify(execFile);

async function run(commands: string[][], cwd: string, env: Record<string, string>): Promise<string> {
  let printed = "";
  for (const [program, ...args] of commands) {
    try {
      printed += (await execute(program, args, { cwd, env: { ...process.env, ...env }, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 })).stdout;
    } catch (error) {
      const failed = error as { stdout?: string; stderr?: string; code?: number | string };
      const output = `${failed.stdout ?? ""}${failed.stderr ?? ""}`.trim().split("\n").slice(-15).join("\n");
      throw new Error(`${[program, ...args].join(" ")} failed (${failed.code}):\n${output}`);
    }
  }
  return printed;
}

/** A server on a fresh database; its runtime and server keys come from `init`. */
async function server() {
  const { running, url, runtimeKey, serverKey } = await liveServer();
  return { running, env: { PERSISTLY_URL: url, PERSISTLY_RUNTIME_KEY: runtimeKey, PERSISTLY_SERVER_KEY: serverKey } };
}

async function entry(e: Entry, tools: Toolchain, env: Record<string, string>): Promise<Outcome> {
  const outcome: Outcome = { language: e.language, generator: e.generator, version: e.version, spec: e.spec, generated: false, compiled: e.compile ? false : null, smoke: e.smoke ? false : null, typed202: null, ...(e.note ? { note: e.note } : {}) };
  const dir = join(OUT, `${e.language}-${e.generator}-${e.spec}`.toLowerCase().replace(/[^a-z0-9]+/g, "-"));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const own = { ...env, ...e.env?.(dir), PERSISTLY_SMOKE_RUN: randomBytes(4).toString("hex") };
  try {
    await run(e.generate(join(ROOT, `spec/openapi.${e.spec}.json`), tools), dir, own);
    outcome.generated = true;
    if (e.compile) {
      await run(e.compile(tools), dir, own);
      outcome.compiled = true;
    }
    if (e.smoke) {
      const said = await run(e.smoke(tools, join(import.meta.dirname, "smoke")), dir, own);
      // A smoke of a spec with the 202 says how its client handed it back: "202: typed" or "202: status only".
      const the202 = /^202: (typed|status only)$/m.exec(said)?.[1];
      outcome.typed202 = the202 === undefined ? null : the202 === "typed";
      outcome.smoke = true;
    }
  } catch (error) {
    outcome.failure = (error as Error).message;
  }
  return outcome;
}

const mark = (value: boolean | null) => (value === null ? "—" : value ? "✓" : "✗");

/** The guide's table: one row per entry, as the matrix found it. */
export const table = (outcomes: Outcome[]) => [
  "| Language | Generator | Version | Spec | Generated | Compiled | Smoke passed | 202 typed | Note |",
  "|---|---|---|---|:-:|:-:|:-:|:-:|---|",
  ...outcomes.map((o) => `| ${o.language} | ${o.generator} | ${o.version} | ${o.spec} | ${mark(o.generated)} | ${mark(o.compiled)} | ${mark(o.smoke)} | ${o.typed202 === false ? "status only" : mark(o.typed202)} | ${o.note ?? ""} |`),
].join("\n");

const BEGIN = "<!-- matrix:begin (written by npm run matrix -- --docs) -->";
const END = "<!-- matrix:end -->";
const guideTable = () => {
  const text = readFileSync(GUIDE, "utf8");
  return { text, start: text.indexOf(BEGIN), end: text.indexOf(END) };
};

async function main() {
  const chosen = ENTRIES.filter((e) => values.only.length === 0 || values.only.some((o) => `${e.language} ${e.generator} ${e.spec}`.toLowerCase().includes(o.toLowerCase())));
  const classpath = (jars: Array<[string, string]>) => jars.map(([path, sha]) => mavenJar(path, sha)).join(":");
  const tools: Toolchain = {
    jar: jar(), python: venvPython(join(import.meta.dirname, "requirements.txt")),
    javaClasspath: classpath(JAVA_RUNTIME), kotlinCompiler: classpath(KOTLIN_COMPILER), kotlinClasspath: classpath(KOTLIN_RUNTIME),
  };
  mkdirSync(OUT, { recursive: true });
  const { running, env } = await server();
  const outcomes: Outcome[] = new Array(chosen.length);
  // Entries run two at a time (this machine has two cores; a generator is mostly one JVM or one compiler).
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < chosen.length; i = next++) {
      const e = chosen[i];
      const started = Date.now();
      outcomes[i] = await entry(e, tools, env);
      const o = outcomes[i];
      console.log(`${o.failure ? "FAIL" : "pass"}  ${e.language} / ${e.generator} ${e.version} / ${e.spec}  (${((Date.now() - started) / 1000).toFixed(1)} s)${o.failure ? `\n${o.failure}` : ""}`);
    }
  };
  try {
    await Promise.all([worker(), worker()]);
  } finally {
    await stop(running);
  }
  writeFileSync(join(OUT, "results.json"), `${JSON.stringify(outcomes, null, 2)}\n`);
  const { text, start: from, end } = guideTable();
  const written = text.slice(from + BEGIN.length, end).trim();
  if (values.docs) writeFileSync(GUIDE, `${text.slice(0, from + BEGIN.length)}\n${table(outcomes)}\n${text.slice(end)}`);
  else if (values["check-docs"] && values.only.length === 0 && written !== table(outcomes)) {
    console.error(`${GUIDE}: its table is not what the matrix found; run npm run matrix -- --docs`);
    process.exitCode = 1;
  }
  if (outcomes.some((o) => o.failure)) process.exitCode = 1;
}

await main();
