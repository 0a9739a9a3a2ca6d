// Domain failures carry the contract's status and stable code; the HTTP layer renders the envelope.
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export const invalidRequest = (message: string, details: Record<string, unknown> = {}) =>
  new ApiError(400, "invalid_request", message, details);
export const unauthorized = (message: string) => new ApiError(401, "unauthorized", message);
export const forbidden = (message = "the account session does not authorize this account") =>
  new ApiError(403, "forbidden", message);
export const notFound = (message: string, details: Record<string, unknown> = {}) =>
  new ApiError(404, "not_found", message, details);
export const gone = (accountId: string) =>
  new ApiError(410, "gone", "this account was erased", { accountId });
export const payloadTooLarge = (field: string, limitBytes: number, actualBytes?: number) =>
  new ApiError(
    413,
    "payload_too_large",
    actualBytes === undefined
      ? `${field} is over the limit of ${limitBytes} bytes`
      : `${field} is ${actualBytes} bytes; the limit on this plan is ${limitBytes} bytes`,
    actualBytes === undefined ? { field, limitBytes } : { field, limitBytes, actualBytes },
  );

/**
 * A refusal whose writes must still commit (a wrong guess counted against a transfer code). The
 * transaction runner rolls back whatever throws, so such a refusal is returned instead: the request's
 * transaction commits, then the refusal is answered.
 */
export class Refusal {
  constructor(readonly error: ApiError) {}
}
