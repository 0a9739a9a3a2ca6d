// A minimal Server-Sent Events reader over fetch, for tests against a listening server.
export interface SseEvent {
  event: string;
  id?: string;
  data: any;
}

export interface SseStream {
  status: number;
  headers: Headers;
  /** The JSON body of a refusal (not an event stream). */
  body?: any;
  events: SseEvent[];
  comments: string[];
  /** Resolves with the next event named `name` (or any event), waiting up to `ms`. */
  next(name?: string, ms?: number): Promise<SseEvent>;
  /** Resolves when the server ends the stream. */
  ended: Promise<void>;
  close(): void;
}

export async function openStream(url: string, headers: Record<string, string>): Promise<SseStream> {
  const controller = new AbortController();
  const res = await fetch(url, { headers, signal: controller.signal });
  const refusal = res.headers.get("content-type")?.startsWith("application/json") ? await res.json() : undefined;
  const events: SseEvent[] = [];
  const comments: string[] = [];
  const waiters: Array<() => void> = [];
  let consumed = 0;
  const notify = () => waiters.splice(0).forEach((w) => w());

  const ended = (async () => {
    if (!res.body || !res.headers.get("content-type")?.startsWith("text/event-stream")) return;
    const decoder = new TextDecoder();
    let buffer = "";
    try {
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let cut: number;
        while ((cut = buffer.indexOf("\n\n")) >= 0) {
          const block = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          const fields: Record<string, string> = {};
          for (const line of block.split("\n")) {
            if (line.startsWith(":")) comments.push(line.slice(1).trim());
            else if (line.includes(":")) fields[line.slice(0, line.indexOf(":"))] = line.slice(line.indexOf(":") + 1).trimStart();
          }
          if (fields.event || fields.data) events.push({ event: fields.event ?? "message", id: fields.id, data: JSON.parse(fields.data ?? "null") });
          notify();
        }
      }
    } catch {
      // aborted by close()
    }
    notify();
  })();

  return {
    status: res.status,
    headers: res.headers,
    body: refusal,
    events,
    comments,
    ended,
    close: () => controller.abort(),
    async next(name, ms = 3000) {
      const deadline = Date.now() + ms;
      for (;;) {
        const index = events.findIndex((e, i) => i >= consumed && (!name || e.event === name));
        if (index >= 0) {
          consumed = index + 1;
          return events[index];
        }
        if (Date.now() > deadline) throw new Error(`no "${name ?? "any"}" event within ${ms} ms; got ${JSON.stringify(events)}`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 50);
        });
      }
    },
  };
}
