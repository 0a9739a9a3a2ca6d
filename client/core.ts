// The shared machinery of both clients: openapi-fetch over the generated paths, plus middleware for
// credentials, client identification, idempotency keys, retries and deprecation warnings; results
// carry the documented error (unwrapped from its envelope, discriminated on `code`) and typed headers.
import createClient, { type Client, type FetchResponse, type MaybeOptionalInit, type Middleware } from "openapi-fetch";
import type { HttpMethod, PathsWithMethod, RequiredKeysOf } from "openapi-typescript-helpers";
import { readMeta, type DeprecationInfo, type ResponseMeta } from "./meta.js";
import { CLIENT_NAME, CLIENT_VERSION } from "./version.js";

export interface RetryOptions {
  /** Attempts in all, the first included. Default 4. */
  maxAttempts?: number;
  /** First backoff in ms, doubled each attempt, with full jitter. Default 200. */
  baseDelayMs?: number;
  /** Cap on one wait in ms, Retry-After included. Default 10 000. */
  maxDelayMs?: number;
}

export interface ClientOptions {
  baseUrl: string;
  /** Called when a response says its operation is deprecated. Default: one console warning per route. */
  onDeprecation?: (info: DeprecationInfo & { method: string; path: string }) => void;
  retry?: RetryOptions;
  /** A fetch to use instead of the global one (tests, instrumentation). */
  fetch?: typeof globalThis.fetch;
  /** Overrides `X-Persistly-SDK` (a wrapper SDK names itself). */
  sdkHeader?: string;
}

/** What a request failed with when the response is not the documented envelope (a proxy's 502 page, say). */
export interface UnexpectedResponseError {
  code: "unexpected_response";
  message: string;
  details: { status: number };
  requestId: string;
}

type Unwrap<E> = E extends { error: infer Body } ? Body : never;
type Media = `${string}/${string}`;

/** A call's result: `data` on success, else `error` — the envelope's `error`, typed per operation. */
export type PersistlyResult<T extends Record<string | number, any>, Init> =
  FetchResponse<T, Init, Media> extends infer F
    ? F extends { error: infer E }
      ? { data?: never; error: Unwrap<E> | UnexpectedResponseError; response: Response; meta: ResponseMeta }
      : F extends { data: infer D }
        ? { data: D; error?: never; response: Response; meta: ResponseMeta }
        : never
    : never;

type InitParam<Init> = RequiredKeysOf<Init> extends never ? [(Init & { [key: string]: unknown })?] : [Init & { [key: string]: unknown }];

/** A typed method over the paths of one HTTP method, minus `Excluded` paths. */
export type PersistlyMethod<Paths extends Record<string, any>, M extends HttpMethod, Excluded = never> = <
  Path extends Exclude<PathsWithMethod<Paths, M>, Excluded>,
  Init extends MaybeOptionalInit<Paths[Path], M>,
>(
  url: Path,
  ...init: InitParam<Init>
) => Promise<PersistlyResult<Paths[Path][M], Init>>;

export interface PersistlyClient<Paths extends Record<string, any>, Excluded = never> {
  GET: PersistlyMethod<Paths, "get", Excluded>;
  POST: PersistlyMethod<Paths, "post", Excluded>;
  DELETE: PersistlyMethod<Paths, "delete", Excluded>;
  /** The underlying openapi-fetch client, with the middleware installed. */
  raw: Client<Paths>;
}

const warned = new Set<string>();
const warnOnce = (info: DeprecationInfo & { method: string; path: string }) => {
  const route = `${info.method} ${info.path}`;
  if (warned.has(route)) return;
  warned.add(route);
  const parts = [info.sunset && `sunset ${info.sunset.toUTCString()}`, info.successor && `successor ${info.successor}`, info.reason].filter(Boolean);
  console.warn(`[persistly] ${route} is deprecated${parts.length ? ` (${parts.join("; ")})` : ""}`);
};

const newIdempotencyKey = () => Array.from(globalThis.crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join("");
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const RETRYABLE = new Set([429, 503]);

/** Waits before attempt `attempt + 1`: Retry-After when the server gives one, else capped exponential backoff with full jitter. */
export function backoffMs(attempt: number, retryAfterSeconds: number | null, retry: Required<RetryOptions>): number {
  if (retryAfterSeconds !== null) return Math.min(retryAfterSeconds * 1000, retry.maxDelayMs);
  return Math.random() * Math.min(retry.maxDelayMs, retry.baseDelayMs * 2 ** (attempt - 1));
}

/**
 * Every POST body gets an `idempotencyKey` (16 random bytes, hex) unless the caller gave one; the same
 * request — key included — is what retries send, so a retried write never applies twice.
 */
async function withIdempotencyKey(request: Request, stamps: (request: Request) => boolean): Promise<Request> {
  if (request.method !== "POST" || !stamps(request)) return request;
  const text = await request.clone().text();
  let body: unknown = {};
  if (text !== "") {
    try {
      body = JSON.parse(text);
    } catch {
      return request;
    }
  }
  if (body === null || typeof body !== "object" || Array.isArray(body) || "idempotencyKey" in body) return request;
  const headers = new Headers(request.headers);
  headers.set("Content-Type", "application/json");
  return new Request(request.url, { method: "POST", headers, body: JSON.stringify({ ...body, idempotencyKey: newIdempotencyKey() }), signal: request.signal });
}

async function isRetrySafe(request: Request): Promise<boolean> {
  if (request.method === "GET" || request.method === "HEAD") return true;
  try {
    const body = JSON.parse(await request.clone().text());
    return typeof body?.idempotencyKey === "string";
  } catch {
    return false;
  }
}

/** What one surface adds to the shared machinery. */
export interface SurfaceHooks {
  /** Whether a POST gets an idempotency key (default: all; sign-in takes none). */
  stampsIdempotencyKey?: (request: Request) => boolean;
  /** Sees every final response (the operator client keeps its session from them). */
  observe?: (response: Response, request: Request) => Promise<void>;
}

export function createPersistlyClient<Paths extends Record<string, any>>(
  options: ClientOptions, credentials: (headers: Headers, request: Request) => void, hooks: SurfaceHooks = {},
): PersistlyClient<Paths, any> {
  const fetchFn = options.fetch ?? globalThis.fetch.bind(globalThis);
  const retry: Required<RetryOptions> = { maxAttempts: 4, baseDelayMs: 200, maxDelayMs: 10_000, ...options.retry };
  const onDeprecation = options.onDeprecation ?? warnOnce;
  const client = createClient<Paths>({ baseUrl: options.baseUrl, fetch: (request) => fetchFn(request) });
  // The request as first sent, kept to send again on a retry.
  const sent = new Map<string, Request>();

  async function retried(id: string, first: { response?: Response; error?: unknown }): Promise<Response | undefined> {
    const request = sent.get(id);
    sent.delete(id);
    if (!request || !(await isRetrySafe(request))) return first.response;
    let { response, error } = first;
    for (let attempt = 1; attempt < retry.maxAttempts; attempt++) {
      if (response && !RETRYABLE.has(response.status)) return response;
      await sleep(backoffMs(attempt, response ? readMeta(response).retryAfter : null, retry));
      try {
        response = await fetchFn(request.clone());
        error = undefined;
      } catch (failure) {
        response = undefined;
        error = failure;
      }
    }
    if (response) return response;
    throw error;
  }

  const middleware: Middleware = {
    async onRequest({ request, id }) {
      credentials(request.headers, request);
      request.headers.set("X-Persistly-SDK", options.sdkHeader ?? `${CLIENT_NAME}/${CLIENT_VERSION}`);
      const prepared = await withIdempotencyKey(request, hooks.stampsIdempotencyKey ?? (() => true));
      sent.set(id, prepared.clone());
      return prepared;
    },
    async onResponse({ response, id, request, schemaPath }) {
      const final = RETRYABLE.has(response.status) ? await retried(id, { response }) : (sent.delete(id), response);
      const meta = readMeta(final ?? response);
      if (meta.deprecation) onDeprecation({ ...meta.deprecation, method: request.method, path: schemaPath });
      if (final && hooks.observe) await hooks.observe(final, request);
      return final;
    },
    async onError({ error, id }) {
      return retried(id, { error });
    },
  };
  client.use(middleware);

  const call = (method: "GET" | "POST" | "DELETE") => async (url: string, init?: Record<string, unknown>) => {
    const result = await (client[method] as (u: string, i?: unknown) => Promise<{ data?: unknown; error?: any; response: Response }>)(url, init);
    const meta = readMeta(result.response);
    if (result.error === undefined) return { data: result.data, response: result.response, meta };
    const error = typeof result.error === "object" && result.error?.error?.code
      ? result.error.error
      : { code: "unexpected_response", message: `HTTP ${result.response.status} without an error envelope`, details: { status: result.response.status }, requestId: meta.requestId ?? "" };
    return { error, response: result.response, meta };
  };
  return { GET: call("GET") as never, POST: call("POST") as never, DELETE: call("DELETE") as never, raw: client };
}
