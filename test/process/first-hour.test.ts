// The first hour at the command line (#16), as a shell would see it: start-up on a busy port, bad
// settings, keys that show their environment, and the CLI's help, errors and read-only commands.
import { afterAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startProcess, type ServerProcess } from "../support/process.js";

const scratch = () => mkdtempSync(join(tmpdir(), "persistly-first-hour-"));

function persistly(db: string, ...args: string[]) {
  const run = spawnSync(process.execPath, ["scripts/persistly.mjs", ...args], { env: { ...process.env, PERSISTLY_DB: db }, encoding: "utf8" });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function startServer(env: Record<string, string>) {
  const run = spawnSync(process.execPath, ["build/main.mjs"], { env: { ...process.env, HOST: "127.0.0.1", ...env }, encoding: "utf8", timeout: 20_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const oneLine = (text: string) => text.trim().split("\n").length === 1 && !/\n\s+at /.test(text);

describe("start-up", () => {
  const running: ServerProcess[] = [];
  afterAll(() => running.forEach((p) => p.child.kill("SIGKILL")));

  it("a busy port is one clear line before anything is created, and later starts say how to issue a key", async () => {
    const dir = scratch();
    const first = await startProcess(join(dir, "a.db"));
    running.push(first);
    expect(first.runtimeKey).toMatch(/^pst_rt_development_/);
    const second = startServer({ PORT: String(first.port), PERSISTLY_DB: join(dir, "b.db") });
    expect(second.status).toBe(1);
    expect(second.stderr).toMatch(new RegExp(`port ${first.port} .*already in use`));
    expect(oneLine(second.stderr)).toBe(true);
    expect(second.stdout, "no keys printed for a database that was never created").not.toMatch(/pst_/);
    expect(existsSync(join(dir, "b.db"))).toBe(false);

    first.child.kill("SIGTERM");
    await first.exited;
    const again = await startProcess(join(dir, "a.db"));
    running.push(again);
    expect(again.runtimeKey).toBe("");
    const hint = again.logs.find((l) => String(l.msg).startsWith("Keys are shown only when issued"));
    expect(hint.msg).toContain(`PERSISTLY_DB=${join(dir, "a.db")} npx persistly keys create --env development --kind runtime`);
  }, 30_000);

  it.each([
    ["PORT", "abc", /PORT="abc": expected an integer from 0 to 65535/],
    ["PERSISTLY_LOG_LEVEL", "verbose", /PERSISTLY_LOG_LEVEL="verbose": expected one of fatal, error, warn, info, debug, trace, silent/],
    ["PERSISTLY_EXPLORER", "no", /PERSISTLY_EXPLORER="no": expected one of on, off/],
    ["PERSISTLY_LOG_FORMAT", "xml", /PERSISTLY_LOG_FORMAT="xml": expected one of json, pretty/],
    ["PERSISTLY_HEAP_GROWTH_PERCENT", "-5", /PERSISTLY_HEAP_GROWTH_PERCENT="-5": expected an integer from 0 to 1000/],
  ])("%s=%s is one line naming the variable and what it accepts, exit 2", (name, value, message) => {
    const dir = scratch();
    const run = startServer({ [name]: value, PERSISTLY_DB: join(dir, "x.db") });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(oneLine(run.stderr)).toBe(true);
    expect(readdirSync(dir)).toEqual([]);
  });
});

// Each test runs the CLI 5–10 times, about a second each (it loads the server's modules even for
// --help): well under a minute, but over the default 20 s on a machine busy with the other files.
describe("the CLI", { timeout: 60_000 }, () => {
  it("has help per command and per group, every line within 100 columns", () => {
    const db = join(scratch(), "h.db");
    for (const args of [["--help"], ["help"], ["keys", "create", "--help"], ["help", "keys"], ["keys"], ["doctor", "--help"]]) {
      const run = persistly(db, ...args);
      expect(run.status, args.join(" ")).toBe(0);
      expect(run.stdout.split("\n").filter((l) => l.length > 100), args.join(" ")).toEqual([]);
    }
    expect(persistly(db, "keys", "create", "--help").stdout).toMatch(/Usage: persistly keys create --env NAME --kind runtime\|server/);
    expect(persistly(db, "help", "keys").stdout).toMatch(/keys revoke KEY\|PREFIX\|ID/);
    expect(existsSync(db)).toBe(false);
  });

  it("bad usage is one line and exit 2, never a stack; with --json the error is JSON", () => {
    const db = join(scratch(), "u.db");
    persistly(db, "init");
    for (const args of [["env", "list", "--db", "x"], ["keys", "frobnicate"], ["frob"], ["keys", "create", "--env"], ["plan", "set", "platinum"]]) {
      const run = persistly(db, ...args);
      expect(run.status, args.join(" ")).toBe(2);
      expect(oneLine(run.stderr), `${args.join(" ")}: ${run.stderr}`).toBe(true);
    }
    expect(persistly(db, "env", "list", "--db", "x").stderr).toBe('persistly: unknown option --db for "env list"; see persistly env list --help\n');
    const json = persistly(db, "env", "list", "--db", "x", "--json");
    expect(JSON.parse(json.stderr)).toEqual({ error: { code: "usage", message: expect.stringContaining("unknown option --db") } });
  });

  it("read commands create nothing: no database, no folder, no workspace from a typo", () => {
    const dir = scratch();
    const db = join(dir, "nested", "r.db");
    for (const args of [["env", "list"], ["keys", "list", "--env", "development"], ["plan", "show"]]) {
      const run = persistly(db, ...args);
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(`no database at ${db}`);
    }
    expect(existsSync(join(dir, "nested"))).toBe(false);
    expect(persistly(db, "init").status).toBe(0);
    const typo = persistly(db, "env", "list", "--workspace", "defualt", "--json");
    expect([typo.status, JSON.parse(typo.stderr).error.message]).toEqual([1, 'no workspace named "defualt" (there is "default")']);
    expect(JSON.parse(persistly(db, "doctor", "--json").stdout)).toMatchObject({ ok: true, environments: [{ name: "development" }] });
    expect(persistly(db, "env", "list", "--workspace", "defualt").status).toBe(1);
  });

  it("says so when a result is empty or a file is missing", () => {
    const db = join(scratch(), "e.db");
    persistly(db, "init");
    persistly(db, "env", "create", "staging");
    expect(persistly(db, "keys", "list", "--env", "staging").stdout).toMatch(/No keys for "staging". Issue one: persistly keys create --env staging --kind runtime/);
    const missing = persistly(db, "import", "--env", "development", "nowhere.ndjson");
    expect([missing.status, missing.stderr]).toEqual([2, "persistly: no such file: nowhere.ndjson\n"]);
    expect(persistly(db, "config", "publish", "--env", "development", "nowhere.json").stderr).toBe("persistly: no such file: nowhere.json\n");
  });

  it("keys show their environment; revoke takes the full key or the prefix as listed, and says when it was already revoked", () => {
    const db = join(scratch(), "k.db");
    persistly(db, "init");
    persistly(db, "env", "create", "production");
    const issue = () => JSON.parse(persistly(db, "keys", "create", "--env", "production", "--kind", "server", "--json").stdout);
    const leaked = issue();
    expect(leaked.key).toMatch(/^pst_sk_production_[A-Za-z0-9_-]{43}$/);
    expect(leaked.prefix).toBe(leaked.key.slice(0, "pst_sk_production_".length + 6));
    expect(persistly(db, "keys", "revoke", leaked.key).stdout).toMatch(/^Revoked server key/);
    expect(persistly(db, "keys", "revoke", leaked.key).stdout).toMatch(/already revoked at .*; nothing changed/);
    const listed = issue();
    const line = persistly(db, "keys", "list", "--env", "production").stdout.split("\n").find((l) => l.startsWith(listed.id))!;
    expect(persistly(db, "keys", "revoke", line.split("\t")[2]).stdout).toMatch(/^Revoked server key/);
    const bad = persistly(db, "env", "create", "Prod Env");
    expect([bad.status, bad.stderr]).toEqual([1, expect.stringContaining("environment names are 1–24 lower-case letters")]);
  });

  it("sets an environment's browser origins, refusing what is not an origin", () => {
    const db = join(scratch(), "c.db");
    persistly(db, "init");
    const wrong = persistly(db, "cors", "allow", "--env", "development", "https://game.example/play");
    expect([wrong.status, wrong.stderr]).toEqual([1, 'persistly: "https://game.example/play" is not an origin: write scheme://host[:port] with no path, as https://game.example\n']);
    const allowed = JSON.parse(persistly(db, "cors", "allow", "--env", "development", "https://game.example", "http://localhost:5173", "--json").stdout);
    expect(allowed.allowedOrigins).toEqual(["https://game.example", "http://localhost:5173"]);
    expect(persistly(db, "cors", "remove", "--env", "development", "https://game.example").stdout).toMatch(/^Browser origins allowed for "development".*\n  http:\/\/localhost:5173\n$/s);
    expect(persistly(db, "cors", "list", "--env", "development").stdout).toContain("http://localhost:5173");
  });
});
