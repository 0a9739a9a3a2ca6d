// `npm run docs:record`: runs the scenario against a live server on a fresh database and writes the
// exact-example pages from the spec and what the server answered. The pages are then checked on every
// `npm test` by replaying their requests (test/http/docs-replay.test.ts); re-record when behaviour changes
// on purpose, and review the diff.
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AddressInfo } from "node:net";
import { createServer } from "node:http";
import { createApp } from "../../server/app.js";
import { openStore } from "../../server/store/index.js";
import { bootstrapIfEmpty } from "../../server/domain/operator.js";
import { seededRandomness } from "../../server/domain/randomness.js";
import { addOperator, pick, SCENARIO_SETTINGS, scenarioClock, sessionCookieOf, STEPS, type StepRequest, type Vars } from "./scenario.js";
import { MEMBER_COOKIE } from "../../server/http/memberCookie.js";
import { send, type HttpMessage } from "../../server/contract/exchange.js";
import { OPERATIONS, renderOperationPage, renderExamplePage, renderIndex, type Recorded } from "./pages.js";

const ORIGIN = "http://localhost:8080";

function toMessage(request: StepRequest, v: Vars): HttpMessage {
  const headers: Array<[string, string]> = [["Host", new URL(ORIGIN).host]];
  if (request.auth === "runtime") headers.push(["Authorization", `Bearer ${v.runtimeKey}`]);
  if (request.auth === "server") headers.push(["Authorization", `Bearer ${v.serverKey}`]);
  if (request.session) headers.push(["X-Persistly-Account-Session", request.session]);
  if (request.auth === "member") {
    headers.push(["Cookie", `${MEMBER_COOKIE}=${v.memberCookie}`]);
    if (request.csrf ?? request.method !== "GET") headers.push(["X-Persistly-CSRF", v.csrfToken]);
  }
  const extra = Object.entries(request.headers ?? {});
  const hasBody = request.body !== undefined;
  if (hasBody && !extra.some(([n]) => n.toLowerCase() === "content-type")) headers.push(["Content-Type", "application/json"]);
  headers.push(...extra);
  const body = !hasBody ? "" : typeof request.body === "string" ? request.body : JSON.stringify(request.body, null, 2);
  return { startLine: `${request.method} ${request.path} HTTP/1.1`, headers, body };
}

async function record(): Promise<Recorded[]> {
  const store = await openStore({ database: join(mkdtempSync(join(tmpdir(), "persistly-docs-")), "docs.db") });
  // Seeded ids, keys and tokens (and a fixed clock): re-recording diffs only what really changed.
  // The first start happens at the real time, as the replays' servers start (test/http/docs-replay.test.ts).
  const random = seededRandomness("persistly docs");
  const boot = (await bootstrapIfEmpty(store, { random, now: () => new Date() }))!;
  const app = await createApp({ store, now: scenarioClock(), random, background: false, settings: SCENARIO_SETTINGS, validateResponses: true });
  await addOperator(app, store);
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const v: Vars = { runtimeKey: boot.runtimeKey, serverKey: boot.serverKey };
  const recorded: Recorded[] = [];
  try {
    for (const [index, step] of STEPS.entries()) {
      const request = step.request(v);
      const message = toMessage(request, v);
      const response = await send(origin, message);
      if (response.status !== step.status) {
        throw new Error(`step ${index + 1} (${step.operation} ${step.example}): expected ${step.status}, got ${response.status} ${response.body}`);
      }
      for (const [name, path] of Object.entries(step.keep ?? {})) v[name] = pick(JSON.parse(response.body), path);
      v.memberCookie = sessionCookieOf(response.headers["set-cookie"]) ?? v.memberCookie;
      recorded.push({ step, index: index + 1, request, message, response });
    }
  } finally {
    server.close();
    await app.stop();
    await store.close();
  }
  return recorded;
}

function write(file: string, text: string) {
  mkdirSync(join(file, ".."), { recursive: true });
  writeFileSync(file, text);
}

const recorded = await record();
const byPage = new Map<string, Recorded[]>();
for (const r of recorded) byPage.set(r.step.page, [...(byPage.get(r.step.page) ?? []), r]);
const pages = OPERATIONS.map(({ page }) => page).concat([...byPage.keys()].filter((p) => p.startsWith("examples/")));
for (const page of new Set(pages)) {
  const exchanges = byPage.get(page) ?? [];
  write(join("docs", `${page}.md`), page.startsWith("examples/") ? renderExamplePage(page, exchanges) : renderOperationPage(page, exchanges));
}
write(join("docs", "reference", "README.md"), renderIndex());
console.log(`recorded ${recorded.length} exchanges on ${new Set(pages).size} pages`);
