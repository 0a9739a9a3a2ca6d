// The exact-example pages (docs/reference/, docs/examples/) against the spec and a live server:
// parity (every operation has a page with every documented status; no page or block without an
// operation), every documented request and response valid against the spec, and every documented
// request replayed in order, its real answer compared with the documented one (volatile values masked).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Bindings, bodyValue, header, parseBlocks, requestLine, send, VOLATILE_HEADERS, type ExampleBlock, type HttpMessage } from "../../server/contract/exchange.js";
import { operationRoute, requestBodyProblems, responseProblems, routeOf } from "../../server/contract/conformance.js";
import { loadAdminSpec, loadSdkSpec, loadServerSpec } from "../../server/app.js";
import { specOperations } from "../../server/http/spec.js";
import { listenLocal, markdownFiles, startServer, type TestServer } from "../support/helpers.js";
import { addOperator, SCENARIO_SETTINGS, scenarioClock, sessionCookieOf } from "../../scripts/docs/scenario.js";
import { TEST_KDF } from "./admin/support.js";

const files = markdownFiles("docs");
const blocks = files.flatMap((file) => parseBlocks(file, readFileSync(file, "utf8")));
const where = (b: ExampleBlock) => `${b.file}:${b.line} (${b.operation} ${b.example})`;
const surfaces = [
  { surface: "sdk", ops: specOperations(loadSdkSpec()) },
  { surface: "server", ops: specOperations(loadServerSpec()) },
  { surface: "admin", ops: specOperations(loadAdminSpec()) },
];
const operations = surfaces.flatMap(({ surface, ops }) => ops.map((o) => ({ ...o, surface, page: join("docs", "reference", surface, `${o.operationId}.md`) })));
const documentedStatuses = (operationId: string) => {
  const route = operationRoute(operationId)!;
  return Object.keys(route.spec.paths[route.path][route.method].responses).map(Number);
};
const headerRecord = (b: ExampleBlock) => Object.fromEntries(b.message.headers.map(([n, v]) => [n.toLowerCase(), v]));

/** Each request block with the response block that follows it for the same example. */
const exchanges = blocks
  .filter((b) => b.kind === "request")
  .map((request) => ({ request, response: blocks.find((b) => b.kind === "response" && b.file === request.file && b.line > request.line && b.operation === request.operation && b.example === request.example)! }))
  .sort((a, b) => (a.request.step ?? 0) - (b.request.step ?? 0));

describe("exact-example pages: parity with the specs", () => {
  it("every operation has a page, and every page under docs/reference/ is an operation", () => {
    const missing = operations.filter((o) => !existsSync(o.page)).map((o) => `${o.operationId}: no page ${o.page}`);
    const pages = files.filter((f) => /reference[/\\](sdk|server|admin)[/\\]/.test(f));
    const stray = pages.filter((f) => !operations.some((o) => o.page === f)).map((f) => `${f}: no operation of that name in its spec`);
    expect([...missing, ...stray]).toEqual([]);
  });

  it("the seed's named example pages exist", () => {
    const named = ["reference/sdk/createAccount.md", "reference/sdk/syncSlot.md", "examples/transfer-code.md", "examples/conflict-response.md", "examples/error-response.md"];
    expect(named.filter((p) => !existsSync(join("docs", p)))).toEqual([]);
  });

  it("every documented status of every operation has a response block on the operation's page", () => {
    const missing = operations.flatMap((o) => {
      const shown = new Set(blocks.filter((b) => b.kind === "response" && b.file === o.page && b.operation === o.operationId).map((b) => b.status));
      return documentedStatuses(o.operationId).filter((s) => !shown.has(s)).map((s) => `${o.page}: ${o.operationId} documents ${s}, the page shows no response with status=${s}`);
    });
    expect(missing).toEqual([]);
  });

  it("every block names a real operation and a documented status, and every request has its response", () => {
    const problems = blocks.flatMap((b) => {
      if (!operationRoute(b.operation)) return [`${where(b)}: no operation ${b.operation}`];
      if (b.kind === "response" && !documentedStatuses(b.operation).includes(b.status!)) return [`${where(b)}: status ${b.status} is not documented`];
      if (b.kind === "request" && b.step === undefined) return [`${where(b)}: a request block needs step=N`];
      return [];
    });
    problems.push(...exchanges.filter((e) => !e.response).map((e) => `${where(e.request)}: no response block follows this request`));
    const onOwnPage = blocks.filter((b) => ["sdk", "server", "admin"].some((surface) => b.file.includes(join("reference", surface))));
    problems.push(...onOwnPage.filter((b) => !b.file.endsWith(`${b.operation}.md`)).map((b) => `${where(b)}: a block of ${b.operation} on another operation's page`));
    expect(problems).toEqual([]);
  });
});

describe("exact-example pages: what `persistly contract verify` reads", () => {
  it("every live= tag is a known use, and every relies= names an earlier exchange", () => {
    const uses = ["exact", "shape", "environment", "destructive", "operator"];
    const steps = new Map(exchanges.map(({ request }) => [`${request.operation}:${request.example}`, request.step!]));
    const problems = exchanges.flatMap(({ request }) => [
      ...(uses.includes(request.live) ? [] : [`${where(request)}: live=${request.live} is not one of ${uses.join(", ")}`]),
      ...request.relies.filter((r) => !((steps.get(r) ?? Infinity) < request.step!)).map((r) => `${where(request)}: relies on ${r}, no earlier exchange`),
    ]);
    expect(problems).toEqual([]);
  });
});

describe("exact-example pages: every documented message is valid against the spec", () => {
  it("requests go to their operation's route and carry a valid body (unless they document a 400)", () => {
    const problems = exchanges.flatMap(({ request, response }) => {
      const { method, target } = requestLine(request.message);
      const route = routeOf(method, target);
      if (route?.operationId !== request.operation) return [`${where(request)}: ${method} ${target} is ${route?.operationId ?? "no operation"}`];
      const type = header(request.message, "content-type") ?? "";
      if (!type.startsWith("application/json") || response?.status === 400) return [];
      return requestBodyProblems(route, JSON.parse(request.message.body)).map((p) => `${where(request)}: ${p}`);
    });
    expect(problems).toEqual([]);
  });

  it("responses have a documented status, the documented headers (valid) and a valid body", () => {
    const problems = blocks
      .filter((b) => b.kind === "response")
      .flatMap((b) => {
        const headers = headerRecord(b);
        return responseProblems(operationRoute(b.operation)!, b.status!, headers, bodyValue(headers["content-type"], b.message.body)).map((p) => `${where(b)}: ${p}`);
      });
    expect(problems).toEqual([]);
  });
});

// The SDK spec declares `/api/v1` an alias of `/sdk/v1`: the whole walk is replayed under each prefix.
const onPrefix = (message: HttpMessage, prefix: string): HttpMessage =>
  ({ ...message, startLine: message.startLine.replace(/^(\S+) \/sdk\/v1\//, `$1 ${prefix}/`) });

describe.each(["/sdk/v1", "/api/v1"])("exact-example pages: every documented request, replayed against a live server under %s", (prefix) => {
  let server: TestServer;
  let http: Awaited<ReturnType<typeof listenLocal>>;
  let origin: string;
  const bindings = new Bindings();

  beforeAll(async () => {
    server = await startServer({ now: scenarioClock(), settings: { ...SCENARIO_SETTINGS, passwordKdf: TEST_KDF } });
    await addOperator(server.app, server.store);
    http = await listenLocal(server.app);
    origin = http.origin;
  });
  afterAll(async () => {
    await http.close();
    await server.app.stop();
  });

  for (const { request, response } of exchanges) {
    it(`step ${request.step}: ${request.operation} ${request.example} → ${response.status} (${request.file}:${request.line})`, async () => {
      // The documented keys are the recording's; any runtime or server key stands for this server's.
      for (const [, value] of request.message.headers) {
        const key = value.match(/^Bearer (pst_(rt|sk)_\S+)$/);
        if (key) bindings.bind(key[1], key[2] === "rt" ? server.runtimeKey : server.serverKey);
      }
      const live = await send(origin, bindings.apply(onPrefix(request.message, prefix)));
      const documented = headerRecord(response);
      const liveBody = bodyValue(live.headers["content-type"], live.body);
      expect(live.status, `${where(response)}: status (body: ${live.body.slice(0, 300)})`).toBe(response.status);
      const { method, target } = requestLine(request.message);
      expect(responseProblems(routeOf(method, target)!, live.status, live.headers, liveBody), `${where(response)}: the live response breaks the spec`).toEqual([]);
      // The operator session cookie is minted afresh: bind it like a token in a body.
      const [documentedCookie, liveCookie] = [sessionCookieOf(documented["set-cookie"]), sessionCookieOf(live.headers["set-cookie"])];
      if (documentedCookie && liveCookie) bindings.bind(documentedCookie, liveCookie);
      const headerDiff = Object.entries(documented).flatMap(([name, value]) => {
        const got = name === "set-cookie" && documentedCookie && liveCookie ? live.headers[name]?.replace(liveCookie, documentedCookie) : live.headers[name];
        if (got === undefined) return [`${name}: documented, not sent`];
        return VOLATILE_HEADERS.has(name) || got === value ? [] : [`${name}: documented ${JSON.stringify(value)}, sent ${JSON.stringify(got)}`];
      });
      expect(headerDiff, `${where(response)}: headers`).toEqual([]);
      const documentedBody = bodyValue(documented["content-type"], response.message.body);
      expect(bindings.mask(documentedBody, liveBody), `${where(response)}: body (ids, tokens and timestamps masked)`).toEqual(documentedBody);
    });
  }
});
