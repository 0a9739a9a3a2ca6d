// The portal's one admin client (same origin: the browser keeps the HttpOnly session cookie; the client
// keeps the CSRF token), and the signal that a session ended, which sends the operator back to sign-in.
import { createAdminClient } from "../client/admin.js";

export const admin = createAdminClient({ baseUrl: location.origin, retry: { maxAttempts: 1 } });

type Ended = (message: string) => void;
let onEnded: Ended = () => {};
export const whenSessionEnds = (callback: Ended) => void (onEnded = callback);

/** An answer's error, after telling the app when it says the session is over. */
export function failure(result: { error?: { code: string; message: string } | unknown; response: Response }): string | null {
  const error = result.error as { code?: string; message?: string } | undefined;
  if (!error) return null;
  if (result.response.status === 401) onEnded("Your session has ended. Sign in again to go on.");
  return error.message ?? `the server answered ${result.response.status}`;
}
