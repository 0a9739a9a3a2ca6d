// Operators in tests: members made through the domain (scrypt at a test's cost), signed in over HTTP.
import { expect } from "vitest";
import { startServer, type TestServer } from "../../support/helpers.js";
import { addMember, newCredential } from "../../../server/domain/members.js";
import { DEFAULT_SETTINGS } from "../../../server/domain/context.js";
import type { MemberRole } from "../../../server/store/types.js";
import { inTransaction } from "../../../server/domain/context.js";

/** scrypt at 1/32 of the shipped memory: the same code path, fast enough for hundreds of sign-ins. */
export const TEST_KDF = { N: 1024, r: 8, p: 1 };

export async function startAdminServer(settings: Partial<typeof DEFAULT_SETTINGS> = {}) {
  return startServer({ settings: { passwordKdf: TEST_KDF, ...settings } });
}

export const PASSWORD = "correct-horse-battery";

export async function studioOf(server: TestServer) {
  return (await server.store.listWorkspaces())[0];
}

export async function member(server: TestServer, email: string, role: MemberRole = "owner", password = PASSWORD) {
  const workspace = await studioOf(server);
  const { membership } = await inTransaction(server.app.deps, async (tx) => addMember(tx, workspace, { email, role }, await newCredential(server.app.deps.settings, password), new Date().toISOString()));
  return membership;
}

export interface Operator {
  cookie: string;
  csrf: string;
  get(path: string): ReturnType<TestServer["http"]["get"]>;
  post(path: string, body?: object, csrf?: string | null): ReturnType<TestServer["http"]["post"]>;
  del(path: string, csrf?: string | null): ReturnType<TestServer["http"]["delete"]>;
}

/** Signs in and returns calls that carry the cookie (and the CSRF token on changes, unless told otherwise). */
export async function signIn(server: TestServer, email: string, password = PASSWORD): Promise<Operator> {
  const res = await server.http.post("/admin/v1/session").send({ email, password });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  const cookie = String(res.headers["set-cookie"][0]).split(";")[0];
  const csrf = res.body.csrfToken as string;
  const withCsrf = <T extends { set(n: string, v: string): T }>(req: T, token: string | null | undefined) => (token === null ? req : req.set("X-Persistly-CSRF", token ?? csrf));
  return {
    cookie, csrf,
    get: (path) => server.http.get(path).set("Cookie", cookie),
    post: (path, body = {}, token) => withCsrf(server.http.post(path).set("Cookie", cookie), token).send(body),
    del: (path, token) => withCsrf(server.http.delete(path).set("Cookie", cookie), token),
  };
}
