// Two real server processes on two ports over one PostgreSQL database and one Redis: one winner per
// version for syncs racing across them, one shared rate limit, events crossing from one to the other,
// and no acknowledged write lost when one of them is killed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { Redis } from "ioredis";
import { randomUUID } from "node:crypto";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { startProcess, type ServerProcess } from "../support/process.js";
import { openStream } from "../support/sse.js";
import { TEST_POSTGRES_URL } from "../support/helpers.js";
import { needService } from "../support/services.js";

const REDIS_URL = process.env.PERSISTLY_TEST_REDIS_URL ?? "redis://127.0.0.1:6379";

async function reachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  redis.on("error", () => {});
  try {
    await client.connect();
    await redis.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
    redis.disconnect();
  }
}

const available = needService(await reachable(), `PostgreSQL (${TEST_POSTGRES_URL}) and Redis (${REDIS_URL})`);

describe.skipIf(!available)("two server processes over one PostgreSQL and one Redis", () => {
  const database = `persistly_mp_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
  const admin = () => new pg.Client({ connectionString: TEST_POSTGRES_URL });
  let a: ServerProcess;
  let b: ServerProcess;
  let runtimeKey: string;

  const call = async (server: ServerProcess, method: string, path: string, body?: unknown, session?: string) => {
    const res = await fetch(server.base + path, {
      method,
      headers: { Authorization: `Bearer ${runtimeKey}`, "Content-Type": "application/json", ...(session ? { "X-Persistly-Account-Session": session } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, headers: res.headers, body: (await res.json()) as any };
  };
  const newAccount = async (server: ServerProcess) => {
    const created = await call(server, "POST", "/sdk/v1/accounts", { slot: { slotId: "main", data: { n: 0 } } });
    expect(created.status).toBe(201);
    return { accountId: created.body.accountId as string, token: created.body.accountSessionToken as string };
  };
  const sync = (server: ServerProcess, account: { accountId: string; token: string }, baseVersion: number, data: unknown) =>
    call(server, "POST", `/sdk/v1/accounts/${account.accountId}/slots/main/sync`, { baseVersion, data }, account.token);

  beforeAll(async () => {
    const client = admin();
    await client.connect();
    await client.query(`CREATE DATABASE ${database}`);
    await client.end();
    const url = new URL(TEST_POSTGRES_URL);
    url.pathname = `/${database}`;
    const env = { PERSISTLY_DATABASE_URL: url.toString(), PERSISTLY_REDIS_URL: REDIS_URL };
    a = await startProcess("unused-with-postgres.db", env);
    b = await startProcess("unused-with-postgres.db", env);
    runtimeKey = a.runtimeKey;
    expect(runtimeKey).toMatch(/^pst_rt_/);
    // Room for the kill test's writes (the free plan allows 120 a minute); the CLI works on PostgreSQL too.
    await promisify(execFile)(process.execPath, ["scripts/persistly.mjs", "plan", "set", "studio"], { env: { ...process.env, ...env } });
    expect(b.runtimeKey, "the second process finds the environment the first created").toBe("");
  }, 60_000);

  afterAll(async () => {
    for (const p of [a, b]) if (p && p.child.exitCode === null) p.child.kill("SIGKILL");
    await Promise.all([a?.exited, b?.exited]);
    const client = admin();
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await client.end();
  }, 60_000); // dropping a database can take seconds while other test files load PostgreSQL

  it("gives exactly one winner per version to syncs racing across both processes", async () => {
    const account = await newAccount(a);
    for (let version = 1; version <= 3; version++) {
      const racers = Array.from({ length: 10 }, (_, i) => sync(i % 2 ? a : b, account, version, { n: version, by: i }));
      const statuses = (await Promise.all(racers)).map((r) => r.status).sort();
      expect(statuses, `round from version ${version}`).toEqual([200, ...Array(9).fill(409)]);
    }
    const slot = await call(b, "GET", `/sdk/v1/accounts/${account.accountId}/slots/main`, undefined, account.token);
    expect(slot.body.version).toBe(4);
  });

  it("shares one rate-limit bucket per key", async () => {
    const first = await call(a, "GET", "/sdk/v1/runtime-config");
    const second = await call(b, "GET", "/sdk/v1/runtime-config");
    expect(Number(second.headers.get("ratelimit-remaining"))).toBe(Number(first.headers.get("ratelimit-remaining")) - 1);
  });

  it("delivers a write made through one process to an event stream held by the other", async () => {
    const account = await newAccount(a);
    const stream = await openStream(`${b.base}/sdk/v1/accounts/${account.accountId}/events`, {
      Authorization: `Bearer ${runtimeKey}`, "X-Persistly-Account-Session": account.token,
    });
    try {
      expect((await stream.next("ready")).event).toBe("ready");
      expect((await sync(a, account, 1, { n: 1 })).status).toBe(200);
      expect((await stream.next("slot_updated", 5000)).data).toMatchObject({ slotId: "main", version: 2 });
    } finally {
      stream.close();
    }
  });

  it("loses no acknowledged write when one process is killed", async () => {
    const accounts = await Promise.all(Array.from({ length: 6 }, () => newAccount(b)));
    const acked = new Map<string, number>();
    let killed = false;
    const writer = async (account: { accountId: string; token: string }, index: number) => {
      for (let version = 1; version <= 30; version++) {
        const target = index % 2 || killed ? b : a;
        const res = await sync(target, account, version, { n: version }).catch(() => null);
        if (res?.status === 200) acked.set(account.accountId, res.body.version);
        else if (res === null || res.status >= 500) version--; // the process died under it: retry on the other
        else if (res.status === 409) version = res.body.error.details.cloud.version - 1; // its answer was lost with the process: go on from there
        else throw new Error(`sync ${version}: ${res.status} ${JSON.stringify(res.body)}`);
        if (version === 10 && index === 0 && !killed) {
          killed = true;
          a.child.kill("SIGKILL");
        }
      }
    };
    await Promise.all(accounts.map(writer));
    expect(killed).toBe(true);
    for (const account of accounts) {
      const slot = await call(b, "GET", `/sdk/v1/accounts/${account.accountId}/slots/main`, undefined, account.token);
      expect(slot.body.version, account.accountId).toBeGreaterThanOrEqual(acked.get(account.accountId)!);
      expect(slot.body.version).toBe(31);
    }
  }, 60_000);
});
