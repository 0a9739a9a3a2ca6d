// Test harness: a real app on a real SQLite database, exercised over HTTP with supertest.
import request from "supertest";
import { pino } from "pino";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { PersistlyApp } from "../../server/app.js";
import { createApp, type AppOptions } from "../../server/app.js";
import { openStore } from "../../server/store/index.js";
import { randomUUID } from "node:crypto";
import { bootstrapIfEmpty, issueKey } from "../../server/domain/operator.js";
import type { Store, TxStore } from "../../server/store/types.js";
import type { components } from "../../generated/sdk.js";
import { headerProblems } from "../../server/contract/conformance.js";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

export type Schemas = components["schemas"];

/** The Markdown files under `dir`, at any depth, in a stable order. */
export const markdownFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".md")).sort().map((f) => join(dir, f));

/** A fresh database file: tests run on the same file-backed SQLite that users do. */
export const tempDbPath = () => join(mkdtempSync(join(tmpdir(), "persistly-test-")), "test.db");

/**
 * The store the behavioural suite runs on: SQLite by default; PostgreSQL in the vitest project
 * "postgres" (PERSISTLY_TEST_STORE=postgres), each server on a schema of its own in the test database.
 */
export const TEST_POSTGRES_URL = process.env.PERSISTLY_TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/test";
export const TEST_SCHEMA_PREFIX = "persistly_test_";

const openedStores: Store[] = [];

export async function testStore(): Promise<Store> {
  // Read per call: with `isolate: false` one worker process runs many files, and its project sets the engine.
  if (process.env.PERSISTLY_TEST_STORE !== "postgres") return await openStore({ database: tempDbPath() });
  const schema = `${TEST_SCHEMA_PREFIX}${randomUUID().replaceAll("-", "").slice(0, 16)}`;
  const store = await openStore({ database: TEST_POSTGRES_URL, schema, poolSize: 4, idleTimeoutMillis: 500 });
  openedStores.push(store);
  return store;
}

/** Closes the PostgreSQL stores a test file opened (their pools hold connections the server counts). */
export async function closeTestStores() {
  await Promise.allSettled(openedStores.splice(0).map((store) => store.close()));
}

/** A clock the test can move (transfer-code expiry). */
export function testClock(start = Date.parse("2026-11-23T09:00:00.000Z")) {
  let t = start;
  return { now: () => new Date(t), advance: (ms: number) => void (t += ms) };
}

/**
 * Test servers log only their errors, to stderr with the stack, so that a handler that crashes shows
 * why next to the failing assertion instead of a bare "expected 500 to be 200".
 */
const serverErrorsToStderr = pino({ level: "error" }, {
  write(line: string) {
    const entry = JSON.parse(line);
    process.stderr.write(`server error: ${entry.msg}${entry.err?.stack ? `\n${entry.err.stack}` : entry.problems ? ` ${JSON.stringify(entry.problems)}` : ""}\n`);
  },
});

export interface TestServer {
  app: PersistlyApp;
  http: ReturnType<typeof request>;
  store: Store;
  runtimeKey: string;
  serverKey: string;
  environmentId: string;
  clock: ReturnType<typeof testClock>;
}

export async function startServer(options: Partial<AppOptions> & { dbPath?: string } = {}): Promise<TestServer> {
  const store = options.store ?? (options.dbPath ? await openStore({ database: options.dbPath }) : await testStore());
  // A database that already has an environment keeps its keys; the test brings its own.
  const boot = await bootstrapIfEmpty(store);
  const clock = testClock();
  const app = await createApp({ now: clock.now, validateResponses: true, logger: serverErrorsToStderr, ...options, store });
  return {
    app, http: request(app), store, clock,
    runtimeKey: boot?.runtimeKey ?? "", serverKey: boot?.serverKey ?? "", environmentId: boot?.environment.id ?? "",
  };
}

/** A second environment in the same database, with its own runtime key. */
export async function otherEnvironmentKey(server: TestServer, name = "production") {
  return server.store.transaction(async (tx) => {
    const workspace = await tx.ensureWorkspace("default", new Date().toISOString());
    const env = await tx.createEnvironment(workspace.id, name, new Date().toISOString());
    return (await issueKey(tx, env, "runtime")).key;
  });
}

export const DATA_V1 = { hp: 100, gold: 0, inventory: ["wooden-sword"], position: { x: 0, y: 0 } };
export const INFO_V1 = { level: 1, label: "New game" };

export interface TestAccount {
  accountId: string;
  token: string;
  body: Schemas["CreatedAccount"];
}

/** Client helpers bound to one server: the headers every SDK call carries. */
export function sdk(server: TestServer, key = server.runtimeKey) {
  return { ...bearer(server, key), createAccount: createAccountWith(server, key) };
}

/** Helpers for the server surface, with the server key. */
export const trusted = (server: TestServer, key = server.serverKey) => bearer(server, key);

function createAccountWith(server: TestServer, key: string) {
  return async (body: Schemas["CreateAccountRequest"] = { slot: { slotId: "main", data: DATA_V1, slotInfo: INFO_V1 } }): Promise<TestAccount> => {
    const res = await bearer(server, key).post("/sdk/v1/accounts", body);
    if (res.status !== 201) throw new Error(`createAccount: ${res.status} ${JSON.stringify(res.body)}`);
    return { accountId: res.body.accountId, token: res.body.accountSessionToken, body: res.body };
  };
}

function bearer(server: TestServer, key: string) {
  // Every response these helpers see is also checked for its documented status and headers.
  const auth = (req: request.Test, token?: string) => {
    req.set("Authorization", `Bearer ${key}`);
    if (token) req.set("X-Persistly-Account-Session", token);
    return req.expect((res) => {
      const { method, path: url } = (res as unknown as { req: { method: string; path: string } }).req;
      const problems = headerProblems(method, url, res.status, res.headers, res.body);
      if (problems.length) throw new Error(problems.join("\n"));
    });
  };
  return {
    get: (path: string, token?: string) => auth(server.http.get(path), token),
    post: (path: string, body: unknown, token?: string) => auth(server.http.post(path), token).send(body as object),
  };
}

export const errorCode = (res: { body: any }) => res.body?.error?.code;

/** Serves the app on a real port of 127.0.0.1 (for fetch, browsers and event streams). */
export async function listenLocal(app: PersistlyApp): Promise<{ origin: string; close(): Promise<void> }> {
  const http = createServer(app);
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  return {
    origin: `http://127.0.0.1:${(http.address() as AddressInfo).port}`,
    close: () => {
      http.closeAllConnections();
      return new Promise((resolve) => http.close(() => resolve()));
    },
  };
}

/**
 * The store with some methods replaced (fault injection), also inside the transactions it opens: a
 * mutation's calls go to the store bound to its transaction, so the replacements must follow there.
 */
export function storeWith<S extends Store | TxStore>(store: S, overrides: Partial<TxStore>): S {
  return new Proxy(store, {
    get(target, prop) {
      if (prop in overrides) return overrides[prop as keyof TxStore];
      if (prop === "transaction") return <T>(work: (tx: TxStore) => Promise<T>) => (target as Store).transaction((tx) => work(storeWith(tx, overrides)));
      const value = Reflect.get(target, prop, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
