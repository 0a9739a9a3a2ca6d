// Fuzzing from the specs: for every operation of both surfaces, inputs generated from the spec's own
// schemas, valid and broken one constraint at a time. Never a 5xx; every response conforms (status
// documented, headers, body — the server validates bodies itself and turns a bad one into a 500);
// a refused request changes nothing. On both engines: every string and date-time the API accepts must
// be storable on each (vitest.config.ts runs this file on PostgreSQL too).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inTransaction } from "../../server/domain/context.js";
import fc from "fast-check";
import { sql, type Kysely } from "kysely";
import { loadSdkSpec, loadServerSpec } from "../../server/app.js";
import { resolveRef, specOperations, type SpecOperation } from "../../server/http/spec.js";
import { DEFAULT_PLANS, type PlanLimits, type PlanName } from "../../server/domain/plans.js";
import { headerProblems } from "../../server/contract/conformance.js";
import { sdk, startServer, type TestAccount, type TestServer } from "../support/helpers.js";
import { schemaArbitrary } from "./arbitrary.js";
import { publishCatalog, type Catalog } from "../../server/domain/catalog.js";
import { SHOP } from "../../scripts/docs/scenario.js";
import { createLeaderboard } from "../../server/domain/leaderboards.js";
import { createEvent } from "../../server/domain/tournaments.js";
import { LONG, SEED, report } from "./report.js";

const unlimited: Record<PlanName, PlanLimits> = Object.fromEntries(
  Object.entries(DEFAULT_PLANS).map(([name, plan]) => [name, { ...plan, monthlyRuntimeRequests: null, perMinute: { sdk_read: 1e9, sdk_write: 1e9, server_api: 1e9 } }]),
) as Record<PlanName, PlanLimits>;

let server: TestServer;
let account: TestAccount;
let db: Kysely<any>;
let lobbyId: string;
const counts = { inputs: 0, serverErrors: 0, nonConforming: 0, requests: 0 };

/**
 * Everything a refused request must leave alone (a wrong transfer-code guess is counted, by design, and
 * so is a stuck claim's lastError, so neither is listed).
 */
const snapshot = async () =>
  JSON.stringify(
    (await sql.raw(`SELECT (SELECT COUNT(*) FROM accounts WHERE erased_at IS NULL) a, (SELECT COUNT(*) FROM slots) s,
      (SELECT COALESCE(SUM(version), 0) FROM slots) v, (SELECT COUNT(*) FROM slot_versions) sv, (SELECT COUNT(*) FROM account_sessions WHERE revoked_at IS NULL) se,
      (SELECT COUNT(*) FROM transfer_codes WHERE consumed_at IS NULL) tc, (SELECT COUNT(*) FROM game_configs) gc,
      (SELECT active_game_config_version FROM environments LIMIT 1) agc, (SELECT COUNT(*) FROM idempotency_records) ir,
      (SELECT COUNT(*) FROM wallet_ledger) le, (SELECT COALESCE(SUM(balance), 0) FROM wallet_balances) wb, (SELECT COALESCE(SUM(quantity), 0) FROM inventory_items) ii,
      (SELECT COUNT(*) FROM grants) g, (SELECT COUNT(*) FROM grants WHERE status <> 'pending') gs, (SELECT COUNT(*) FROM iap_purchases) ip,
      (SELECT COUNT(*) FROM iap_purchases WHERE refunded_at IS NOT NULL) ipr, (SELECT COUNT(*) FROM leaderboard_records) lr,
      (SELECT COALESCE(SUM(score), 0) FROM leaderboard_records) ls, (SELECT COUNT(*) FROM event_attempts) ea, (SELECT COUNT(*) FROM event_attempts WHERE scored_at IS NOT NULL) es,
      (SELECT COALESCE(SUM(attempts), 0) FROM event_participants) ep, (SELECT COUNT(*) FROM accounts WHERE display_name IS NOT NULL) dn,
      (SELECT COUNT(*) FROM lobbies) lo, (SELECT COALESCE(SUM(version), 0) FROM lobbies) lv, (SELECT COUNT(*) FROM lobby_members) lm, (SELECT COUNT(*) FROM matches) ma`).execute(db)).rows[0],
  );

type Input = { path: Record<string, string>; query: Record<string, unknown>; body: unknown; contentType?: string; raw?: string };

const mutations = (spec: any, op: SpecOperation) => {
  const operation = spec.paths[op.path][op.method];
  const hasBody = Boolean(operation.requestBody);
  const options: fc.Arbitrary<(input: Input) => Input>[] = [
    fc.constantFrom("../../etc/passwd", "x".repeat(5000), "acc_ÿ\u0000", "%00", "acc_" + "a".repeat(300), "main\u0000").map((id) => (input: Input) => ({
      ...input, path: Object.fromEntries(Object.keys(input.path).map((k) => [k, id])),
    })),
    fc.constantFrom("1e400", "-1", "abc", "9".repeat(40), "p\u0000", "2026-12-31T23:59:60Z").map((value) => (input: Input) => ({ ...input, query: { ...input.query, [Object.keys(input.query)[0] ?? "unknown"]: value } })),
  ];
  if (hasBody) {
    options.push(
      fc.constant((input: Input) => ({ ...input, body: { ...(input.body as object), unexpectedField: true } })),
      fc.constantFrom(1, "text", [1, 2], null, true).map((value) => (input: Input) => replaceField(input, value)),
      fc.constant((input: Input) => dropField(input)),
      fc.constantFrom("x".repeat(300_000), "\ud800", "\u202e\u0000", "🎮".repeat(5000), "2026-12-31T23:59:60Z", "2026-06-30T23:59:60.5+00:00").map((value) => (input: Input) => replaceField(input, value)),
      // U+0000 deep inside a valid body (a display name, a slot's data): refused whole, on both engines alike.
      fc.constant((input: Input) => ({ ...input, body: withNul(input.body) })),
      fc.integer({ min: 65, max: 2000 }).map((depth) => (input: Input) => replaceField(input, JSON.parse("[".repeat(depth) + "]".repeat(depth)))),
      fc.constant((input: Input) => ({ ...input, contentType: "text/plain", raw: JSON.stringify(input.body) })),
      fc.constantFrom('{"baseVersion":', "[]", "null", '{"a":1}}').map((raw) => (input: Input) => ({ ...input, raw })),
    );
  }
  return fc.oneof(...options);
};

/** A short description of an input (deep or huge values would not print). */
const summarize = (input: Input) => {
  try {
    return JSON.stringify(input).slice(0, 300);
  } catch {
    return "(an input too deep to print)";
  }
};

function replaceField(input: Input, value: unknown): Input {
  const body = { ...(input.body as Record<string, unknown>) };
  const key = Object.keys(body)[0] ?? "data";
  body[key] = value;
  return { ...input, body };
}

/** The body with U+0000 appended to its first string, wherever it sits (or a string added where there is none). */
function withNul(body: unknown): unknown {
  let done = false;
  const visit = (value: unknown): unknown => {
    if (done) return value;
    if (typeof value === "string") return ((done = true), `${value}\u0000`);
    if (Array.isArray(value)) return value.map(visit);
    if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, visit(v)]));
    return value;
  };
  const changed = visit(body);
  return done ? changed : { ...(body as object), added: "\u0000" };
}

function dropField(input: Input): Input {
  const body = { ...(input.body as Record<string, unknown>) };
  delete body[Object.keys(body)[0]];
  return { ...input, body };
}

function validInput(spec: any, op: SpecOperation): fc.Arbitrary<Input> {
  const item = spec.paths[op.path];
  const operation = item[op.method];
  const params = [...(item.parameters ?? []), ...(operation.parameters ?? [])].map((p: any) => resolveRef(spec, p));
  const path: Record<string, fc.Arbitrary<unknown>> = {};
  const query: Record<string, fc.Arbitrary<unknown>> = {};
  for (const p of params) {
    // Aim at the test's own account most of the time, so requests get past authorization.
    if (p.name === "accountId") path.accountId = fc.oneof({ weight: 4, arbitrary: fc.constant(account.accountId) }, { weight: 1, arbitrary: schemaArbitrary(spec, p.schema) });
    else if (p.name === "slotId") path.slotId = fc.oneof({ weight: 3, arbitrary: fc.constant("main") }, { weight: 1, arbitrary: schemaArbitrary(spec, p.schema) });
    else if (p.name === "version") path.version = fc.integer({ min: 1, max: 4 });
    else if (p.name === "leaderboardId") path.leaderboardId = fc.oneof({ weight: 3, arbitrary: fc.constantFrom("distance", "event-cup") }, { weight: 1, arbitrary: schemaArbitrary(spec, p.schema) });
    else if (p.name === "lobbyId") path.lobbyId = fc.oneof({ weight: 3, arbitrary: fc.constant(lobbyId) }, { weight: 1, arbitrary: schemaArbitrary(spec, p.schema) });
    else if (p.name === "eventId") path.eventId = fc.oneof({ weight: 3, arbitrary: fc.constant("cup") }, { weight: 1, arbitrary: schemaArbitrary(spec, p.schema) });
    else if (p.name === "itemId") path.itemId = fc.oneof({ weight: 3, arbitrary: fc.constantFrom("potion", "lantern") }, { weight: 1, arbitrary: schemaArbitrary(spec, p.schema) });
    else if (p.in === "path") path[p.name] = schemaArbitrary(spec, p.schema);
    else if (p.in === "query") query[p.name] = schemaArbitrary(spec, p.schema);
  }
  const bodySchema = operation.requestBody?.content?.["application/json"]?.schema;
  return fc.record({
    path: fc.record(path) as fc.Arbitrary<Record<string, string>>,
    query: fc.record(query, { requiredKeys: params.filter((p: any) => p.in === "query" && p.required).map((p: any) => p.name) }) as fc.Arbitrary<Record<string, unknown>>,
    body: bodySchema ? schemaArbitrary(spec, bodySchema) : fc.constant(undefined),
  });
}

async function send(op: SpecOperation, input: Input, key: string) {
  const url = op.path.replace(/\{([^}]+)\}/g, (_, name) => encodeURIComponent(String(input.path[name])));
  let req = server.http[op.method as "get" | "post"](url).set("Authorization", `Bearer ${key}`).set("X-Persistly-Account-Session", account.token);
  const query = Object.fromEntries(Object.entries(input.query).map(([k, v]) => [k, String(v)]));
  if (Object.keys(query).length) req = req.query(query);
  if (input.raw !== undefined) return req.set("Content-Type", input.contentType ?? "application/json").send(input.raw);
  if (input.body !== undefined) return req.send(input.body as object);
  return req;
}

const operationsOf = (spec: any, surface: "sdk" | "server") =>
  // Streams stay open (a fuzzer would wait on them forever); their refusals are tested where they live.
  specOperations(spec).filter((op) => !op.operationId.startsWith("stream")).map((op) => [op.operationId, spec, op, surface] as const);

describe("fuzzing from the spec", () => {
  beforeAll(async () => {
    server = await startServer({ plans: unlimited });
    account = await sdk(server).createAccount();
    // With a catalog, the economy's operations get past "no such currency" to their own checks.
    await inTransaction(server.app.deps, async (tx) => publishCatalog(tx, (await server.store.getEnvironment(server.environmentId))!, SHOP as Catalog));
    // A board and a running event, so that their operations get past "no such board" to their own checks.
    await inTransaction(server.app.deps, (tx) => createLeaderboard(tx, server.environmentId, { leaderboardId: "distance" }));
    await server.store.transaction((store) => createEvent({ ...server.app.deps, store }, server.environmentId, {
      eventId: "cup", name: "Cup", startsAt: "2026-11-23T09:00:00Z", endsAt: "2026-11-30T09:00:00Z", entryCost: { gold: 1 }, maxAttemptsPerPlayer: 1000,
    }));
    // And a lobby the test's account hosts.
    lobbyId = (await sdk(server).post(`/sdk/v1/accounts/${account.accountId}/lobbies`, { maxPlayers: 4, visibility: "public", mode: "squad" }, account.token)).body.lobbyId;
    db = (server.store as unknown as { engine: { reader: Kysely<any> } }).engine.reader;
  });

  it.each([...operationsOf(loadSdkSpec(), "sdk"), ...operationsOf(loadServerSpec(), "server")])(
    "%s: never a 5xx, always a documented response, and a refusal changes nothing",
    async (operationId, spec, op, surface) => {
      const key = surface === "sdk" ? server.runtimeKey : server.serverKey;
      // Erasing or revoking the test's own account would end the run early; aim those at other accounts.
      const destructive = ["eraseAccount", "revokeAllAccountSessions", "revokeAccountSession"].includes(operationId);
      const check = async (input: Input) => {
        counts.inputs++;
        counts.requests++;
        if (destructive) input = { ...input, path: { ...input.path, accountId: (await sdk(server).createAccount()).accountId } };
        const before = await snapshot();
        const res = await send(op, input, key);
        if (res.status >= 500) counts.serverErrors++;
        const problems = headerProblems(op.method, (res as unknown as { req: { path: string } }).req.path, res.status, res.headers, res.body);
        if (problems.length) counts.nonConforming++;
        if (res.status >= 500) throw new Error(`${operationId} → ${res.status} ${res.text?.slice(0, 300)} for ${summarize(input)}`);
        expect(problems).toEqual([]);
        if (res.status >= 400 && !destructive) expect(await snapshot(), `${operationId} changed state on ${res.status} ${res.text?.slice(0, 200)}`).toBe(before);
      };
      const runs = LONG ? 300 : 12;
      await fc.assert(fc.asyncProperty(validInput(spec, op), (input) => check(input)), { seed: SEED, numRuns: runs, endOnFailure: true });
      await fc.assert(
        fc.asyncProperty(validInput(spec, op), mutations(spec, op), (input, mutate) => check(mutate(input))),
        { seed: SEED, numRuns: runs * 2, endOnFailure: true },
      );
    },
    LONG ? 0 : 30_000,
  );

  // Each input's own test above fails on a 5xx or a nonconforming answer; this only reports the counts.
  afterAll(() => report(`fuzzing from the spec (${process.env.PERSISTLY_TEST_STORE ?? "sqlite"})`, counts));
});
