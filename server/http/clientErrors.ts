// Requests Node's HTTP parser refuses before Express sees them (a header too large, a CR or LF inside
// a header, a request that took too long to arrive) still get the error envelope, written straight to
// the socket: Node's default answer is a status line with an empty body.
import type { Server } from "node:http";
import type { Duplex } from "node:stream";
import { newRequestId } from "./requestId.js";
import { systemRandomness } from "../domain/randomness.js";

const REFUSALS: Record<string, { status: number; reason: string; code: string; message: string }> = {
  HPE_HEADER_OVERFLOW: { status: 431, reason: "Request Header Fields Too Large", code: "headers_too_large", message: "the request's headers are over the server's limit (16 KB)" },
  ERR_HTTP_REQUEST_TIMEOUT: { status: 408, reason: "Request Timeout", code: "request_timeout", message: "the request did not arrive in time" },
  ERR_HTTP_HEADERS_TIMEOUT: { status: 408, reason: "Request Timeout", code: "request_timeout", message: "the request's headers did not arrive in time" },
};

const malformed = (detail: string) => ({ status: 400, reason: "Bad Request", code: "invalid_request", message: `the request is not valid HTTP/1.1: ${detail}` });

export function answerClientErrors(server: Server) {
  server.on("clientError", (err: NodeJS.ErrnoException & { reason?: string }, socket: Duplex) => {
    // A connection the client already dropped, or one whose response has begun, cannot take an answer.
    if (err.code === "ECONNRESET" || !socket.writable || (socket as { _httpMessage?: { headersSent?: boolean } })._httpMessage?.headersSent) {
      socket.destroy();
      return;
    }
    const refusal = REFUSALS[err.code ?? ""] ?? malformed(err.reason ?? err.message);
    const requestId = newRequestId(systemRandomness);
    const body = JSON.stringify({ error: { code: refusal.code, message: refusal.message, details: {}, requestId } });
    socket.end(
      `HTTP/1.1 ${refusal.status} ${refusal.reason}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `X-Request-Id: ${requestId}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}
