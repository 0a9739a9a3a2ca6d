// `persistly contract verify` against live servers: a conforming one passes (twice on the same
// environment, and with --allow-destructive), one whose handlers drifted fails naming the exchange, a
// 429 is waited out, and the report, the JUnit file and the exit codes are what CI reads.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { spawn, spawnSync } from "node:child_process";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startServer, type TestServer } from "../support/helpers.js";
import { retryAfterSeconds, verify, type ExchangeResult } from "../../server/contract/verify.js";
import { junit, resultLine } from "../../server/contract/report.js";
import { bodyDifferences } from "../../server/contract/bodyDiff.js";

/** Changes an answer on its way out, or answers in the server's place (true). */
type Breakage = (req: IncomingMessage, res: ServerResponse) => boolean | void;

/** The server behind a plain HTTP listener that can break its answers on the way out, as a drifted deployment would. */
async function serve(server: TestServer, breakage?: Breakage) {
  const http = createServer((req, res) => {
    if (!breakage?.(req, res)) server.app(req, res);
  });
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  return {
    origin: `http://127.0.0.1:${(http.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => (http.closeAllConnections(), http.close(() => resolve()))),
  };
}

/** Rewrites the text of a JSON answer to requests that match. */
const rewriteBody = (matches: (req: IncomingMessage) => boolean, rewrite: (text: string) => string): Breakage => (req, res) => {
  if (!matches(req)) return;
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  res.end = ((chunk: unknown, ...rest: unknown[]) => {
    if (typeof chunk === "string" || Buffer.isBuffer(chunk)) {
      const text = rewrite(chunk.toString());
      if (!res.headersSent) res.setHeader("Content-Length", Buffer.byteLength(text));
      return end(text, ...rest);
    }
    return end(chunk, ...rest);
  }) as ServerResponse["end"];
};

const dropHeader = (matches: (req: IncomingMessage) => boolean, name: string): Breakage => (req, res) => {
  if (!matches(req)) return;
  const setHeader = res.setHeader.bind(res);
  res.setHeader = ((header: string, value: never) => (header.toLowerCase() === name ? res : setHeader(header, value))) as ServerResponse["setHeader"];
};

const getMainSlot = (req: IncomingMessage) => req.method === "GET" && /\/sdk\/v1\/accounts\/[^/]+\/slots\/main$/.test(req.url ?? "");
const failed = (results: ExchangeResult[]) => results.filter((r) => r.outcome === "failed");
// A test server's budgets fit a test, not the pages' one-off walk: the guesses at transfer codes per address among them.
const SETTINGS = { transferCodeConsumePerAddressPerMinute: 1000 };

describe("persistly contract verify", () => {
  // Each test on a server of its own: a run spends about half a minute's budget of writes per key.
  let server: TestServer;
  let live: Awaited<ReturnType<typeof serve>>;
  const keys = () => ({ runtimeKey: server.runtimeKey, serverKey: server.serverKey });

  beforeEach(async () => {
    server = await startServer({ now: () => new Date(), settings: SETTINGS });
    live = await serve(server);
  });
  afterEach(async () => {
    await live.close();
    await server.app.stop();
  });

  it("passes against a conforming server, again on the same environment, and skips what is not safe there", async () => {
    for (const run of [1, 2]) {
      const results = await verify({ baseUrl: live.origin, ...keys() });
      expect(failed(results).map(resultLine), `run ${run}`).toEqual([]);
      const passed = results.filter((r) => r.outcome === "passed").map((r) => `${r.operation} ${r.example}`);
      expect(passed).toEqual(expect.arrayContaining(["createAccount withFirstSlot", "syncSlot conflict", "findAccounts byPlayerRef", "quickJoinLobby forming", "listLobbies squads"]));
      const skipped = new Map(results.filter((r) => r.outcome === "skipped").map((r) => [`${r.operation} ${r.example}`, r.reason]));
      expect(skipped.get("eraseAccount erased")).toMatch(/--allow-destructive/);
      expect(skipped.get("publishGameConfig first")).toMatch(/--allow-destructive/);
      expect(skipped.get("getAccount erased")).toMatch(/relies on eraseAccount erased/);
      expect(skipped.get("signIn owner")).toMatch(/operator/);
      expect(skipped.get("purchaseOffer potions")).toMatch(/operator/);
    }
  });

  it("with --allow-destructive also publishes config, imports and erases its own accounts", async () => {
    const results = await verify({ baseUrl: live.origin, ...keys(), allowDestructive: true });
    expect(failed(results).map(resultLine)).toEqual([]);
    const passed = results.filter((r) => r.outcome === "passed").map((r) => `${r.operation} ${r.example}`);
    expect(passed).toEqual(expect.arrayContaining(["publishGameConfig reusedKey", "importAccounts batch", "eraseAccount erased", "getAccount erased"]));
  });

  it("without a server key skips the server surface and what relies on it", async () => {
    const results = await verify({ baseUrl: live.origin, runtimeKey: server.runtimeKey });
    expect(failed(results).map(resultLine)).toEqual([]);
    const reasons = Object.fromEntries(results.map((r) => [`${r.operation} ${r.example}`, r.reason]));
    expect(reasons["findAccounts byPlayerRef"]).toMatch(/--server-key/);
    expect(reasons["getMatchAssignment assigned"]).toMatch(/relies on pushMatch duel/);
    expect(reasons["getSlot main"]).toBeUndefined();
  });

  it("--only reports the chosen operations, the steps before them run to set the state up", async () => {
    const results = await verify({ baseUrl: live.origin, ...keys(), only: ["syncSlot", "lobbies"] });
    expect(new Set(results.map((r) => r.operation))).toEqual(new Set(["syncSlot", "createLobby", "joinLobbyByCode", "getLobby", "updateLobby", "heartbeatLobby", "startLobby", "leaveLobby", "listLobbies", "joinLobby", "quickJoinLobby", "getMatchAssignment"]));
    expect(failed(results)).toEqual([]);
  });
});

describe("persistly contract verify against a server whose handlers drifted", () => {
  async function verifyBroken(breakage: Breakage, only?: string[]) {
    const server = await startServer({ now: () => new Date(), settings: SETTINGS });
    const live = await serve(server, breakage);
    try {
      return await verify({ baseUrl: live.origin, runtimeKey: server.runtimeKey, serverKey: server.serverKey, only });
    } finally {
      await live.close();
      await server.app.stop();
    }
  }

  it("fails on a field renamed in one response, naming the operation, the exchange and the field", async () => {
    const results = await verifyBroken(rewriteBody(getMainSlot, (text) => text.replace('"slotInfo":', '"info":')), ["getSlot"]);
    expect(failed(results).map((r) => `${r.operation} ${r.example}`)).toEqual(["getSlot main"]);
    const report = resultLine(failed(results)[0]);
    expect(report).toMatch(/✗ step \d+: getSlot main → 200: GET \/sdk\/v1\/accounts\/acc_\w+\/slots\/main \(docs\/reference\/sdk\/getSlot\.md:\d+\)/);
    expect(report).toContain("body /slotInfo: documented");
    expect(report).toMatch(/spec: getSlot 200: body .*must have required property 'slotInfo'/);
  });

  it("fails on a documented header dropped from one response", async () => {
    const results = await verifyBroken(dropHeader(getMainSlot, "x-request-id"), ["getSlot"]);
    expect(failed(results).map((r) => `${r.operation} ${r.example}`)).toEqual(["getSlot main"]);
    expect(failed(results)[0].problems).toEqual(expect.arrayContaining(["header x-request-id: documented, not sent", "spec: getSlot 200: required header X-Request-Id is missing"]));
  });

  it("waits out a 429's Retry-After and sends the step again", async () => {
    let refused = 0;
    const refuseOnce: Breakage = (req, res) => {
      if (req.method !== "POST" || !/\/slots$/.test(req.url ?? "") || refused++) return;
      res.writeHead(429, { "Content-Type": "application/json", "Retry-After": "1" });
      res.end(JSON.stringify({ error: { code: "rate_limited", message: "slow down", details: {}, requestId: "req_0000000000000000" } }));
      return true;
    };
    const started = Date.now();
    const results = await verifyBroken(refuseOnce, ["createSlot"]);
    expect(failed(results)).toEqual([]);
    expect(results.find((r) => r.example === "autosave")?.retries).toBe(1);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
  });
});

describe("persistly contract verify: what CI reads", () => {
  it("exit 0 and a JUnit file against a conforming server; exit 1 and the failing exchange against a drifted one", async () => {
    const dir = mkdtempSync(join(tmpdir(), "persistly-verify-"));
    for (const broken of [false, true]) {
      const server = await startServer({ now: () => new Date(), settings: SETTINGS });
      const live = await serve(server, broken ? rewriteBody(getMainSlot, (text) => text.replace('"slotInfo":', '"info":')) : undefined);
      const file = join(dir, `${broken}.xml`);
      const child = spawn(process.execPath, ["scripts/persistly.mjs", "contract", "verify", "--base-url", live.origin, "--only", "Slots,getAccount", "--junit", file], {
        env: { ...process.env, PERSISTLY_RUNTIME_KEY: server.runtimeKey, PERSISTLY_SERVER_KEY: server.serverKey },
      });
      let stdout = "";
      child.stdout.on("data", (chunk) => (stdout += chunk));
      const code = await new Promise((resolve) => child.on("close", resolve));
      await live.close();
      await server.app.stop();
      const xml = readFileSync(file, "utf8");
      if (!broken) {
        expect(code, stdout).toBe(0);
        expect(stdout).toMatch(/✓ step \d+: getSlot main → 200/);
        expect(stdout).toMatch(/\d+ passed, 0 failed, \d+ skipped against http/);
        expect(xml).toMatch(/<testsuites name="persistly contract verify http:\/\/127\.0\.0\.1:\d+" tests="\d+" failures="0"/);
      } else {
        expect(code, stdout).toBe(1);
        expect(stdout).toMatch(/✗ step \d+: getSlot main → 200/);
        expect(xml).toMatch(/<testcase classname="docs\/reference\/sdk\/getSlot.md" name="step \d+: getSlot main → 200" time="[\d.]+">\n\s+<failure message="[^"]+" type="ContractDrift">/);
      }
    }
  });

  it("exit 2 on bad usage: no key, an unknown --only, a base URL that is not one", () => {
    const run = (...args: string[]) => spawnSync(process.execPath, ["scripts/persistly.mjs", "contract", "verify", ...args], { encoding: "utf8", env: { ...process.env, PERSISTLY_RUNTIME_KEY: "" } });
    const noKey = run("--base-url", "http://127.0.0.1:9");
    expect([noKey.status, noKey.stderr]).toEqual([2, expect.stringMatching(/--runtime-key KEY \(or PERSISTLY_RUNTIME_KEY\)/)]);
    const unknown = run("--base-url", "http://127.0.0.1:9", "--runtime-key", "pst_rt_x", "--only", "getSlot,fly");
    expect([unknown.status, unknown.stderr]).toEqual([2, expect.stringMatching(/--only fly: no documented exchange/)]);
    const url = run("--base-url", "ftp://example", "--runtime-key", "pst_rt_x");
    expect([url.status, url.stderr]).toEqual([2, expect.stringMatching(/not an http\(s\) URL/)]);
  });

  it("JUnit XML escapes what the answers hold; Retry-After reads seconds and dates; body differences by pointer", () => {
    const result: ExchangeResult = {
      step: 1, operation: "getSlot", example: "main", where: "docs/reference/sdk/getSlot.md:12", request: "GET /x", documentedStatus: 200,
      outcome: "failed", status: 500, problems: [`status: documented 200, got 500 ({"a":"<b> & 'c'"})`], notes: [], retries: 0, ms: 3,
    };
    expect(junit([result], "http://x")).toContain(`message="status: documented 200, got 500 ({&quot;a&quot;:&quot;&lt;b&gt; &amp; &apos;c&apos;&quot;})"`);
    expect(retryAfterSeconds("7")).toBe(7);
    expect(retryAfterSeconds(new Date(Date.now() + 3000).toUTCString())).toBeGreaterThanOrEqual(2);
    expect(retryAfterSeconds("soon")).toBeUndefined();
    expect(bodyDifferences({ a: 1, b: [1, 2], "c/d": { e: "x" } }, { a: 2, b: [1], "c/d": {}, f: true })).toEqual([
      { pointer: "/a", kind: "changed", text: "documented 1, got 2" },
      { pointer: "/b", kind: "changed", text: "documented 2 items, got 1" },
      { pointer: "/c~1d/e", kind: "missing", text: `documented "x", not sent` },
      { pointer: "/f", kind: "added", text: "sent true, not documented" },
    ]);
  });
});
