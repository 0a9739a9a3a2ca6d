// `persistly contract verify`: the exact-example exchanges of docs/ replayed against someone's deployment,
// in step order, ids bound from earlier answers as the docs replay binds them. Each answer is checked
// against the spec (status, required headers, body) and compared with the documented one, volatile values
// masked. Only what is safe on a live environment runs unless the caller allows more (see LiveUse in
// scripts/docs/scenario.ts, written into the pages as `live=` tags).
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { randomBytes } from "node:crypto";
import { projectFile } from "../paths.js";
import { Bindings, bodyValue, header, parseBlocks, requestLine, send, VOLATILE_HEADERS, volatileValues, type ExampleBlock, type HttpMessage, type LiveResponse } from "./exchange.js";
import { operationRoute, responseProblems, routeOf } from "./conformance.js";
import { bodyDifferences } from "./bodyDiff.js";

export interface VerifyOptions {
  baseUrl: string;
  runtimeKey: string;
  serverKey?: string;
  /** operationIds or spec tags (any case); the steps before the last chosen one still run, unreported, to set the state up. */
  only?: string[];
  allowDestructive?: boolean;
  /** The longest Retry-After honoured before giving up on a step (seconds). */
  maxRetryAfterSeconds?: number;
  onResult?: (result: ExchangeResult) => void;
  docsDir?: string;
}

export interface ExchangeResult {
  step: number;
  operation: string;
  example: string;
  /** The page and line of the documented request. */
  where: string;
  request: string;
  documentedStatus: number;
  outcome: "passed" | "failed" | "skipped";
  status?: number;
  problems: string[];
  /** Differences that break no client: fields the deployment sends beyond the documented answer. */
  notes: string[];
  reason?: string;
  retries: number;
  ms: number;
}

interface Exchange {
  step: number;
  request: ExampleBlock;
  response: ExampleBlock;
}

/** Headers whose values the deployment's plan decides: only their presence and validity are checked. */
const PLAN_HEADERS = new Set(["ratelimit-limit", "ratelimit-policy"]);

const SKIP = {
  operator: "needs the operator's session or the catalog, boards and events the docs' operator publishes; verify takes no operator credentials",
  environment: "changes what every player of the environment gets; run with --allow-destructive",
  destructive: "erases or imports accounts; run with --allow-destructive",
  serverKey: "uses the server key; pass --server-key (or PERSISTLY_SERVER_KEY)",
};

/** The request/response pairs of the pages under `dir`, in step order. */
export function loadExchanges(dir = fileURLToPath(projectFile("docs"))): Exchange[] {
  const files = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".md")).sort();
  const blocks = files.flatMap((f) => parseBlocks(join(relative(process.cwd(), dir) || ".", f), readFileSync(join(dir, f), "utf8")));
  return blocks
    .filter((b) => b.kind === "request" && b.step !== undefined)
    .map((request) => ({
      step: request.step!,
      request,
      response: blocks.find((b) => b.kind === "response" && b.file === request.file && b.line > request.line && b.operation === request.operation && b.example === request.example)!,
    }))
    .filter((e) => e.response)
    .sort((a, b) => a.step - b.step);
}

/** Whether an exchange is the one named: by operationId, or by a tag of its operation (any case). */
export function chosenBy(exchange: Exchange, name: string): boolean {
  const route = operationRoute(exchange.request.operation);
  const tags: string[] = route?.spec.paths[route.path][route.method].tags ?? [];
  return name === exchange.request.operation || tags.some((t) => t.toLowerCase() === name.toLowerCase());
}
const chosen = (exchange: Exchange, only: string[]) => only.some((name) => chosenBy(exchange, name));

// Values the pages pin that a deployment keeps from one run to the next (idempotency keys, player and
// import references, lobby modes): each run sends its own, so runs never meet each other's records.
const RUN_UNIQUE: Array<[RegExp, (documented: string, run: string) => string]> = [
  [/\bdocs-example-\d{4}-0{12}\b/g, (d) => d.slice(0, -12) + randomBytes(9).toString("base64url").slice(0, 12)],
  [/\b(?:player|legacy)-\d{4}\b/g, (d, run) => `${d}-${run}`],
  [/(?<="mode":\s*")[a-z0-9_-]+(?=")|(?<=[?&]mode=)[a-z0-9_-]+/g, (d, run) => `${d}-${run}`.slice(0, 32)],
];

export async function verify(options: VerifyOptions): Promise<ExchangeResult[]> {
  const origin = options.baseUrl.replace(/\/+$/, "");
  const all = loadExchanges(options.docsDir);
  const only = options.only?.length ? options.only : undefined;
  const last = only ? Math.max(-1, ...all.filter((e) => chosen(e, only)).map((e) => e.step)) : Infinity;
  const bindings = new Bindings();
  const run = randomBytes(4).toString("hex");
  const outcomes = new Map<string, ExchangeResult["outcome"]>();
  // Documented ids whose live counterpart never came (their exchange was skipped or failed) → that exchange.
  const missing = new Map<string, string>();
  const results: ExchangeResult[] = [];

  for (const exchange of all.filter((e) => e.step <= last)) {
    const { request, response } = exchange;
    const result = await verifyOne(exchange);
    outcomes.set(`${request.operation}:${request.example}`, result.outcome);
    if (result.outcome !== "passed") {
      const documentedIds = volatileValues(bodyValue(header(response.message, "content-type"), response.message.body));
      for (const id of documentedIds) if (!bindings.values.has(id)) missing.set(id, `step ${result.step} (${result.operation} ${result.example})`);
    }
    if (!only || chosen(exchange, only) || result.outcome === "failed") {
      results.push(result);
      options.onResult?.(result);
    }
  }
  return results;

  async function verifyOne({ step, request, response }: Exchange): Promise<ExchangeResult> {
    const { method, target } = requestLine(request.message);
    const base = {
      step, operation: request.operation, example: request.example, where: `${request.file}:${request.line}`,
      request: `${method} ${target}`, documentedStatus: response.status!, problems: [], notes: [], retries: 0, ms: 0,
    };
    const skip = (reason: string): ExchangeResult => ({ ...base, outcome: "skipped", reason });
    const use = request.live;
    if (use === "operator") return skip(SKIP.operator);
    if ((use === "environment" || use === "destructive") && !options.allowDestructive) return skip(SKIP[use]);
    const unmet = request.relies.find((r) => outcomes.get(r) !== "passed");
    if (unmet) return skip(`relies on ${unmet.replace(":", " ")}, which ${outcomes.get(unmet) ?? "did not run"}`);
    // The keys are the caller's own (a key's display prefix in a skipped answer is no id this step needs).
    const ownHeaders = request.message.headers.filter(([n]) => n.toLowerCase() !== "authorization");
    const text = [request.message.startLine, ...ownHeaders.map(([, v]) => v), request.message.body].join("\n");
    const needed = [...missing].find(([id]) => text.includes(id) && !bindings.values.has(id));
    if (needed) return skip(`uses an id from ${needed[1]}, which did not pass`);

    for (const [, value] of request.message.headers) {
      const key = value.match(/^Bearer (pst_(rt|sk)_\S+)$/);
      if (key?.[2] === "sk" && !options.serverKey) return skip(SKIP.serverKey);
      if (key) bindings.bind(key[1], key[2] === "rt" ? options.runtimeKey : options.serverKey!);
    }
    for (const [pattern, fresh] of RUN_UNIQUE) {
      for (const [documented] of text.matchAll(pattern)) if (!bindings.values.has(documented)) bindings.bind(documented, fresh(documented, run));
    }

    const started = performance.now();
    const sent = await sendHonouringRetryAfter(origin, bindings.apply(request.message), response.status!, options.maxRetryAfterSeconds ?? 60);
    const ms = Math.round(performance.now() - started);
    if ("error" in sent) return { ...base, outcome: "failed", problems: [sent.error], retries: sent.retries, ms };
    const { live, retries } = sent;
    const checked = { ...base, status: live.status, retries, ms };
    const problems = compare(request.message, response, live, use === "exact");
    return { ...checked, outcome: problems.failures.length ? "failed" : "passed", problems: problems.failures, notes: problems.notes };
  }

  function compare(sentMessage: HttpMessage, response: ExampleBlock, live: LiveResponse, exact: boolean) {
    const failures: string[] = [];
    const notes: string[] = [];
    const liveBody = safeBody(live, failures);
    if (live.status !== response.status) {
      failures.push(`status: documented ${response.status}, got ${live.status}${live.body ? ` (${live.body.slice(0, 200)})` : ""}`);
    }
    const { method, target } = requestLine(sentMessage);
    const route = routeOf(method, target);
    if (route) failures.push(...responseProblems(route, live.status, live.headers, liveBody).map((p) => `spec: ${p}`));
    const documentedHeaders = Object.fromEntries(response.message.headers.map(([n, v]) => [n.toLowerCase(), v]));
    for (const [name, value] of Object.entries(documentedHeaders)) {
      const got = live.headers[name];
      if (got === undefined) failures.push(`header ${name}: documented, not sent`);
      else if (exact && !VOLATILE_HEADERS.has(name) && !PLAN_HEADERS.has(name) && got !== value) failures.push(`header ${name}: documented ${JSON.stringify(value)}, sent ${JSON.stringify(got)}`);
    }
    const documentedBody = bodyValue(documentedHeaders["content-type"], response.message.body);
    const masked = bindings.mask(documentedBody, liveBody);
    if (exact && live.status === response.status) {
      for (const d of bodyDifferences(documentedBody, masked)) (d.kind === "added" ? notes : failures).push(`body ${d.pointer || "/"}: ${d.text}`);
    }
    return { failures, notes };
  }
}

function safeBody(live: LiveResponse, failures: string[]): unknown {
  try {
    return bodyValue(live.headers["content-type"], live.body);
  } catch {
    failures.push(`body: not ${live.headers["content-type"]} (${live.body.slice(0, 200)})`);
    return undefined;
  }
}

/** Sends a request; a 429 or 503 the exchange does not document is sent again after its Retry-After. */
async function sendHonouringRetryAfter(origin: string, message: HttpMessage, documented: number, maxWait: number):
  Promise<{ live: LiveResponse; retries: number } | { error: string; retries: number }> {
  for (let retries = 0; ; retries++) {
    let live: LiveResponse;
    try {
      live = await send(origin, message);
    } catch (error) {
      return { error: `no answer from ${origin}: ${(error as Error).cause ?? (error as Error).message}`, retries };
    }
    if (![429, 503].includes(live.status) || live.status === documented || retries === 3) return { live, retries };
    const wait = retryAfterSeconds(live.headers["retry-after"]);
    if (wait === undefined) return { live, retries };
    if (wait > maxWait) return { error: `${live.status} with Retry-After ${wait} s, longer than --max-wait ${maxWait} s`, retries };
    await new Promise((resolve) => setTimeout(resolve, wait * 1000));
  }
}

/** Retry-After as seconds: a number of seconds, or an HTTP date. */
export function retryAfterSeconds(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - Date.now()) / 1000));
}
