// @persistly/client as a user gets it: `npm pack` of the workspace, installed from the tarball into a
// scratch project, runs the README flow in Node and type-checks against its own declarations; and the
// built ESM runs in Chromium from a page on another origin.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import ts from "typescript";
import { chromium } from "playwright-core";
import { listenLocal, startServer, type TestServer } from "../support/helpers.js";
import { needService } from "../support/services.js";

const run = promisify(execFile);
const npm = (args: string[], cwd: string) => run("npm", [...args, "--no-audit", "--no-fund", "--loglevel=error"], { cwd, encoding: "utf8" });

const FLOW = `import { createSdkClient, syncWithMerge, CLIENT_NAME } from "@persistly/client";
const [baseUrl, runtimeKey] = process.argv.slice(2);
const anonymous = createSdkClient({ baseUrl, runtimeKey });
const created = await anonymous.POST("/sdk/v1/accounts", { body: { playerRef: "player-8841", slot: { slotId: "main", data: { hp: 100, gold: 0 } } } });
const player = anonymous.withSession(created.data.accountSessionToken);
const accountId = created.data.accountId;
const path = { accountId, slotId: "main" };
const synced = await player.POST("/sdk/v1/accounts/{accountId}/slots/{slotId}/sync", { params: { path }, body: { baseVersion: 1, data: { hp: 87, gold: 1520 } } });
const merged = await syncWithMerge(player, { accountId, slotId: "main", baseVersion: 1, data: { hp: 64 }, merge: ({ local, cloud }) => ({ data: { ...cloud.data, ...local.data } }) });
const code = await player.POST("/sdk/v1/accounts/{accountId}/transfer-codes", { params: { path: { accountId } }, body: {} });
const moved = await anonymous.POST("/sdk/v1/account-transfer-codes/consume", { body: { code: code.data.code } });
console.log(JSON.stringify({ client: CLIENT_NAME, created: created.response.status, synced: synced.data.version, merged: merged.data?.version, mergedData: merged.data?.data, moved: moved.data.accountId === accountId }));
`;

const TYPES = `import { createSdkClient, type SlotData } from "@persistly/client";
const anonymous = createSdkClient({ baseUrl: "http://localhost:8080", runtimeKey: "pst_rt_…" });
export async function f(): Promise<SlotData | undefined> {
  const { data } = await anonymous.POST("/sdk/v1/accounts", { body: { slot: { slotId: "main", data: { hp: 1 } } } });
  // @ts-expect-error a client without a session cannot call an account route
  await anonymous.GET("/sdk/v1/accounts/{accountId}", { params: { path: { accountId: "acc_x" } } });
  return data?.slot?.data;
}
`;

describe("@persistly/client, packed and installed", () => {
  let server: TestServer;
  let http: Awaited<ReturnType<typeof listenLocal>>;
  let project: string;

  beforeAll(async () => {
    server = await startServer();
    http = await listenLocal(server.app);
    const packs = mkdtempSync(join(tmpdir(), "persistly-pack-"));
    // dist/ is built once per run (test/support/build.ts); packing does not rebuild it under other tests.
    const { stdout } = await npm(["pack", "--workspace", "@persistly/client", "--pack-destination", packs, "--json", "--ignore-scripts"], resolve("."));
    const tarball = join(packs, (JSON.parse(stdout) as Array<{ filename: string }>)[0].filename);
    project = mkdtempSync(join(tmpdir(), "persistly-user-"));
    writeFileSync(join(project, "package.json"), JSON.stringify({ name: "game", private: true, type: "module" }));
    await npm(["install", "--prefer-offline", tarball], project);
  }, 180_000);
  afterAll(async () => {
    await http?.close();
    await server?.app.stop();
  });

  it("installs as an ESM package with its types and nothing of the repository", () => {
    const installed = join(project, "node_modules", "@persistly", "client");
    const manifest = JSON.parse(readFileSync(join(installed, "package.json"), "utf8"));
    expect(manifest).toMatchObject({ name: "@persistly/client", type: "module", exports: { ".": { types: "./dist/client/index.d.ts" } } });
    expect(existsSync(join(installed, "dist", "client", "index.d.ts"))).toBe(true);
    expect(existsSync(join(installed, "index.ts")), "sources stay out of the tarball").toBe(false);
  });

  it("runs the README flow in Node: create, sync, merge a conflict, move by transfer code", async () => {
    writeFileSync(join(project, "flow.mjs"), FLOW);
    const { stdout } = await run(process.execPath, ["flow.mjs", http.origin, server.runtimeKey], { cwd: project, encoding: "utf8" });
    expect(JSON.parse(stdout)).toEqual({ client: "@persistly/client", created: 201, synced: 2, merged: 3, mergedData: { hp: 64, gold: 1520 }, moved: true });
  }, 30_000);

  it("type-checks a user's TypeScript against the installed declarations", () => {
    const file = join(project, "types.ts");
    writeFileSync(file, TYPES);
    const program = ts.createProgram([file], { strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, lib: ["lib.es2022.d.ts", "lib.dom.d.ts"], types: [] });
    expect(ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"))).toEqual([]);
  }, 60_000);
});

const CHROMIUM = process.env.PERSISTLY_CHROMIUM ?? "/usr/bin/chromium";
const haveChromium = needService(existsSync(CHROMIUM), `Chromium at ${CHROMIUM} (or set PERSISTLY_CHROMIUM)`);

describe.skipIf(!haveChromium)("@persistly/client in a browser", () => {
  let pages: Server;
  it("the built ESM creates an account from a page on another origin", async () => {
    const api = await startServer();
    const http = await listenLocal(api.app);
    const files: Record<string, [string, string]> = {
      "/": ["text/html", `<!doctype html><script type="importmap">{"imports":{"openapi-fetch":"/openapi-fetch.mjs"}}</script><title>game</title>`],
      "/openapi-fetch.mjs": ["text/javascript", readFileSync("node_modules/openapi-fetch/dist/index.mjs", "utf8")],
    };
    pages = createServer((req, res) => {
      const dist = req.url!.startsWith("/dist/") ? join("client", req.url!) : null;
      const [type, body] = files[req.url!] ?? (dist && existsSync(dist) ? ["text/javascript", readFileSync(dist, "utf8")] : ["text/plain", ""]);
      res.writeHead(body ? 200 : 404, { "Content-Type": type }).end(body);
    });
    await new Promise<void>((r) => pages.listen(0, "127.0.0.1", r));
    const origin = `http://127.0.0.1:${(pages.address() as { port: number }).port}`;
    await api.store.transaction((tx) => tx.setAllowedOrigins(api.environmentId, [origin]));
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"] });
    try {
      const page = await browser.newPage();
      await page.goto(origin);
      // A string, so that the test runner leaves the page's dynamic import alone.
      const result = await page.evaluate(`(async () => {
        const { createSdkClient } = await import(location.origin + "/dist/client/index.js");
        const client = createSdkClient({ baseUrl: ${JSON.stringify(http.origin)}, runtimeKey: ${JSON.stringify(api.runtimeKey)} });
        const created = await client.POST("/sdk/v1/accounts", { body: { slot: { slotId: "main", data: { hp: 1 } } } });
        return { status: created.response.status, requestId: created.response.headers.get("X-Request-Id") };
      })()`);
      expect(result).toEqual({ status: 201, requestId: expect.stringMatching(/^req_/) });
    } finally {
      await browser.close();
      pages.close();
      await http.close();
      await api.app.stop();
    }
  }, 60_000);
});
