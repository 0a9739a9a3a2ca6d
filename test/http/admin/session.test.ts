// The operator surface's credential (#17): sign-in, the cookie, CSRF, fixation, brute force, timing,
// and credentials that stay on their own surface.
import { describe, expect, it } from "vitest";
import { errorCode } from "../../support/helpers.js";
import { reportAttack } from "../../reliability/report.js";
import { member, PASSWORD, signIn, startAdminServer, studioOf } from "./support.js";

describe("signing in", () => {
  it("sets an opaque HttpOnly, SameSite=Strict, Secure cookie on /admin and returns the CSRF token that getAdminSession repeats", async () => {
    const server = await startAdminServer();
    const owner = await member(server, "Owner@Studio.example");
    const res = await server.http.post("/admin/v1/session").send({ email: "owner@studio.example", password: PASSWORD });
    expect(res.status).toBe(200);
    const cookie = String(res.headers["set-cookie"][0]);
    expect(cookie).toMatch(/^persistly_admin=pst_ms_[A-Za-z0-9_-]{43}; Path=\/admin; HttpOnly; Secure; SameSite=Strict$/);
    expect(res.body.member).toEqual({ memberId: owner.id, email: "owner@studio.example", createdAt: expect.any(String) });
    expect(res.body.studios).toEqual([expect.objectContaining({ studioId: (await studioOf(server)).id, role: "owner" })]);
    const again = await server.http.get("/admin/v1/session").set("Cookie", cookie.split(";")[0]);
    expect(again.status).toBe(200);
    expect(again.body.csrfToken).toBe(res.body.csrfToken);
    expect(again.headers["ratelimit-policy"]).toBe('"admin";q=600;w=60');
  });

  it("answers a wrong password and an unknown email alike, and never says which", async () => {
    const server = await startAdminServer();
    await member(server, "owner@studio.example");
    const wrong = await server.http.post("/admin/v1/session").send({ email: "owner@studio.example", password: "not-the-password" });
    const unknown = await server.http.post("/admin/v1/session").send({ email: "nobody@studio.example", password: "not-the-password" });
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    expect(wrong.body.error.message).toBe(unknown.body.error.message);
    expect(wrong.headers["set-cookie"]).toBeUndefined();
  });

  it("gives a fresh cookie at every sign-in and ends the session of a cookie the client brought", async () => {
    const server = await startAdminServer();
    await member(server, "owner@studio.example");
    const first = await signIn(server, "owner@studio.example");
    const second = await server.http.post("/admin/v1/session").set("Cookie", first.cookie).send({ email: "owner@studio.example", password: PASSWORD });
    const cookie = String(second.headers["set-cookie"][0]).split(";")[0];
    expect(cookie).not.toBe(first.cookie);
    expect((await first.get("/admin/v1/session")).status).toBe(401);
    expect((await server.http.get("/admin/v1/session").set("Cookie", cookie)).status).toBe(200);
  });

  it("signs out: the session ends at once and the cookie is cleared", async () => {
    const server = await startAdminServer();
    await member(server, "owner@studio.example");
    const op = await signIn(server, "owner@studio.example");
    const out = await op.del("/admin/v1/session");
    expect(out.status).toBe(200);
    expect(String(out.headers["set-cookie"][0])).toMatch(/^persistly_admin=; Path=\/admin; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; Secure; SameSite=Strict$/);
    expect(errorCode(await op.get("/admin/v1/session"))).toBe("unauthorized");
  });

  it("ends a session after its idle time", async () => {
    const server = await startAdminServer({ memberSessionIdleMs: 60 * 60_000 });
    await member(server, "owner@studio.example");
    const op = await signIn(server, "owner@studio.example");
    server.clock.advance(61 * 60_000);
    expect((await op.get("/admin/v1/session")).status).toBe(401);
  });
});

describe("CSRF", () => {
  it("refuses a change without the token, with a wrong one, and a cross-site form post, before anything is read or written", async () => {
    const server = await startAdminServer();
    await member(server, "owner@studio.example");
    const op = await signIn(server, "owner@studio.example");
    const studio = (await studioOf(server)).id;
    const add = { email: "new@studio.example", role: "viewer" };
    expect(errorCode(await op.post(`/admin/v1/studios/${studio}/members`, add, null))).toBe("csrf_failed");
    expect(errorCode(await op.post(`/admin/v1/studios/${studio}/members`, add, "x".repeat(43)))).toBe("csrf_failed");
    const form = await server.http.post(`/admin/v1/studios/${studio}/members`).set("Cookie", op.cookie)
      .set("Content-Type", "application/x-www-form-urlencoded").set("Origin", "https://evil.example").send("email=new%40studio.example&role=owner");
    expect([form.status, errorCode(form)]).toEqual([403, "csrf_failed"]);
    expect(errorCode(await op.del("/admin/v1/session", null))).toBe("csrf_failed");
    expect((await server.store.listMemberships(studio)).map((m) => m.email)).toEqual(["owner@studio.example"]);
    expect((await op.get("/admin/v1/session")).status, "the refused sign-out changed nothing").toBe(200);
  });
});

describe("brute force", () => {
  it("answers 429 with Retry-After after five failures for one email, even with the right password, and lets other emails in", async () => {
    const server = await startAdminServer();
    await member(server, "owner@studio.example");
    await member(server, "other@studio.example", "viewer");
    for (let i = 0; i < 5; i++) {
      expect((await server.http.post("/admin/v1/session").send({ email: "owner@studio.example", password: `wrong-${i}-password` })).status).toBe(401);
    }
    const locked = await server.http.post("/admin/v1/session").send({ email: "OWNER@studio.example", password: PASSWORD });
    expect([locked.status, errorCode(locked)]).toEqual([429, "rate_limited"]);
    expect(Number(locked.headers["retry-after"])).toBeGreaterThan(800);
    expect((await server.http.post("/admin/v1/session").send({ email: "other@studio.example", password: PASSWORD })).status).toBe(200);
  });

  it("limits failures per client address across emails", async () => {
    const server = await startAdminServer({ signInFailuresPerAddress: 3 });
    for (let i = 0; i < 3; i++) await server.http.post("/admin/v1/session").send({ email: `guess-${i}@studio.example`, password: "wrong-password" });
    expect(errorCode(await server.http.post("/admin/v1/session").send({ email: "fresh@studio.example", password: "wrong-password" }))).toBe("rate_limited");
  });

  it("counts attempts before their passwords are checked: of 40 wrong passwords at once for one email, five are checked", async () => {
    const server = await startAdminServer();
    await member(server, "owner@studio.example");
    const answers = await Promise.all(Array.from({ length: 40 }, (_, i) =>
      server.http.post("/admin/v1/session").send({ email: "owner@studio.example", password: `wrong-${i}-password` })));
    const statuses = answers.map((r) => r.status).sort();
    reportAttack("sign-in limits outrun by concurrent guesses", answers.length, Math.max(0, statuses.filter((s) => s === 401).length - 5));
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(35);
  });

  it("checks a few passwords at a time and refuses the rest of a flood at once with 503, which spends no attempt", async () => {
    // The real cost (a quarter of a second a hash here), so that the flood is still queued when its last attempts arrive.
    const server = await startAdminServer({ passwordKdf: { N: 2 ** 15, r: 8, p: 3 }, signInFailuresPerEmail: 12 });
    await member(server, "owner@studio.example");
    const flood = await Promise.all(Array.from({ length: 30 }, (_, i) =>
      server.http.post("/admin/v1/session").send({ email: "owner@studio.example", password: `wrong-${i}-password` })));
    const count = (status: number) => flood.filter((r) => r.status === status).length;
    // Two hashes run and eight wait; every other attempt is refused at once, by the gate (503, its attempt given
    // back) or, while refused attempts are still giving theirs back, by the email's budget of twelve (429).
    expect(count(401)).toBe(10);
    expect(count(503)).toBeGreaterThanOrEqual(2);
    expect(count(503) + count(429)).toBe(20);
    const refused = flood.find((r) => r.status === 503)!;
    expect(refused.body.error.details).toEqual({ reason: "password_hashing_busy" });
    expect(refused.headers["retry-after"]).toBe("1");
    // The two refused were never checked, so they gave their attempts back: the right password still signs in.
    expect((await server.http.post("/admin/v1/session").send({ email: "owner@studio.example", password: PASSWORD })).status).toBe(200);
  });

  // The timing is the domain's (the decoy hash), not the engine's: measured once, on SQLite.
  it.skipIf(process.env.PERSISTLY_TEST_STORE === "postgres")("takes as long for an unknown email as for a known one (medians over 150 tries each)", async () => {
    const server = await startAdminServer({ passwordKdf: { N: 4096, r: 8, p: 1 }, signInFailuresPerEmail: 1e6, signInFailuresPerAddress: 1e6 });
    await member(server, "owner@studio.example");
    const times: Record<"known" | "unknown", number[]> = { known: [], unknown: [] };
    for (let i = 0; i < 150; i++) {
      for (const kind of ["known", "unknown"] as const) {
        const started = performance.now();
        await server.http.post("/admin/v1/session").send({ email: kind === "known" ? "owner@studio.example" : `nobody-${i}@studio.example`, password: "wrong-password" });
        times[kind].push(performance.now() - started);
      }
    }
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1];
    const [known, unknown] = [median(times.known), median(times.unknown)];
    // Without the decoy hash an unknown email skips scrypt (several ms here) and answers in a fraction of the time.
    expect(Math.abs(known - unknown) / Math.max(known, unknown), `known ${known.toFixed(2)} ms, unknown ${unknown.toFixed(2)} ms`).toBeLessThan(0.3);
  });
});

describe("credentials stay on their surface", () => {
  it("accepts each credential only where it belongs (all nine pairs)", async () => {
    const server = await startAdminServer();
    await member(server, "owner@studio.example");
    const op = await signIn(server, "owner@studio.example");
    const credentials = {
      runtimeKey: { Authorization: `Bearer ${server.runtimeKey}` },
      serverKey: { Authorization: `Bearer ${server.serverKey}` },
      memberCookie: { Cookie: op.cookie },
    };
    const surfaces = { sdk: "/sdk/v1/runtime-config", server: "/server/v1/usage", admin: "/admin/v1/session" };
    const allowed = { runtimeKey: "sdk", serverKey: "server", memberCookie: "admin" };
    for (const [credential, headers] of Object.entries(credentials)) {
      for (const [surface, path] of Object.entries(surfaces)) {
        const res = await server.http.get(path).set(headers);
        expect(res.status, `${credential} on ${surface}`).toBe(allowed[credential as keyof typeof allowed] === surface ? 200 : 401);
      }
    }
    const keyOnAdmin = await server.http.get("/admin/v1/session").set(credentials.serverKey);
    expect(keyOnAdmin.body.error.message).toMatch(/member session cookie .* never a key/);
  });

  it("serves health without a cookie", async () => {
    const server = await startAdminServer();
    expect((await server.http.get("/admin/v1/health")).body).toEqual({ status: "ok" });
  });
});
