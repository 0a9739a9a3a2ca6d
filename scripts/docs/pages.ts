// Renders the exact-example pages: one per operation (docs/reference/<surface>/<operationId>.md), the
// seed's named example pages (docs/examples/), and the index. Prose comes from the spec and the scenario.
import { STATUS_CODES } from "node:http";
import { loadAdminSpec, loadSdkSpec, loadServerSpec } from "../../server/app.js";
import { resolveRef, specOperations } from "../../server/http/spec.js";
import { header, renderMessage, type HttpMessage, type LiveResponse } from "../../server/contract/exchange.js";
import { liveUse, type Step, type StepRequest } from "./scenario.js";

export interface Recorded {
  step: Step;
  index: number;
  request: StepRequest;
  message: HttpMessage;
  response: LiveResponse;
}

const SURFACES = [
  { surface: "sdk", title: "SDK surface", file: "spec/openapi.sdk.json", spec: loadSdkSpec() as any },
  { surface: "server", title: "Server surface", file: "spec/openapi.server.json", spec: loadServerSpec() as any },
  { surface: "admin", title: "Operator surface (internal)", file: "spec/openapi.admin.json", spec: loadAdminSpec() as any },
];

export const OPERATIONS = SURFACES.flatMap(({ surface, title, file, spec }) =>
  specOperations(spec).map((o) => ({
    ...o, surface, surfaceTitle: title, file, spec,
    op: spec.paths[o.path][o.method],
    page: `reference/${surface}/${o.operationId}`,
  })),
);
type Operation = (typeof OPERATIONS)[number];
export const operation = (id: string) => OPERATIONS.find((o) => o.operationId === id)!;

const GENERATED = "<!-- Written by `npm run docs:record` from the spec and a live run of scripts/docs/scenario.ts: change those, not this page. -->";
const ORIGIN = "http://localhost:8080";

function credentials(o: Operation): string {
  if (o.surface === "server") return "server key (`Authorization: Bearer pst_sk_…`)";
  if (!o.security.length) return "none";
  if (o.surface === "admin") {
    return `member session cookie (\`Cookie: persistly_admin=pst_ms_…\`)${o.method === "get" ? "" : " and its CSRF token (`X-Persistly-CSRF`)"}`;
  }
  const schemes = o.security.flatMap((s: Record<string, unknown>) => Object.keys(s));
  return schemes.includes("accountSession")
    ? "runtime key and account session (`Authorization: Bearer pst_rt_…`, `X-Persistly-Account-Session: pst_as_…`)"
    : "runtime key (`Authorization: Bearer pst_rt_…`)";
}

/** The headers worth showing: the content type and every header the spec documents for the response. */
function shownResponseHeaders(o: Operation, status: number, response: LiveResponse): Array<[string, string]> {
  const declared = resolveRef(o.spec, o.op.responses[String(status)]);
  const names = ["Content-Type", ...Object.keys(declared?.headers ?? {})];
  return names.filter((n) => response.headers[n.toLowerCase()] !== undefined).map((n) => [n, response.headers[n.toLowerCase()]]);
}

function responseMessage(o: Operation, r: LiveResponse): HttpMessage {
  const type = r.headers["content-type"] ?? "";
  const body = type.startsWith("application/json") && r.body ? JSON.stringify(JSON.parse(r.body), null, 2) : r.body.trimEnd();
  return { startLine: `HTTP/1.1 ${r.status} ${STATUS_CODES[r.status]}`, headers: shownResponseHeaders(o, r.status, r), body };
}

const fence = (info: string, text: string) => "```" + info + "\n" + text.replace(/\n?$/, "\n") + "```";
const shellQuote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

function curl(message: HttpMessage): string {
  const [method, target] = message.startLine.split(" ");
  const lines = [`curl -sS -X ${method} ${shellQuote(ORIGIN + target)}`];
  for (const [n, v] of message.headers) if (n !== "Host") lines.push(`-H ${shellQuote(`${n}: ${v}`)}`);
  if (message.body) {
    const type = header(message, "content-type") ?? "";
    lines.push(`--data ${shellQuote(type.startsWith("application/json") ? JSON.stringify(JSON.parse(message.body)) : message.body)}`);
  }
  if (method === "GET" && header(message, "accept") === "text/event-stream") lines.push("-N");
  return lines.join(" \\\n  ");
}

/** The same call through the typed client, for a successful exchange made with the operation's own credentials. */
function clientSnippet(o: Operation, r: Recorded): string | undefined {
  const usesSession = o.security.some((s: Record<string, unknown>) => "accountSession" in s);
  const expected = o.surface === "server" ? "server" : !o.security.length ? "none" : o.surface === "admin" ? "member" : "runtime";
  if (r.response.status >= 300 || r.request.auth !== expected || Boolean(r.request.session) !== usesSession) return undefined;
  const client = o.surface === "server" ? "backend" : o.surface === "admin" ? "admin" : usesSession ? "player" : "anonymous";
  const url = new URL(ORIGIN + r.request.path);
  const template = new RegExp(`^${o.path.replace(/\{([^}]+)\}/g, "(?<$1>[^/]+)")}$`);
  const declared = [...(o.spec.paths[o.path].parameters ?? []), ...(o.op.parameters ?? [])].map((p: unknown) => resolveRef(o.spec, p));
  const typed = (name: string, value: string) => {
    const type = declared.find((p: any) => p.name === name)?.schema?.type;
    return type === "integer" || type === "number" ? Number(value) : type === "boolean" ? value === "true" : value;
  };
  const path = Object.fromEntries(Object.entries(url.pathname.match(template)?.groups ?? {}).map(([k, v]) => [k, typed(k, v)]));
  if (o.operationId === "streamAccountEvents") {
    return `for await (const event of liveEvents(player, ${JSON.stringify(path.accountId)})) {\n  console.log(event.event, event.data); // "ready" first\n  break;\n}`;
  }
  if (o.operationId === "streamLeaderboard") {
    return `for await (const event of leaderboardLive(anonymous, ${JSON.stringify(path.leaderboardId)})) {\n  console.log(event.event, event.data); // "ready" first\n  break;\n}`;
  }
  const query = Object.fromEntries([...url.searchParams].map(([k, v]) => [k, typed(k, v)]));
  const params = [Object.keys(path).length && `path: ${literal(path)}`, Object.keys(query).length && `query: ${literal(query)}`].filter(Boolean);
  const init: string[] = [];
  if (params.length) init.push(`params: { ${params.join(", ")} }`);
  if (r.request.body !== undefined) {
    const { idempotencyKey: _sentByTheClient, ...body } = r.request.body as Record<string, unknown>;
    init.push(`body: ${JSON.stringify(body, null, 2).replace(/\n/g, "\n  ")}`);
  }
  const args = init.length ? `, {\n  ${init.join(",\n  ")},\n}` : "";
  return `const { data, error } = await ${client}.${o.method.toUpperCase()}(${JSON.stringify(o.path)}${args});`;
}

const literal = (value: Record<string, unknown>) => `{ ${Object.entries(value).map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join(", ")} }`;

function exchangeSection(r: Recorded, level = "##"): string {
  const o = operation(r.step.operation);
  const tag = `operation=${o.operationId} example=${r.step.example}`;
  const parts = [`${level} ${r.step.title}`];
  if (r.step.note) parts.push(r.step.note);
  const use = liveUse(r.step, r.request);
  const verifyTags = `${use === "exact" ? "" : ` live=${use}`}${r.step.relies ? ` relies=${r.step.relies.join(",")}` : ""}`;
  parts.push(fence(`http request ${tag} step=${r.index}${verifyTags}`, renderMessage(r.message)));
  parts.push(fence(`http response ${tag} status=${r.response.status}`, renderMessage(responseMessage(o, r.response))));
  parts.push(fence("sh", curl(r.message)));
  const snippet = clientSnippet(o, r);
  if (snippet) parts.push(`With the client ([docs/client.md](${"../".repeat(r.step.page.split("/").length - 1)}client.md)):\n\n${fence("ts", snippet)}`);
  return parts.join("\n\n");
}

function headerExample(spec: object, declared: unknown): string {
  const h = resolveRef(spec, declared);
  return String(h.example ?? h.schema?.const ?? h.schema?.examples?.[0] ?? "");
}

/** A documented response no single request provokes, shown from the spec's own example. */
function specResponseSection(o: Operation, status: string): string {
  const declared = resolveRef(o.spec, o.op.responses[status]);
  const [type, media] = Object.entries<any>(declared.content ?? {})[0] ?? [];
  const [exampleName, example] = Object.entries<any>(media?.examples ?? {})[0] ?? ["none", undefined];
  const value = resolveRef(o.spec, example)?.value;
  const headers: Array<[string, string]> = [];
  if (type) headers.push(["Content-Type", type.startsWith("application/json") ? "application/json; charset=utf-8" : type]);
  for (const [name, h] of Object.entries<any>(declared.headers ?? {})) if (resolveRef(o.spec, h).required) headers.push([name, headerExample(o.spec, h)]);
  const message = { startLine: `HTTP/1.1 ${status} ${STATUS_CODES[Number(status)]}`, headers, body: value === undefined ? "" : JSON.stringify(value, null, 2) };
  return [`### ${status} ${STATUS_CODES[Number(status)]}`, declared.description, fence(`http response operation=${o.operationId} example=${exampleName} status=${status} replay=no`, renderMessage(message))].join("\n\n");
}

export function renderOperationPage(page: string, exchanges: Recorded[]): string {
  const o = OPERATIONS.find((x) => x.page === page)!;
  const shown = new Set(exchanges.map((r) => String(r.response.status)));
  const others = Object.keys(o.op.responses).filter((s) => !shown.has(s));
  const up = "../../";
  const parts = [
    GENERATED,
    `# ${o.operationId}`,
    `\`${o.method.toUpperCase()} ${o.path}\` · ${o.surfaceTitle} ([\`${o.file}\`](${up}../${o.file})) · tag: ${o.op.tags?.[0] ?? "—"} · credentials: ${credentials(o)}`,
    `**${o.op.summary}**`,
    o.op.description,
    ...exchanges.map((r) => exchangeSection(r)),
  ];
  if (others.length) {
    parts.push(
      "## Other documented responses",
      "Shown from the spec's own examples and validated against it, but not replayed: the scenario does not provoke them (most take more than one request — a used-up quota or rate limit, an oversized body, a reused idempotency key still in flight — or a failing server).",
      ...others.map((s) => specResponseSection(o, s)),
    );
  }
  parts.push(`See also: [all operations](${up}reference/README.md) · [errors](${up}guides/errors.md) · [conventions](${up}guides/idempotency.md).`);
  return parts.filter(Boolean).join("\n\n") + "\n";
}

const EXAMPLE_PAGES: Record<string, { title: string; intro: string }> = {
  "examples/conflict-response": {
    title: "Conflict response",
    intro: "Every save names the version it was made from (`baseVersion`). When another device saved first, the server refuses the write with **409 `conflict`** and hands back everything needed to recover without another request: `details.cloud` (the current slot, with its data), `details.local` (what you tried to write) and `details.base` (the version both branches started from, when history still has it). Recover by merging and saving again with `baseVersion` set to `details.cloud.version`; or discard local progress by taking `cloud`; or overwrite with `force: true` when the player chose their local save. The client does this loop for you: `syncWithMerge` ([docs/client.md](../client.md)).",
  },
  "examples/error-response": {
    title: "Error response",
    intro: "Every non-2xx response has the same envelope: `{ \"error\": { \"code\", \"message\", \"details\", \"requestId\" } }`. Match on `code` (stable, listed per operation in the spec and in [the errors guide](../guides/errors.md)), never on `message` (wording may change). `details` carries structured context for the code (`{}` when there is none); `requestId` is also the `X-Request-Id` header — quote it when asking for support. The HTTP status is the class of failure; the code is the reason.",
  },
  "examples/transfer-code": {
    title: "Transfer code",
    intro: "An anonymous player moves to another device while one of their devices still has a session: the old device creates a short-lived, single-use code and shows it; the player types it on the new device, which redeems it with nothing but the runtime key and receives its own session for the same account. Codes are 12 characters in three groups of an alphabet without 0, 1, I or O; five wrong guesses burn a code. See also [device transfer](../guides/device-transfer.md).",
  },
};

export function renderExamplePage(page: string, exchanges: Recorded[]): string {
  const { title, intro } = EXAMPLE_PAGES[page];
  const ops = [...new Set(exchanges.map((r) => r.step.operation))].map((id) => `[\`${id}\`](../${operation(id).page}.md)`);
  return [GENERATED, `# ${title}`, intro, `Operations: ${ops.join(", ")}.`, ...exchanges.map((r) => exchangeSection(r))].join("\n\n") + "\n";
}

export function renderIndex(): string {
  const parts = [
    GENERATED,
    "# API reference: exact examples",
    "One page per operation of the three specs: the exact request (method, path, headers, body) and every documented response (status, the headers that matter, body), with a curl line and the same call through the typed client. Every request on these pages is replayed against a live server by `npm test`, and every response is checked against the spec and compared with what the server really answers (ids, tokens and timestamps masked).",
    "Examples use `http://localhost:8080` (`npm start`); the keys are the ones `npm start` printed on first run.",
    "## Named examples",
    "- [Create account](sdk/createAccount.md)\n- [Sync slot](sdk/syncSlot.md)\n- [Transfer code](../examples/transfer-code.md)\n- [Conflict response](../examples/conflict-response.md)\n- [Error response](../examples/error-response.md)",
  ];
  for (const { surface, title, file } of SURFACES) {
    parts.push(`## ${title} ([\`${file}\`](../../${file}))`);
    const rows = OPERATIONS.filter((o) => o.surface === surface).map((o) => `| [\`${o.operationId}\`](${surface}/${o.operationId}.md) | \`${o.method.toUpperCase()} ${o.path}\` | ${o.op.summary} |`);
    parts.push(["| Operation | Route | Summary |", "|---|---|---|", ...rows].join("\n"));
  }
  return parts.join("\n\n") + "\n";
}
