// The exact-example blocks of docs/: fenced ```http blocks tagged with their operation, example and
// status (or step, for requests). One module parses and renders them, sends a documented request to
// a live server, and compares a live response with the documented one, volatile values masked.

export interface HttpMessage {
  startLine: string;
  headers: Array<[string, string]>;
  body: string;
}

export interface ExampleBlock {
  file: string;
  line: number;
  kind: "request" | "response";
  operation: string;
  example: string;
  status?: number;
  step?: number;
  /** False for a response shown from the spec because no single request can provoke it (429, 500…). */
  replay: boolean;
  /** A request's use on a live deployment (`live=`, see LiveUse in scripts/docs/scenario.ts): exact when untagged. */
  live: string;
  /** A request's reliance on earlier exchanges' effects (`relies=operation:example,…`). */
  relies: string[];
  message: HttpMessage;
}

const FENCE = /^```http (request|response)((?: [a-zA-Z]+=[^\s`]+)+)\n([\s\S]*?)^```$/gm;

export function parseBlocks(file: string, text: string): ExampleBlock[] {
  return [...text.matchAll(FENCE)].map((m) => {
    const tags = Object.fromEntries(m[2].trim().split(" ").map((t) => t.split("=") as [string, string]));
    return {
      file,
      line: text.slice(0, m.index).split("\n").length,
      kind: m[1] as "request" | "response",
      operation: tags.operation ?? "",
      example: tags.example ?? "",
      status: tags.status === undefined ? undefined : Number(tags.status),
      step: tags.step === undefined ? undefined : Number(tags.step),
      replay: tags.replay !== "no",
      live: tags.live ?? "exact",
      relies: tags.relies ? tags.relies.split(",") : [],
      message: parseMessage(m[3]),
    };
  });
}

function parseMessage(text: string): HttpMessage {
  const cut = text.indexOf("\n\n");
  const head = (cut < 0 ? text : text.slice(0, cut)).split("\n").filter(Boolean);
  const body = cut < 0 ? "" : text.slice(cut + 2).replace(/\n$/, "");
  const headers = head.slice(1).map((line): [string, string] => {
    const colon = line.indexOf(":");
    return [line.slice(0, colon).trim(), line.slice(colon + 1).trim()];
  });
  return { startLine: head[0] ?? "", headers, body };
}

export function renderMessage(message: HttpMessage): string {
  const head = [message.startLine, ...message.headers.map(([name, value]) => `${name}: ${value}`)].join("\n");
  return message.body ? `${head}\n\n${message.body}\n` : `${head}\n`;
}

export function requestLine(message: HttpMessage) {
  const [method, target] = message.startLine.split(" ");
  return { method, target };
}

export interface LiveResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Sends a documented request as written (Host and Content-Length are the transport's business). */
export async function send(origin: string, request: HttpMessage): Promise<LiveResponse> {
  const { method, target } = requestLine(request);
  const headers = request.headers.filter(([name]) => !/^(host|content-length)$/i.test(name));
  const controller = new AbortController();
  const res = await fetch(origin + target, { method, headers, body: request.body || undefined, signal: controller.signal });
  const responseHeaders: Record<string, string> = {};
  res.headers.forEach((value, name) => (responseHeaders[name] = value));
  const body = responseHeaders["content-type"]?.startsWith("text/event-stream") ? await firstEvent(res, controller) : await res.text();
  return { status: res.status, headers: responseHeaders, body };
}

/** An event stream never ends on its own: read its first event, then hang up. */
async function firstEvent(res: Response, controller: AbortController): Promise<string> {
  const decoder = new TextDecoder();
  const reader = res.body!.getReader();
  let text = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text;
    text += decoder.decode(value, { stream: true });
    const event = text.split("\n\n").find((block) => /^event: /m.test(block) && text.includes(`${block}\n\n`));
    if (event) {
      controller.abort();
      await reader.cancel().catch(() => {});
      return `${event.trim()}\n`;
    }
  }
}

// Values a server mints afresh on every run: ids, secrets, transfer codes, request ids, timestamps.
const VOLATILE = [
  /^(acc|ses|key|env|cfg|mem|msn)_[a-z2-7]{10,}$/,
  /^led_[0-9a-f]{20}$/, // ledger entries
  /^grt_[0-9a-f]{20}$/, // grants
  /^att_[0-9a-f]{20}$/, // event attempts
  /^lby_[0-9a-f]{20}$/, // lobbies
  /^[2-9A-HJ-NP-Z]{6}$/, // lobby join codes
  /^plr_[0-9a-f]{32}$/, // players' public handles
  /^pst_(as|rt|sk|ms|inv)_[A-Za-z0-9_-]{20,}$/,
  /^pst_(rt|sk)_[a-z0-9-]{1,24}_[A-Za-z0-9_-]{6}$/, // a key's display prefix
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, // studio and game ids
  /^[A-Za-z0-9_-]{43}$/, // an operator session's CSRF token
  /^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/,
  /^req_[0-9a-f]{16}$/,
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/,
  /^\d{13,}$/, // event ids, minted from the clock
];
const volatileKind = (value: string) => VOLATILE.findIndex((re) => re.test(value));

/** The volatile values a body holds, at any depth. */
export function volatileValues(value: unknown): string[] {
  if (typeof value === "string") return volatileKind(value) >= 0 ? [value] : [];
  if (value && typeof value === "object") return Object.values(value).flatMap(volatileValues);
  return [];
}

/** Headers whose values differ on every run (or with the rate-limit window); only their presence is compared. */
export const VOLATILE_HEADERS = new Set(["x-request-id", "ratelimit-remaining", "ratelimit-reset", "ratelimit", "retry-after", "date", "last-event-id"]);

/** Documented volatile value → the value the live server minted in its place. */
export class Bindings {
  readonly values = new Map<string, string>();

  bind(documented: string, live: string) {
    if (documented !== live) this.values.set(documented, live);
  }

  /** A documented request, with every documented volatile value replaced by its live counterpart. */
  apply(message: HttpMessage): HttpMessage {
    const swap = (text: string) => [...this.values].reduce((out, [doc, live]) => out.replaceAll(doc, live), text);
    return { startLine: swap(message.startLine), headers: message.headers.map(([n, v]) => [n, swap(v)]), body: swap(message.body) };
  }

  /**
   * The live value rewritten with the documented volatile values wherever both sides hold a volatile
   * value of the same kind (binding them for later requests), so that what remains can be compared as is.
   */
  mask(documented: unknown, live: unknown): unknown {
    if (typeof documented === "string" && typeof live === "string") {
      const kind = volatileKind(documented);
      if (kind >= 0 && kind === volatileKind(live)) {
        this.bind(documented, live);
        return documented;
      }
      // A value that holds volatile ones (`accounts/acc_…/erase`) reads with the documented ones already bound.
      return [...this.values].reduce((out, [doc, bound]) => out.replaceAll(bound, doc), live);
    }
    if (Array.isArray(documented) && Array.isArray(live)) return live.map((item, i) => this.mask(documented[i], item));
    if (documented && live && typeof documented === "object" && typeof live === "object" && !Array.isArray(live)) {
      return Object.fromEntries(Object.entries(live).map(([k, v]) => [k, this.mask((documented as Record<string, unknown>)[k], v)]));
    }
    return live;
  }
}

/** A body as data: JSON parsed, an event stream's fields split out, anything else as text. */
export function bodyValue(contentType: string | undefined, body: string): unknown {
  if (!body) return undefined;
  if (contentType?.startsWith("application/json")) return JSON.parse(body);
  if (contentType?.startsWith("text/event-stream")) {
    const fields = Object.fromEntries(body.trim().split("\n").map((line) => [line.slice(0, line.indexOf(":")), line.slice(line.indexOf(":") + 1).trim()]));
    return { ...fields, data: fields.data ? JSON.parse(fields.data) : undefined };
  }
  return body;
}

export const header = (message: HttpMessage, name: string) => message.headers.find(([n]) => n.toLowerCase() === name.toLowerCase())?.[1];
