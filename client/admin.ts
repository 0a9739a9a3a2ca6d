// The operator surface (/admin/v1, internal): a member session instead of a key. In a browser the
// session cookie is HttpOnly and the browser keeps it (same origin); elsewhere this client keeps it.
// Either way it keeps the session's CSRF token from signIn / getAdminSession and sends it on changes.
import type { paths } from "../generated/admin.js";
import { createPersistlyClient, type ClientOptions, type PersistlyClient } from "./core.js";

export type AdminClient = PersistlyClient<paths>;
export type AdminClientOptions = ClientOptions;

const COOKIE = "persistly_admin";
const SESSION_PATH = "/admin/v1/session";
const ACCEPT_PATH = "/admin/v1/invitations/accept";
const isSignIn = (request: Request) => request.method === "POST" && new URL(request.url).pathname === SESSION_PATH;
/** Sign-in and accepting an invitation take no idempotency key (a retried one signs in again; a code is single-use). */
const takesNoKey = (request: Request) => request.method === "POST" && [SESSION_PATH, ACCEPT_PATH].includes(new URL(request.url).pathname);

export function createAdminClient(options: AdminClientOptions): AdminClient {
  let cookie: string | null = null;
  let csrfToken: string | null = null;
  return createPersistlyClient<paths>(options, (headers, request) => {
    if (cookie && !isSignIn(request)) headers.set("Cookie", `${COOKIE}=${cookie}`);
    if (csrfToken && request.method !== "GET") headers.set("X-Persistly-CSRF", csrfToken);
  }, {
    stampsIdempotencyKey: (request) => !takesNoKey(request),
    async observe(response, request) {
      // Not readable in browsers (a forbidden header), where the browser holds the cookie itself.
      const set = response.headers.get("set-cookie");
      const value = set?.startsWith(`${COOKIE}=`) ? set.slice(COOKIE.length + 1).split(";")[0] : undefined;
      if (value !== undefined) cookie = value || null;
      if (new URL(request.url).pathname !== SESSION_PATH) return;
      if (response.ok && request.method !== "DELETE") csrfToken = ((await response.clone().json()) as { csrfToken?: string }).csrfToken ?? csrfToken;
      if (request.method === "DELETE" && response.ok) csrfToken = null;
    },
  });
}
