// Requests Node's HTTP parser refuses before the app sees them still get the error envelope.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connect } from "node:net";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startProcess, type ServerProcess } from "../support/process.js";
import { operationRoute, responseProblems } from "../../server/contract/conformance.js";

let server: ServerProcess;
beforeAll(async () => {
  const db = join(mkdtempSync(join(tmpdir(), "persistly-client-errors-")), "test.db");
  server = await startProcess(db, { PERSISTLY_HEADERS_TIMEOUT_MS: "300", PERSISTLY_REQUEST_TIMEOUT_MS: "300" });
});
afterAll(() => {
  server.child.kill("SIGKILL");
});

/** Writes raw bytes (optionally leaving the request unfinished) and reads the answer until the server closes. */
function raw(bytes: string): Promise<{ status: number; headers: string; body: any }> {
  return new Promise((resolve, reject) => {
    const socket = connect(server.port, "127.0.0.1", () => socket.write(bytes));
    let text = "";
    socket.on("data", (chunk) => (text += chunk)).on("error", reject).on("close", () => {
      const [head, body] = text.split("\r\n\r\n");
      resolve({ status: Number(head.split(" ")[1]), headers: head, body: body ? JSON.parse(body) : null });
    });
  });
}

describe("refusals of the HTTP parser", () => {
  it.each([
    ["a header over 16 KB", `GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${"a".repeat(20_000)}\r\n\r\n`, 431, "headers_too_large"],
    ["a CR inside a header value", "GET /healthz HTTP/1.1\r\nHost: x\r\nX-A: a\rb\r\n\r\n", 400, "invalid_request"],
    ["a request line that is not HTTP", "HELLO\r\n\r\n", 400, "invalid_request"],
    ["a request that never finishes arriving", "POST /sdk/v1/accounts HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n", 408, "request_timeout"],
  ])("answers %s with the envelope", async (_name, bytes, status, code) => {
    const res = await raw(bytes);
    expect(res.status).toBe(status);
    expect(res.headers).toMatch(/content-type: application\/json/i);
    expect(res.body.error).toMatchObject({ code, details: {} });
    expect(res.body.error.requestId).toMatch(/^req_/);
  });

  it("answers oversized headers on /healthz exactly as the spec declares (431 headers_too_large)", async () => {
    const res = await raw(`GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${"a".repeat(20_000)}\r\n\r\n`);
    const headers = Object.fromEntries(res.headers.split("\r\n").slice(1).map((line) => [line.slice(0, line.indexOf(":")).toLowerCase(), line.slice(line.indexOf(":") + 1).trim()]));
    expect(responseProblems(operationRoute("checkHealth")!, res.status, headers, res.body)).toEqual([]);
  });

  it("keeps serving afterwards", async () => {
    expect((await fetch(`${server.base}/healthz`)).status).toBe(200);
  });
});
