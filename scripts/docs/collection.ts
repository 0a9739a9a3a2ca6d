// The walk-through of the exact-example pages (scenario.ts) as a Postman collection, format v2.1, which
// Insomnia and Bruno import as well. Requests come in the scenario's order; the keys are collection
// variables; each request's test script checks the documented status (and the error envelope) and keeps
// what later requests need from the answer: the account id, session tokens, the slot version, transfer
// codes, a session id. Idempotency keys are fresh on every run, so the collection runs again and again
// against the same server.
import { STEPS, type Step, type StepRequest, type Vars } from "./scenario.js";

const SCHEMA = "https://schema.getpostman.com/json/collection/v2.1.0/collection.json";

/** Operations the collection cannot run against a fresh server with only the keys set, and why. */
const NEEDS_CATALOG = "it needs a catalog of currencies, items and offers, which operators publish on the operator surface (or with `persistly catalog publish`)";
const ECONOMY = ["createWalletTransaction", "purchaseOffer", "consumeItem", "runInventoryOperations", "createGrant", "claimGrant", "revokeGrant", "fulfilIapPurchase", "getIapPurchase", "refundIapPurchase"];
const NEEDS_BOARD = "it needs a leaderboard, which operators define on the operator surface (or with `persistly leaderboards create`)";
const LEADERBOARDS = ["submitScore", "submitScoreForAccount", "listLeaderboardRecords", "getLeaderboardStanding", "streamLeaderboard"];
const NEEDS_EVENT = "it needs an event, which operators define on the operator surface (or with `persistly events create`)";
const EVENTS = ["getEvent", "enterEvent", "submitEventScore"];
const LEFT_OUT: Record<string, string> = {
  ...Object.fromEntries(EVENTS.map((operation) => [operation, NEEDS_EVENT])),
  ...Object.fromEntries(ECONOMY.map((operation) => [operation, NEEDS_CATALOG])),
  ...Object.fromEntries(LEADERBOARDS.map((operation) => [operation, NEEDS_BOARD])),
  streamAccountEvents: "the event stream stays open, so a runner would wait on it forever; open it with `curl -N` (docs/guides/live-events.md)",
};

/** Kept values that go into bodies as JSON numbers, not strings. */
const NUMBERS = new Set(["slotVersion"]);

const KEY_HINT = "the key `npm start` printed on its first run";
const INPUTS = [
  { key: "baseUrl", value: "http://localhost:8080", description: "Where the server listens." },
  { key: "runtimeKey", value: "", description: `The runtime key (\`pst_rt_…\`): ${KEY_HINT}.` },
  { key: "serverKey", value: "", description: `The server key (\`pst_sk_…\`): ${KEY_HINT}.` },
];

type Script = { listen: "prerequest" | "test"; script: { type: "text/javascript"; exec: string[] } };
const script = (listen: Script["listen"], lines: string[]): Script => ({ listen, script: { type: "text/javascript", exec: lines } });

export interface Collection {
  info: { name: string; description: string; schema: string };
  variable: Array<{ key: string; value: string; description: string }>;
  event: Script[];
  item: Array<{ name: string; request: unknown; event: Script[] }>;
}

/** Every value a step reads from `v` comes out as `{{name}}`. */
const placeholders = new Proxy({}, { get: (_, name) => `{{${String(name)}}}` }) as Vars;

/** The operator surface is internal (the portal's), and its cookie would need a browser's cookie jar: not in the collection. */
const OPERATOR_PAGES = "reference/admin/";

export const collectionSteps = (): Array<{ step: Step; number: number }> =>
  STEPS.map((step, index) => ({ step, number: index + 1 }))
    .filter(({ step }) => !(step.operation in LEFT_OUT) && !step.page.startsWith(OPERATOR_PAGES) && step.request({}).auth !== "member");

export function buildCollection(): Collection {
  const idempotencyKeys = new Map<string, string>();
  const kept = new Map<string, string>();
  const item = collectionSteps().map(({ step, number }) => {
    const request = step.request(placeholders);
    const prerequest: string[] = [];
    const body = withFreshIdempotencyKey(request.body, idempotencyKeys, prerequest);
    for (const [name, path] of Object.entries(step.keep ?? {})) kept.set(name, `From the answer of request ${number}: \`${path}\`.`);
    return {
      name: `${String(number).padStart(2, "0")} ${step.operation} · ${step.title}`,
      event: [...(prerequest.length ? [script("prerequest", prerequest)] : []), script("test", testLines(step))],
      request: postmanRequest(step, request, body),
    };
  });
  return {
    info: { name: "Persistly walk-through", description: description(), schema: SCHEMA },
    variable: [
      ...INPUTS,
      ...[...kept].map(([key, from]) => ({ key, value: "", description: `Kept by a test script. ${from}` })),
      ...[...idempotencyKeys.values()].map((key) => ({ key, value: "", description: "A fresh idempotency key, set by the pre-request script of the first request that sends it." })),
    ],
    event: [script("prerequest", [
      "// The keys are the only values to set; every other variable is filled in as the requests run.",
      "for (const name of ['runtimeKey', 'serverKey']) {",
      "  if (!pm.variables.get(name)) throw new Error(`Set the collection variable ${name} to " + KEY_HINT.replace(/`/g, "") + "`);",
      "}",
    ])],
    item,
  };
}

/** The body with its idempotency key replaced by a variable that the first request sending it sets afresh. */
function withFreshIdempotencyKey(body: unknown, keys: Map<string, string>, prerequest: string[]): unknown {
  if (typeof body !== "object" || body === null || !("idempotencyKey" in body)) return body;
  const literal = String(body.idempotencyKey);
  if (!keys.has(literal)) {
    const name = `idempotencyKey${keys.size + 1}`;
    keys.set(literal, name);
    prerequest.push(`pm.collectionVariables.set('${name}', pm.variables.replaceIn('{{$guid}}'));`);
  }
  return { ...body, idempotencyKey: `{{${keys.get(literal)}}}` };
}

function postmanRequest(step: Step, request: StepRequest, body: unknown) {
  const [path, query] = request.path.split("?");
  const header: Array<{ key: string; value: string }> = [];
  if (request.session) header.push({ key: "X-Persistly-Account-Session", value: request.session });
  const extra = Object.entries(request.headers ?? {});
  if (body !== undefined && !extra.some(([name]) => name.toLowerCase() === "content-type")) header.push({ key: "Content-Type", value: "application/json" });
  header.push(...extra.map(([key, value]) => ({ key, value })));
  const auth = request.auth === "none"
    ? { type: "noauth" }
    : { type: "bearer", bearer: [{ key: "token", value: request.auth === "runtime" ? "{{runtimeKey}}" : "{{serverKey}}", type: "string" }] };
  return {
    method: request.method,
    description: [`**${step.title}**`, step.note, `Documented in docs/${step.page}.md.`].filter(Boolean).join("\n\n"),
    auth,
    header,
    url: {
      raw: `{{baseUrl}}${request.path}`,
      host: ["{{baseUrl}}"],
      path: path.split("/").filter(Boolean),
      ...(query ? { query: [...new URLSearchParams(query)].map(([key, value]) => ({ key, value })) } : {}),
    },
    ...(body === undefined ? {} : { body: rawBody(body) }),
  };
}

function rawBody(body: unknown) {
  if (typeof body === "string") return { mode: "raw", raw: body };
  let raw = JSON.stringify(body, null, 2);
  for (const name of NUMBERS) raw = raw.replaceAll(`"{{${name}}}"`, `{{${name}}}`);
  return { mode: "raw", raw, options: { raw: { language: "json" } } };
}

function testLines(step: Step): string[] {
  const lines = [`pm.test('answers ${step.status}', () => pm.response.to.have.status(${step.status}));`];
  if (step.status >= 400) {
    lines.push(
      "pm.test('with the error envelope', () => {",
      "  const error = pm.response.json().error;",
      "  pm.expect(error.code, 'error.code').to.be.a('string');",
      "  pm.expect(error.message, 'error.message').to.be.a('string');",
      "});",
    );
  }
  const keep = Object.entries(step.keep ?? {});
  if (keep.length) lines.push("const body = pm.response.json();");
  for (const [name, path] of keep) {
    lines.push(
      `pm.test('keeps ${name}', () => pm.expect(body.${path}, '${path}').to.not.be.undefined);`,
      `pm.collectionVariables.set('${name}', body.${path});`,
    );
  }
  return lines;
}

function description(): string {
  const left = Object.entries(LEFT_OUT).map(([operation, why]) => `- \`${operation}\`: ${why}.`);
  return [
    "The walk-through of Persistly's exact-example pages (docs/reference/), in order: a studio publishes its game config, a player creates an account, saves, hits a conflict and merges, moves to another device with a transfer code; the studio's backend looks the account up, restores a version, manages sessions and finally erases the account. Error cases are part of it: each request's test expects the documented status.",
    "Set `runtimeKey` and `serverKey` (and `baseUrl` if the server is not on http://localhost:8080); every other variable is kept by the test scripts from earlier answers, and idempotency keys are fresh on every run, so the collection runs end to end as often as you like.",
    "Run it from the command line with newman: `newman run persistly.postman_collection.json --env-var runtimeKey=pst_rt_… --env-var serverKey=pst_sk_…`.",
    ...(left.length ? ["Left out:", ...left] : []),
  ].join("\n\n");
}
