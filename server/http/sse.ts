// Writes a Server-Sent Events response: headers, `:` heartbeats, events, and a clean end.
import type { Request, Response } from "express";
import type { EventSink } from "../domain/events.js";

export function openSse(req: Request, res: Response, heartbeatMs: number): EventSink {
  res.status(200);
  res.setHeader("Content-Type", "text/event-stream; charset=utf-8");
  res.setHeader("Cache-Control", "no-cache, no-transform");
  res.setHeader("X-Accel-Buffering", "no");
  res.flushHeaders();
  const callbacks: Array<() => void> = [];
  let ended = false;
  const finish = () => {
    if (ended) return;
    ended = true;
    clearInterval(heartbeat);
    for (const callback of callbacks) callback();
  };
  const heartbeat = setInterval(() => res.write(": heartbeat\n\n"), heartbeatMs);
  req.on("close", finish);
  // A client gone before the stream opened sends no close event any more.
  if (req.socket.destroyed) finish();
  return {
    send(event) {
      if (!ended) res.write(`event: ${event.name}\nid: ${event.id}\ndata: ${event.json ?? JSON.stringify(event.data)}\n\n`);
    },
    end() {
      finish();
      res.end();
    },
    onEnd: (callback) => (ended ? callback() : void callbacks.push(callback)),
  };
}
