// Response headers, typed: openapi-fetch leaves them as a plain Headers object.

export interface RateLimitState {
  limit: number;
  remaining: number;
  /** Seconds until the window resets. */
  reset: number;
  /** The draft's policy, e.g. `"sdk_write";q=120;w=60`. */
  policy: string | null;
}

export interface DeprecationInfo {
  sunset: Date | null;
  successor: string | null;
  reason: string | null;
}

export interface ResponseMeta {
  status: number;
  requestId: string | null;
  rateLimit: RateLimitState | null;
  /** True when this is the stored response of an earlier request with the same idempotency key. */
  idempotentReplay: boolean;
  /** Set when the operation is deprecated. */
  deprecation: DeprecationInfo | null;
  /** Seconds, on a 429 or 503. */
  retryAfter: number | null;
}

const int = (value: string | null) => (value !== null && /^\d+$/.test(value) ? Number(value) : null);

export function readMeta(response: Response): ResponseMeta {
  const h = response.headers;
  const limit = int(h.get("RateLimit-Limit"));
  const remaining = int(h.get("RateLimit-Remaining"));
  const reset = int(h.get("RateLimit-Reset"));
  const successor = /<([^>]+)>\s*;\s*rel="?successor-version"?/.exec(h.get("Link") ?? "")?.[1] ?? null;
  const sunset = h.get("Sunset");
  return {
    status: response.status,
    requestId: h.get("X-Request-Id"),
    rateLimit: limit !== null && remaining !== null && reset !== null ? { limit, remaining, reset, policy: h.get("RateLimit-Policy") } : null,
    idempotentReplay: h.get("Idempotent-Replay") === "true",
    // RFC 9745's `@<epoch seconds>`, or the draft's `true` from servers before it.
    deprecation: /^(true|@-?\d+)$/.test(h.get("Deprecation") ?? "")
      ? { sunset: sunset ? new Date(sunset) : null, successor, reason: h.get("X-Persistly-Deprecation-Reason") }
      : null,
    retryAfter: int(h.get("Retry-After")),
  };
}
