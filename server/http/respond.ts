// The last stage: a handler's answer onto the wire — its headers, then JSON (validated against the
// spec when response validation is on), or an event stream handed to the handler's subscriber.
import type { Request, Response } from "express";
import { openSse } from "./sse.js";
import type { InvokeResult } from "./transaction.js";
import { JsonText } from "./jsonText.js";

export function respond(req: Request, res: Response, result: InvokeResult, heartbeatMs: number, validatesResponses: boolean) {
  for (const [name, value] of Object.entries(result.headers ?? {})) res.setHeader(name, value);
  if (typeof result.body === "function") return void result.body(openSse(req, res, heartbeatMs));
  if (result.body instanceof JsonText) {
    // The validator checks what res.json is given: it gets the value; otherwise the text goes out as is.
    if (validatesResponses) return void res.status(result.status).json(result.body.toJSON());
    res.status(result.status).setHeader("Content-Type", "application/json; charset=utf-8");
    return void res.end(result.body.text);
  }
  res.status(result.status).json(result.body);
}
