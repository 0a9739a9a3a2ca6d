// `npm run conformance [-- --only sdk|server|admin]`: Schemathesis (pinned in requirements.txt) against
// a live server, for each published spec, with every phase and check (schemathesis.toml, hooks.py). The
// server runs on the enterprise plan (the run is thousands of requests a minute), with an account for
// the SDK surface, another for the server surface, and an owner signed in for the admin surface.
import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { stop } from "../bench/measure.js";
import { liveServer, ROOT, venvPython } from "../support/toolchain.js";

const { values } = parseArgs({ options: { only: { type: "string", multiple: true, default: [] } } });
const SPECS = ["sdk", "server", "admin"].filter((s) => values.only.length === 0 || values.only.includes(s));
const HERE = import.meta.dirname;
const OWNER = { email: "conformance@persistly.example", password: `conformance-${randomUUID()}` };
/** Sessions for the admin run: half it takes turns with, half for the signOuts it sends (hooks.py). */
const ADMIN_SESSIONS = 60;

async function call(url: string, path: string, init: RequestInit & { json?: unknown }) {
  const headers = new Headers(init.headers);
  if (init.json !== undefined) headers.set("Content-Type", "application/json");
  const res = await fetch(url + path, { ...init, headers, body: init.json === undefined ? init.body : JSON.stringify(init.json) });
  if (!res.ok) throw new Error(`${init.method ?? "GET"} ${path}: ${res.status} ${await res.text()}`);
  return { body: (await res.json()) as any, headers: res.headers };
}

async function main() {
  const schemathesis = join(venvPython(join(HERE, "requirements.txt")), "../schemathesis");
  const server = await liveServer((cli) => {
    cli(["plan", "set", "enterprise"]);
    cli(["members", "create", "--studio", "default", "--email", OWNER.email, "--role", "owner", "--password-stdin"], `${OWNER.password}\n`);
  });
  const failed: string[] = [];
  try {
    const account = async () => (await call(server.url, "/sdk/v1/accounts", { method: "POST", headers: { Authorization: `Bearer ${server.runtimeKey}` }, json: { idempotencyKey: randomUUID() } })).body;
    const player = await account();
    const other = await account();
    const erasable = [];
    for (let i = 0; i < 20; i++) erasable.push((await account()).accountId);
    const sessions = [];
    for (let i = 0; i < ADMIN_SESSIONS; i++) {
      const signedIn = await call(server.url, "/admin/v1/session", { method: "POST", json: OWNER });
      sessions.push({ cookie: /persistly_admin=([^;]+)/.exec(signedIn.headers.get("set-cookie") ?? "")![1], csrfToken: signedIn.body.csrfToken });
    }
    const auth = { headers: { Cookie: `persistly_admin=${sessions[0].cookie}` } };
    const studioId = (await call(server.url, "/admin/v1/session", auth)).body.studios[0].studioId;
    const gameId = (await call(server.url, `/admin/v1/studios/${studioId}/games`, auth)).body.games[0].gameId;
    const env = {
      ...process.env,
      SCHEMATHESIS_HOOKS: "hooks",
      PYTHONPATH: HERE,
      PERSISTLY_SPEC_DIR: join(ROOT, "spec"),
      PERSISTLY_RUNTIME_KEY: server.runtimeKey, PERSISTLY_SERVER_KEY: server.serverKey,
      PERSISTLY_ACCOUNT_ID: player.accountId, PERSISTLY_ACCOUNT_SESSION: player.accountSessionToken,
      PERSISTLY_SERVER_ACCOUNT_ID: other.accountId, PERSISTLY_ERASABLE_ACCOUNTS: JSON.stringify(erasable),
      PERSISTLY_STUDIO_ID: studioId, PERSISTLY_GAME_ID: gameId, PERSISTLY_ADMIN_SESSIONS: JSON.stringify(sessions),
    };
    for (const spec of SPECS) {
      const started = Date.now();
      const run = spawnSync(schemathesis, ["--config-file", join(HERE, "schemathesis.toml"), "run", join(ROOT, `spec/openapi.${spec}.json`), "--url", server.url, "--no-color"],
        { env, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
      const summary = (run.stdout ?? "").split("\n").filter((line) => /^(Failures:|  ❌|  ⚠️|Test cases:|  \d+ generated|=+ .* =+$)/u.test(line));
      console.log(`${run.status === 0 ? "pass" : "FAIL"}  ${spec}  (${((Date.now() - started) / 1000).toFixed(1)} s)\n${summary.join("\n")}`);
      if (run.status !== 0) {
        failed.push(spec);
        console.log(run.stdout, run.stderr);
      }
    }
  } finally {
    await stop(server.running);
  }
  if (failed.length) {
    console.error(`conformance: Schemathesis found failures in ${failed.join(", ")}`);
    process.exitCode = 1;
  }
}

await main();
