// The server against its own specs, judged by a validating proxy nobody here wrote (#34 item 10):
// Stoplight's Prism, one proxy per spec, in front of a live server. The whole docs scenario (every
// documented exchange of the three surfaces, in order) and an error-path suite go through it; any
// response Prism finds at odds with the spec (its `sl-violations` header, location `response`) fails.
// Event streams go straight to the server: Prism buffers a response whole, and a stream never ends.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawn, type ChildProcess } from "node:child_process";
import { createServer, request as httpRequest, type Server } from "node:http";
import { createServer as createNetServer, type AddressInfo } from "node:net";
import { readFileSync } from "node:fs";
import { Bindings, parseBlocks, requestLine, send, type ExampleBlock, type HttpMessage, type LiveResponse } from "../../server/contract/exchange.js";
import { listenLocal, markdownFiles, startServer, type TestServer } from "../support/helpers.js";
import { addOperator, SCENARIO_SETTINGS, scenarioClock, sessionCookieOf } from "../../scripts/docs/scenario.js";
import { TEST_KDF } from "../http/admin/support.js";

const SURFACES = { sdk: ["/sdk/", "/healthz"], server: ["/server/"], admin: ["/admin/"] } as const;
type Surface = keyof typeof SURFACES;

const freePort = () => new Promise<number>((resolve) => {
  const probe = createNetServer().listen(0, "127.0.0.1", () => {
    const { port } = probe.address() as AddressInfo;
    probe.close(() => resolve(port));
  });
});

/** `prism proxy` for one spec, ready once it says it listens. */
async function prism(surface: Surface, upstream: string) {
  const port = await freePort();
  const child = spawn(process.execPath, ["node_modules/@stoplight/prism-cli/dist/index.js", "proxy", `spec/openapi.${surface}.json`, upstream, "--port", String(port), "--host", "127.0.0.1"], { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`prism (${surface}) did not start: ${output.slice(-2000)}`)), 90_000);
    const read = (chunk: Buffer) => {
      output += chunk;
      if (output.includes("Prism is listening")) (clearTimeout(timer), resolve());
    };
    child.stdout!.on("data", read);
    child.stderr!.on("data", read);
    child.once("exit", (code) => reject(new Error(`prism (${surface}) exited ${code}: ${output.slice(-2000)}`)));
  });
  return { port, child };
}

/** One origin in front of the three proxies, sending each request to its surface's. */
function router(ports: Record<Surface, number>): Promise<{ origin: string; server: Server }> {
  const server = createServer((req, res) => {
    const surface = (Object.keys(SURFACES) as Surface[]).find((s) => SURFACES[s].some((prefix) => req.url!.startsWith(prefix))) ?? "sdk";
    const upstream = httpRequest({ host: "127.0.0.1", port: ports[surface], path: req.url, method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode!, answer.headers);
      answer.pipe(res);
    });
    upstream.on("error", (error) => res.writeHead(502).end(String(error)));
    req.pipe(upstream);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve({ origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server })));
}

/**
 * Between Prism and the server: passes everything through, except that a request marked
 * `X-Test-Drift` gets `{}` for its body, which Prism must report (so this suite can fail).
 */
function tamper(upstream: string): Promise<{ origin: string; server: Server }> {
  const target = new URL(upstream);
  const server = createServer((req, res) => {
    const forward = httpRequest({ host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers }, (answer) => {
      if (!req.headers["x-test-drift"]) {
        res.writeHead(answer.statusCode!, answer.headers);
        return void answer.pipe(res);
      }
      answer.resume();
      const { "content-length": _length, ...headers } = answer.headers;
      res.writeHead(answer.statusCode!, { ...headers, "content-length": "2" }).end("{}");
    });
    forward.on("error", (error) => res.writeHead(502).end(String(error)));
    req.pipe(forward);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve({ origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server })));
}

/** What Prism found wrong with the response (request violations are the error paths' point). */
const responseViolations = (live: LiveResponse) =>
  (JSON.parse(live.headers["sl-violations"] ?? "[]") as Array<{ location: string[]; message: string }>)
    .filter((v) => v.location[0] === "response").map((v) => `${v.location.join(".")}: ${v.message}`);

const blocks = markdownFiles("docs").flatMap((file) => parseBlocks(file, readFileSync(file, "utf8")));
const exchanges = blocks
  .filter((b) => b.kind === "request")
  .map((request) => ({ request, response: blocks.find((b) => b.kind === "response" && b.file === request.file && b.line > request.line && b.operation === request.operation && b.example === request.example)! }))
  .sort((a, b) => (a.request.step ?? 0) - (b.request.step ?? 0));
const where = (b: ExampleBlock) => `${b.file}:${b.line} (${b.operation} ${b.example})`;

describe("the server through Prism, a validating proxy, on all three specs", () => {
  let server: TestServer;
  let direct: Awaited<ReturnType<typeof listenLocal>>;
  let front: Awaited<ReturnType<typeof router>>;
  let middle: Awaited<ReturnType<typeof tamper>>;
  const proxies: ChildProcess[] = [];
  const bindings = new Bindings();
  let exchanged = 0;

  beforeAll(async () => {
    server = await startServer({ now: scenarioClock(), settings: { ...SCENARIO_SETTINGS, passwordKdf: TEST_KDF, transferCodeConsumePerAddressPerMinute: 1000 } });
    await addOperator(server.app, server.store);
    direct = await listenLocal(server.app);
    middle = await tamper(direct.origin);
    const started = await Promise.all((Object.keys(SURFACES) as Surface[]).map(async (s) => [s, await prism(s, middle.origin)] as const));
    for (const [, p] of started) proxies.push(p.child);
    front = await router(Object.fromEntries(started.map(([s, p]) => [s, p.port])) as Record<Surface, number>);
  }, 120_000);
  afterAll(async () => {
    for (const child of proxies) child.kill();
    front?.server.close();
    middle?.server.close();
    await direct?.close();
    await server?.app.stop();
  });

  const through = (message: HttpMessage) => send(requestLine(message).target.includes("/stream") || /\/events(\?|$)/.test(requestLine(message).target) ? direct.origin : front.origin, message);

  it("answers the whole docs scenario as documented, with no response at odds with its spec", async () => {
    const problems: string[] = [];
    for (const { request, response } of exchanges) {
      for (const [, value] of request.message.headers) {
        const key = value.match(/^Bearer (pst_(rt|sk)_\S+)$/);
        if (key) bindings.bind(key[1], key[2] === "rt" ? server.runtimeKey : server.serverKey);
      }
      const live = await through(bindings.apply(request.message));
      exchanged++;
      if (live.status !== response.status) problems.push(`${where(response)}: status ${live.status}, documented ${response.status} (${live.body.slice(0, 200)})`);
      for (const violation of responseViolations(live)) problems.push(`${where(response)}: ${violation}`);
      const documentedCookie = sessionCookieOf(response.message.headers.find(([n]) => n.toLowerCase() === "set-cookie")?.[1]);
      const liveCookie = sessionCookieOf(live.headers["set-cookie"]);
      if (documentedCookie && liveCookie) bindings.bind(documentedCookie, liveCookie);
      // Bind the ids this answer minted (accounts, lobbies, …) so later requests name this server's.
      if (live.headers["content-type"]?.startsWith("application/json") && response.message.body) {
        bindings.mask(JSON.parse(response.message.body), JSON.parse(live.body || "null"));
      }
    }
    expect(exchanged).toBeGreaterThan(150);
    expect(problems).toEqual([]);
  }, 180_000);

  it("reports a response that breaks the spec (the proof that the suite above can fail)", async () => {
    const drifted = await send(front.origin, { startLine: "GET /sdk/v1/leaderboards HTTP/1.1", headers: [["Authorization", `Bearer ${server.runtimeKey}`], ["X-Test-Drift", "1"]], body: "" });
    expect(drifted.status).toBe(200);
    expect(responseViolations(drifted).join("\n")).toMatch(/leaderboards/);
  });

  it("keeps to the spec on the error paths: bad bodies, unknown parameters, malformed ids, wrong credentials", async () => {
    const player = await (await fetch(`${direct.origin}/sdk/v1/accounts`, {
      method: "POST", headers: { Authorization: `Bearer ${server.runtimeKey}`, "Content-Type": "application/json" }, body: "{}",
    })).json() as { accountId: string; accountSessionToken: string };
    const rt = { Authorization: `Bearer ${server.runtimeKey}` };
    const sk = { Authorization: `Bearer ${server.serverKey}` };
    const session = { ...rt, "X-Persistly-Account-Session": player.accountSessionToken };
    const json = { "Content-Type": "application/json" };
    const acc = `/sdk/v1/accounts/${player.accountId}`;
    const paths: Array<[string, string, Record<string, string>, string?]> = [
      ["GET", "/sdk/v1/leaderboards?unknown=1", rt],
      ["GET", "/sdk/v1/leaderboards", {}],
      ["GET", "/sdk/v1/leaderboards", { Authorization: "Bearer pst_rt_development_nope" }],
      ["GET", "/sdk/v1/leaderboards/nope/records", rt],
      ["GET", `${acc}/slots/no%20such`, session],
      ["GET", `${acc}/slots/main`, session],
      ["GET", "/sdk/v1/accounts/acc_x/slots/main", session],
      ["POST", "/sdk/v1/accounts", { ...rt, ...json }, '{"playerRef":5}'],
      ["POST", "/sdk/v1/accounts", { ...rt, ...json }, '{"playerRef":"p\\u0000"}'],
      // (A body that is not JSON at all is left out: Prism never answers it, and the server's own tests cover it.)
      ["POST", "/sdk/v1/accounts", { ...rt, "Content-Type": "text/plain" }, "hello"],
      ["POST", `${acc}/slots/main/sync`, { ...session, ...json }, '{"baseVersion":0,"data":{}}'],
      ["POST", `${acc}/slots/main/sync`, { ...session, ...json }, '{"baseVersion":-1}'],
      ["GET", "/server/v1/accounts?playerRef=p&unknown=1", sk],
      ["GET", "/server/v1/accounts?playerRef=p%00", sk],
      ["GET", "/server/v1/accounts/acc_x", sk],
      ["GET", `/server/v1/accounts/${player.accountId}`, rt],
      ["POST", "/server/v1/grants", { ...sk, ...json }, `{"accountId":"${player.accountId}","rewards":{"currencies":{"gold":1}},"reason":"r","expiresAt":"2026-12-31T23:59:60Z"}`],
      ["GET", "/admin/v1/studios", {}],
      ["GET", "/admin/v1/studios?x=1", {}],
      ["GET", "/admin/v1/studios/not-a-uuid", { Cookie: "persistly_admin=pst_ms_nope" }],
      ["POST", "/admin/v1/session", json, '{"email":"a@b.example"}'],
      ["POST", "/admin/v1/session", json, '{"email":"nobody@studio.example","password":"wrong-password-123"}'],
      ["GET", "/healthz?x=1", {}],
    ];
    const problems: string[] = [];
    for (const [method, target, headers, body] of paths) {
      const live = await Promise.race([
        send(front.origin, { startLine: `${method} ${target} HTTP/1.1`, headers: Object.entries(headers), body: body ?? "" }),
        new Promise<null>((resolve) => setTimeout(() => resolve(null), 5000)),
      ]);
      if (!live) {
        problems.push(`${method} ${target} ${body ?? ""}: no answer through the proxy in 5 s`);
        continue;
      }
      if (live.status >= 500) problems.push(`${method} ${target}: ${live.status} ${live.body.slice(0, 200)}`);
      for (const violation of responseViolations(live)) problems.push(`${method} ${target} → ${live.status}: ${violation}`);
    }
    expect(problems).toEqual([]);
  }, 60_000);
});
