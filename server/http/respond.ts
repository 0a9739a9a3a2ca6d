// The last stage: a handler's answer onto the wire — its headers, then JSON (validated against the
// spec when response validation is on), or an event stream handed to the handler's subscriber.
import type { Request, Response } from "express";
import { openSse } from "./sse.js";
import type { InvokeResult } from "./transaction.js";

export function respond(req: Request, res: Response, result: InvokeResult, heartbeatMs: number) {
  for (const [name, value] of Object.entries(result.headers ?? {})) res.setHeader(name, value);
  if (typeof result.body === "function") return void result.body(openSse(req, res, heartbeatMs));
  res.status(result.status).json(result.body);
}
