// The operators' portal (#21, first part) in headless Chromium (Debian's `chromium`, driven by
// playwright-core): sign in (and a wrong password's error), issue a key shown once and used at once,
// revoke it with a confirmation and see the SDK refuse it, the transfer-code switch and an origin,
// sign out, and a session that ends sends the operator back to sign in with a message. Every page
// at 1280 and at 390 px, saved under build/portal/; no request to another origin; a strict CSP.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { existsSync, mkdirSync } from "node:fs";
import { chromium, type Browser, type Page } from "playwright-core";
import { listenLocal, sdk, startServer, type TestServer } from "../support/helpers.js";
import { member, PASSWORD, TEST_KDF } from "../http/admin/support.js";
import { PORTAL_CSP } from "../../server/http/portal.js";

const CHROMIUM = process.env.PERSISTLY_CHROMIUM ?? "/usr/bin/chromium";
const available = existsSync(CHROMIUM);
if (!available) console.log(`portal browser test skipped: no Chromium at ${CHROMIUM} (apt-get install chromium, or set PERSISTLY_CHROMIUM)`);

describe.skipIf(!available)("the operators' portal at /admin, in headless Chromium", () => {
  let server: TestServer;
  let http: Awaited<ReturnType<typeof listenLocal>>;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer({ settings: { passwordKdf: TEST_KDF } });
    await member(server, "owner@studio.example", "owner");
    http = await listenLocal(server.app);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    mkdirSync("build/portal", { recursive: true });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await http?.close();
    await server?.app.stop();
  });

  async function open(width: number): Promise<{ page: Page; elsewhere: string[] }> {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    const elsewhere: string[] = [];
    page.on("request", (request) => {
      const url = new URL(request.url());
      if (url.origin !== http.origin && url.protocol !== "data:") elsewhere.push(request.url());
    });
    const response = await page.goto(`${http.origin}/admin`);
    expect(response?.headers()["content-security-policy"]).toBe(PORTAL_CSP);
    return { page, elsewhere };
  }

  async function signIn(page: Page, password = PASSWORD) {
    await page.getByLabel("Email").fill("owner@studio.example");
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
  }

  it("signs in, issues a key that works at once, revokes it after a confirmation, and the SDK then refuses it", async () => {
    const { page, elsewhere } = await open(1280);
    await signIn(page, "not-the-password");
    await expect.poll(() => page.getByRole("alert").textContent()).toMatch(/email or the password is wrong/i);
    await page.screenshot({ path: "build/portal/sign-in-1280.png" });
    await signIn(page);
    await page.getByRole("heading", { name: "Games and keys" }).waitFor();
    await page.getByRole("button", { name: "Issue a key" }).click();
    const key = await page.getByLabel(/shown this once/).inputValue();
    expect(key).toMatch(/^pst_rt_/);
    expect((await sdk(server, key).post("/sdk/v1/accounts", {})).status).toBe(201);
    await page.screenshot({ path: "build/portal/games-and-keys-1280.png", fullPage: true });
    await page.getByRole("button", { name: "Done" }).click();
    const prefix = key.slice(0, key.lastIndexOf("_") + 7);
    await page.getByRole("button", { name: new RegExp(`Revoke ${prefix.slice(0, 20)}`) }).click();
    await page.getByRole("button", { name: "Revoke", exact: true }).click();
    await expect.poll(async () => (await sdk(server, key).post("/sdk/v1/accounts", {}).catch((e) => e)).status ?? 401).toBe(401);
    await page.getByLabel("Players can create device-transfer codes").uncheck();
    await expect.poll(async () => (await server.store.getEnvironment(server.environmentId))?.transferCodesEnabled).toBe(false);
    await page.getByLabel("Allow an origin").fill("https://game.example");
    await page.getByRole("button", { name: "Allow", exact: true }).click();
    await page.getByText("https://game.example").waitFor();
    expect((await server.store.getEnvironment(server.environmentId))?.allowedOrigins).toEqual(["https://game.example"]);
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByText("You signed out.").waitFor();
    expect(elsewhere, "requests to other origins").toEqual([]);
  });

  it("returns to sign-in with a message when the session ends, and fits a 390 px screen with keyboard focus", async () => {
    const { page } = await open(390);
    await page.screenshot({ path: "build/portal/sign-in-390.png" });
    await page.keyboard.press("Tab");
    expect(await page.evaluate("document.activeElement?.id")).toBe("email");
    await signIn(page);
    await page.getByRole("heading", { name: "Games and keys" }).waitFor();
    expect(await page.evaluate("document.documentElement.scrollWidth")).toBeLessThanOrEqual(390);
    await page.screenshot({ path: "build/portal/games-and-keys-390.png", fullPage: true });
    // The session ends (the browser no longer holds it, as after an expiry); the next call sends the operator back.
    await page.context().clearCookies();
    await page.getByRole("button", { name: "Issue a key" }).click();
    await page.getByText(/session has ended/i).waitFor();
  });
});
