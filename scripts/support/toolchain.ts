// What the generator matrix and the conformance run share: a cache for downloaded toolchains (the jar
// from Maven Central, Python virtual environments from pinned requirements) and a live server on a
// fresh database, set up through the CLI as an operator would.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { serverEnv, start } from "../bench/measure.js";

export const ROOT = resolve(import.meta.dirname, "../..");
export const CACHE = join(process.env.XDG_CACHE_HOME ?? join(homedir(), ".cache"), "persistly-matrix");

/** A jar from Maven Central, downloaded once into the cache and checked against its pinned SHA-256. */
export function mavenJar(path: string, sha256: string): string {
  const file = join(CACHE, "jars", path.split("/").pop()!);
  const sha = (at: string) => createHash("sha256").update(readFileSync(at)).digest("hex");
  if (!existsSync(file) || sha(file) !== sha256) {
    mkdirSync(join(CACHE, "jars"), { recursive: true });
    execFileSync("curl", ["-fsSL", "--retry", "3", "-o", file, `https://repo.maven.apache.org/maven2/${path}`], { stdio: "inherit" });
    if (sha(file) !== sha256) throw new Error(`${file} does not have the pinned SHA-256`);
  }
  return file;
}

/** The Python of a virtual environment with `requirements` installed, kept while that file stays the same. */
export function venvPython(requirements: string): string {
  const pinned = readFileSync(requirements, "utf8");
  const venv = join(CACHE, `venv-${createHash("sha256").update(pinned).digest("hex").slice(0, 12)}`);
  const python = join(venv, "bin/python");
  if (!existsSync(join(venv, ".complete"))) {
    rmSync(venv, { recursive: true, force: true });
    execFileSync("python3", ["-m", "venv", venv], { stdio: "inherit" });
    execFileSync(python, ["-m", "pip", "install", "--quiet", "--disable-pip-version-check", "-r", requirements], { stdio: "inherit" });
    writeFileSync(join(venv, ".complete"), "");
  }
  return python;
}

/**
 * A server (the built bundle) on a fresh database, set up by the CLI: `init` gives its keys, then
 * `setup` runs more CLI commands (a plan, a member) before it starts.
 */
export async function liveServer(setup: (cli: (args: string[], stdin?: string) => string) => void = () => {}) {
  execFileSync(process.execPath, ["scripts/build-server.mjs"], { cwd: ROOT, stdio: "ignore" });
  const db = join(mkdtempSync(join(tmpdir(), "persistly-live-")), "live.db");
  const cli = (args: string[], input?: string) =>
    execFileSync(process.execPath, [join(ROOT, "build/persistly.mjs"), ...args], { env: { ...process.env, PERSISTLY_DB: db }, encoding: "utf8", input });
  const { runtimeKey, serverKey } = JSON.parse(cli(["init", "--json"])) as { runtimeKey: string; serverKey: string };
  setup(cli);
  const running = await start([join(ROOT, "build/main.mjs")], serverEnv({ PERSISTLY_DB: db, NODE_ENV: "development" }));
  return { running, url: `http://127.0.0.1:${running.port}`, runtimeKey, serverKey };
}
