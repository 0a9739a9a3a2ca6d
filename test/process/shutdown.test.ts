import { describe, expect, it } from "vitest";
import { existsSync, statSync } from "node:fs";
import Database from "better-sqlite3";
import { tempDbPath } from "../support/helpers.js";
import { openStream } from "../support/sse.js";
import { startProcess } from "../support/process.js";

describe("graceful shutdown", () => {
  it("on SIGTERM closes event streams with `closed`, answers in-flight requests, closes the database, exits 0", async () => {
    const db = tempDbPath();
    const server = await startProcess(db);
    const headers = { Authorization: `Bearer ${server.runtimeKey}`, "Content-Type": "application/json" };
    const response = await fetch(`${server.base}/sdk/v1/accounts`, { method: "POST", headers, body: JSON.stringify({ slot: { slotId: "main", data: 1 } }) });
    const created = (await response.json()) as { accountId: string; accountSessionToken: string };
    const stream = await openStream(`${server.base}/sdk/v1/accounts/${created.accountId}/events`, {
      Authorization: headers.Authorization, "X-Persistly-Account-Session": created.accountSessionToken,
    });
    await stream.next("ready");

    // A request still being received when the signal arrives: half its body now, the rest after SIGTERM.
    let finishBody!: () => void;
    const body = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"baseVersion":1,'));
        finishBody = () => {
          controller.enqueue(new TextEncoder().encode('"data":2}'));
          controller.close();
        };
      },
    });
    const inFlight = fetch(`${server.base}/sdk/v1/accounts/${created.accountId}/slots/main/sync`, {
      method: "POST", headers: { ...headers, "X-Persistly-Account-Session": created.accountSessionToken }, body, duplex: "half",
    } as RequestInit);
    await new Promise((r) => setTimeout(r, 100));
    const started = Date.now();
    server.child.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 200));
    finishBody();

    expect((await stream.next("closed")).data).toEqual({ reason: "server_shutdown" });
    const answered = await inFlight;
    expect(answered.status).toBe(200);
    expect(await server.exited).toBe(0);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(server.logs.map((l) => l.msg)).toEqual(expect.arrayContaining(["shutting down", "stopped"]));
    // A clean close checkpoints the WAL: nothing is left to replay, and the data is there.
    expect(!existsSync(`${db}-wal`) || statSync(`${db}-wal`).size === 0).toBe(true);
    const check = new Database(db, { readonly: true });
    expect(check.prepare("SELECT MAX(version) AS v FROM slot_versions").get()).toEqual({ v: 2 });
    expect(check.pragma("integrity_check", { simple: true })).toBe("ok");
    check.close();
  }, 30_000);
});

describe("slow clients", () => {
  it("cannot hold a connection by sending their headers slowly", async () => {
    const { connect } = await import("node:net");
    const server = await startProcess(tempDbPath(), { PERSISTLY_HEADERS_TIMEOUT_MS: "500", PERSISTLY_REQUEST_TIMEOUT_MS: "800" });
    const socket = connect(server.port, "127.0.0.1");
    await new Promise((r) => socket.once("connect", r));
    socket.write("GET /healthz HTTP/1.1\r\nHost: localhost\r\n");
    const started = Date.now();
    let answer = "";
    socket.on("data", (chunk) => (answer += chunk));
    await new Promise((r) => socket.once("close", r));
    expect(Date.now() - started).toBeLessThan(3000);
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    server.child.kill("SIGTERM");
    expect(await server.exited).toBe(0);
  }, 15_000);
});
