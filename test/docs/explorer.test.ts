// The API explorer in a real browser: headless Chromium (Debian's `chromium` package, driven by
// playwright-core) opens /docs, authorizes with the runtime key, tries createAccount and sees a 201 —
// and the page never asks anything of another origin. Saves build/explorer-createAccount.png.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { existsSync, mkdirSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";
import { listenLocal, startServer, type TestServer } from "../support/helpers.js";
import { needService } from "../support/services.js";

const CHROMIUM = process.env.PERSISTLY_CHROMIUM ?? "/usr/bin/chromium";
const available = needService(existsSync(CHROMIUM), `Chromium at ${CHROMIUM} (or set PERSISTLY_CHROMIUM)`);

describe.skipIf(!available)("API explorer at /docs, in headless Chromium", () => {
  let server: TestServer;
  let http: Awaited<ReturnType<typeof listenLocal>>;
  let origin: string;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer();
    http = await listenLocal(server.app);
    origin = http.origin;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await http?.close();
    await server?.app.stop();
  });

  it("tries createAccount against the same server and shows the 201", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const elsewhere: string[] = [];
    page.on("request", (request) => {
      const url = new URL(request.url());
      if (url.origin !== origin && url.protocol !== "data:") elsewhere.push(request.url());
    });
    await page.goto(`${origin}/docs`);
    await page.getByRole("button", { name: "Authorize" }).first().click();
    const runtimeKey = page.locator(".modal-ux .auth-container", { hasText: "runtimeKey" });
    await runtimeKey.locator("#auth-bearer-value").fill(server.runtimeKey);
    await runtimeKey.getByRole("button", { name: "Apply credentials" }).click();
    await page.locator(".modal-ux .close-modal").click();

    const operation = page.locator("#operations-Accounts-createAccount");
    await operation.locator(".opblock-summary").click();
    await operation.getByRole("button", { name: "Try it out" }).click();
    await operation.getByRole("button", { name: "Execute" }).click();
    const status = operation.locator(".live-responses-table tbody .response-col_status").first();
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toContain("201");
    expect(await operation.locator(".live-responses-table tbody .response-col_description").first().textContent()).toContain("accountSessionToken");

    mkdirSync("build", { recursive: true });
    await operation.locator(".live-responses-table").scrollIntoViewIfNeeded();
    await page.screenshot({ path: "build/explorer-createAccount.png" });
    expect(elsewhere, "requests to other origins").toEqual([]);
    expect((await server.store.countAccounts(server.environmentId)).accounts, "the account the browser created").toBe(1);
  }, 60_000);

  it("is Persistly's: its name and mark in the top bar, not Swagger's", async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/docs`);
    const bar = page.locator(".swagger-ui .topbar .topbar-wrapper");
    await bar.waitFor();
    expect(await bar.evaluate((el) => el.ownerDocument.defaultView!.getComputedStyle(el, "::before").content)).toContain("Persistly");
    expect(await page.locator(".swagger-ui .topbar .link").isVisible()).toBe(false);
    expect(await page.locator("link[rel=icon]").getAttribute("href")).toBe("/docs/favicon.svg");
  }, 30_000);

  it("pre-fills no idempotency key or event id, and shows the first seconds of an event stream instead of spinning", async () => {
    const created = await fetch(`${origin}/sdk/v1/accounts`, { method: "POST", headers: { Authorization: `Bearer ${server.runtimeKey}`, "Content-Type": "application/json" }, body: "{}" });
    const { accountId, accountSessionToken } = (await created.json()) as { accountId: string; accountSessionToken: string };
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${origin}/docs`);
    await page.getByRole("button", { name: "Authorize" }).first().click();
    for (const [scheme, value] of [["runtimeKey", server.runtimeKey], ["accountSession", accountSessionToken]]) {
      const form = page.locator(".modal-ux .auth-container", { hasText: scheme });
      await form.locator("input").first().fill(value);
      await form.getByRole("button", { name: "Authorize" }).or(form.getByRole("button", { name: "Apply credentials" })).first().click();
    }
    await page.locator(".modal-ux .close-modal").click();

    const sync = page.locator("#operations-Slots-syncSlot");
    await sync.locator(".opblock-summary").click();
    await sync.getByRole("button", { name: "Try it out" }).click();
    expect(await sync.locator("textarea.body-param__text").inputValue()).not.toContain("idempotencyKey");
    expect(await sync.locator("tr[data-param-name='Idempotency-Key'] input").inputValue()).toBe("");

    const stream = page.locator("#operations-Events-streamAccountEvents");
    await stream.locator(".opblock-summary").click();
    await stream.getByRole("button", { name: "Try it out" }).click();
    expect(await stream.locator("tr[data-param-name='Last-Event-ID'] input").inputValue()).toBe("");
    await stream.locator("tr[data-param-name='accountId'] input").fill(accountId);
    await stream.getByRole("button", { name: "Execute" }).click();
    const status = stream.locator(".live-responses-table tbody .response-col_status").first();
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toContain("200");
    expect(await stream.locator(".live-responses-table tbody .response-col_description").first().textContent()).toContain("event: ready");
  }, 60_000);

  it("serves both specs, with this server first among their servers, whatever Host a caller sends", async () => {
    for (const name of ["sdk", "server"]) {
      const spec = (await (await fetch(`${origin}/openapi.${name}.json`)).json()) as { servers: Array<{ url: string }>; paths: object };
      expect(spec.servers[0].url).toBe("/"); // relative to the document: the server that served it
      expect(Object.keys(spec.paths).length).toBeGreaterThan(5);
      const poisoned = await server.http.get(`/openapi.${name}.json`).set("Host", "evil.example");
      expect(JSON.stringify(poisoned.body)).not.toContain("evil.example");
    }
    const configured = await startServer({ publicUrl: "https://api.studio.example" });
    const served = await configured.http.get("/openapi.sdk.json").set("Host", "evil.example");
    expect(served.body.servers[0]).toEqual({ url: "https://api.studio.example", description: "This server" });
  });
});
