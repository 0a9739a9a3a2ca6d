// `persistly serve --workers 2` (PERSISTLY_WORKERS=2) over one SQLite file: two worker processes behind
// one port, writes serialised across them, rate limits and events shared through the primary, a killed
// worker replaced without losing an acknowledged write, and a graceful stop.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { request } from "node:http";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { leaveQuota, startProcess, type ServerProcess } from "../support/process.js";
import { reportAttack } from "../reliability/report.js";
import { openStream } from "../support/sse.js";

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: any;
}

describe("two cluster workers over one SQLite database", () => {
  const db = join(mkdtempSync(join(tmpdir(), "persistly-workers-")), "workers.db");
  let server: ServerProcess;

  /** One request on a connection of its own, so the cluster spreads them over the workers. */
  const call = (method: string, path: string, body?: unknown, session?: string) =>
    new Promise<Answer>((resolve, reject) => {
      const req = request(`${server.base}${path}`, {
        method, agent: false,
        headers: { Authorization: `Bearer ${server.runtimeKey}`, "Content-Type": "application/json", ...(session ? { "X-Persistly-Account-Session": session } : {}) },
      }, (res) => {
        let text = "";
        res.on("data", (chunk) => (text += chunk)).on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: JSON.parse(text) }));
      });
      // A connection the killed worker held never answers; like any real client, give up and retry.
      req.setTimeout(5000, () => req.destroy(new Error("no answer in 5 s")));
      req.on("error", reject).end(body === undefined ? undefined : JSON.stringify(body));
    });
  const newAccount = async () => {
    const created = await call("POST", "/sdk/v1/accounts", { slot: { slotId: "main", data: { n: 0 } } });
    expect(created.status).toBe(201);
    return { accountId: created.body.accountId as string, token: created.body.accountSessionToken as string };
  };
  const sync = (account: { accountId: string; token: string }, baseVersion: number, data: unknown) =>
    call("POST", `/sdk/v1/accounts/${account.accountId}/slots/main/sync`, { baseVersion, data }, account.token);
  /** The worker that answered, from its access log line. */
  const servedBy = async (answer: Answer) => {
    for (let i = 0; i < 50; i++) {
      const line = server.logs.find((l) => l.requestId === answer.headers["x-request-id"] && l.msg === "request completed");
      if (line) return line.pid as number;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error(`no log line for ${answer.headers["x-request-id"]}`);
  };
  const listening = () => server.logs.filter((l) => String(l.msg).startsWith("Persistly listening")).length;
  const waitFor = async (what: () => boolean, ms = 15_000) => {
    for (const until = Date.now() + ms; !what(); ) {
      if (Date.now() > until) throw new Error("timed out");
      await new Promise((r) => setTimeout(r, 50));
    }
  };

  beforeAll(async () => {
    server = await startProcess(db, { PERSISTLY_WORKERS: "2" });
    await waitFor(() => listening() === 2);
    // Room for the writes below (the free plan allows 120 a minute).
    await promisify(execFile)(process.execPath, ["scripts/persistly.mjs", "plan", "set", "studio"], { env: { ...process.env, PERSISTLY_DB: db } });
  }, 60_000);

  afterAll(async () => {
    if (server?.child.exitCode === null) server.child.kill("SIGKILL");
    await server?.exited;
  });

  it("answers on one port from two worker processes, not from the primary", async () => {
    const answers = await Promise.all(Array.from({ length: 12 }, () => call("GET", "/sdk/v1/runtime-config")));
    expect(answers.map((a) => a.status)).toEqual(Array(12).fill(200));
    const pids = new Set(await Promise.all(answers.map(servedBy)));
    expect(pids.size).toBe(2);
    expect(pids.has(server.child.pid!)).toBe(false);
  });

  it("shares one rate-limit bucket per key across the workers", async () => {
    const answers = await Promise.all(Array.from({ length: 8 }, () => call("GET", "/sdk/v1/runtime-config")));
    expect(new Set(await Promise.all(answers.map(servedBy))).size).toBe(2);
    const remaining = answers.map((a) => Number(a.headers["ratelimit-remaining"])).sort((x, y) => y - x);
    // One bucket: every request took its own point. Two buckets would hand out the same counts twice.
    expect(new Set(remaining).size).toBe(8);
    expect(remaining[0] - remaining[7]).toBe(7);
  });

  it("gives exactly one winner per version to syncs racing across the workers", async () => {
    const account = await newAccount();
    for (let version = 1; version <= 3; version++) {
      const racers = await Promise.all(Array.from({ length: 10 }, (_, i) => sync(account, version, { n: version, by: i })));
      expect(new Set(await Promise.all(racers.map(servedBy))).size, "both workers took part").toBe(2);
      expect(racers.map((r) => r.status).sort(), `round from version ${version}`).toEqual([200, ...Array(9).fill(409)]);
    }
    expect((await call("GET", `/sdk/v1/accounts/${account.accountId}/slots/main`, undefined, account.token)).body.version).toBe(4);
  });

  it("delivers every write to an event stream, whichever worker took it", async () => {
    const account = await newAccount();
    const stream = await openStream(`${server.base}/sdk/v1/accounts/${account.accountId}/events`, {
      Authorization: `Bearer ${server.runtimeKey}`, "X-Persistly-Account-Session": account.token,
    });
    try {
      expect((await stream.next("ready")).event).toBe("ready");
      const writers = new Set<number>();
      for (let version = 1; version <= 6; version++) {
        const written = await sync(account, version, { n: version });
        expect(written.status).toBe(200);
        writers.add(await servedBy(written));
        expect((await stream.next("slot_updated", 5000)).data).toMatchObject({ slotId: "main", version: version + 1 });
      }
      expect(writers.size, "writes went through both workers").toBe(2);
    } finally {
      stream.close();
    }
  });

  it("replaces a killed worker and loses no acknowledged write", async () => {
    const accounts = await Promise.all(Array.from({ length: 6 }, () => newAccount()));
    const acked = new Map<string, number>();
    let victim = 0;
    const writer = async (account: { accountId: string; token: string }, index: number) => {
      for (let version = 1; version <= 25; version++) {
        const res = await sync(account, version, { n: version }).catch(() => null);
        if (res?.status === 200) acked.set(account.accountId, res.body.version);
        else if (res === null || res.status >= 500) version--; // the worker died under it: send it again
        else if (res.status === 409) version = res.body.error.details.cloud.version - 1; // its answer was lost with the worker
        else throw new Error(`sync ${version}: ${res.status} ${JSON.stringify(res.body)}`);
        if (version === 8 && index === 0 && !victim && res) {
          victim = await servedBy(res);
          process.kill(victim, "SIGKILL");
        }
      }
    };
    await Promise.all(accounts.map(writer));
    expect(victim).toBeGreaterThan(0);
    await waitFor(() => listening() === 3);
    for (const account of accounts) {
      const slot = await call("GET", `/sdk/v1/accounts/${account.accountId}/slots/main`, undefined, account.token);
      expect(slot.body.version, account.accountId).toBeGreaterThanOrEqual(acked.get(account.accountId)!);
      expect(slot.body.version).toBe(26);
    }
  }, 60_000);

  it("stops every worker and exits 0 on SIGTERM", async () => {
    server.child.kill("SIGTERM");
    expect(await server.exited).toBe(0);
    expect(server.logs.filter((l) => l.msg === "stopped").length).toBe(2);
  }, 30_000);
});

describe("the monthly quota under two cluster workers", () => {
  let server: ServerProcess;
  afterAll(async () => {
    if (server?.child.exitCode === null) server.child.kill("SIGKILL");
    await server?.exited;
  });

  it("admits exactly what is left of the quota, however the requests spread over the workers", async () => {
    const db = join(mkdtempSync(join(tmpdir(), "persistly-workers-quota-")), "quota.db");
    server = await startProcess(db, { PERSISTLY_WORKERS: "2" });
    await leaveQuota(db, 10);
    const get = () =>
      new Promise<number>((resolve, reject) => {
        const req = request(`${server.base}/sdk/v1/runtime-config`, { agent: false, headers: { Authorization: `Bearer ${server.runtimeKey}` } }, (res) => {
          res.resume().on("end", () => resolve(res.statusCode!));
        });
        req.on("error", reject).end();
      });
    const statuses = await Promise.all(Array.from({ length: 40 }, get));
    reportAttack("monthly quota over-admitted across workers", 40, Math.max(0, statuses.filter((s) => s === 200).length - 10));
    expect(statuses.filter((s) => s === 200)).toHaveLength(10);
    expect(statuses.filter((s) => s === 402)).toHaveLength(30);
  }, 30_000);
});
