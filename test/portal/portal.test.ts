// The operators' portal (#21, first part) in headless Chromium (Debian's `chromium`, driven by
// playwright-core): sign in (and a wrong password's error), issue a key shown once and used at once,
// revoke it with a confirmation and see the SDK refuse it, the transfer-code switch and an origin,
// sign out, and a session that ends sends the operator back to sign in with a message. Every page
// at 1280 and at 390 px, saved under build/portal/; no request to another origin; a strict CSP.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inTransaction } from "../../server/domain/context.js";
import { existsSync, mkdirSync } from "node:fs";
import { chromium, type Browser, type Page } from "playwright-core";
import { listenLocal, sdk, startServer, trusted, type TestServer } from "../support/helpers.js";
import { member, PASSWORD, TEST_KDF } from "../http/admin/support.js";
import { PORTAL_CSP } from "../../server/http/portal.js";
import { SHOP } from "../../scripts/docs/scenario.js";
import { createLeaderboard } from "../../server/domain/leaderboards.js";
import { needService } from "../support/services.js";

const CHROMIUM = process.env.PERSISTLY_CHROMIUM ?? "/usr/bin/chromium";
const available = needService(existsSync(CHROMIUM), `Chromium at ${CHROMIUM} (or set PERSISTLY_CHROMIUM)`);

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
    await page.getByLabel("Password", { exact: true }).fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
  }

  it("signs in, issues a key that works at once, revokes it after a confirmation, and the SDK then refuses it", async () => {
    const { page, elsewhere } = await open(1280);
    await signIn(page, "not-the-password");
    await expect.poll(() => page.getByRole("alert").textContent()).toMatch(/email or the password is wrong/i);
    await page.screenshot({ path: "build/portal/sign-in-1280.png" });
    await sdk(server).createAccount({});
    await signIn(page);
    await page.getByRole("heading", { name: /^development: / }).waitFor();
    expect(await page.getByRole("img", { name: /Requests by SDK version/ }).count()).toBe(1);
    await page.screenshot({ path: "build/portal/overview-1280.png", fullPage: true });
    await page.getByRole("link", { name: "Games and keys" }).click();
    await page.getByRole("button", { name: "Issue a key" }).click();
    const key = await page.getByLabel(/shown this once/).inputValue();
    expect(key).toMatch(/^pst_rt_/);
    expect((await sdk(server, key).post("/sdk/v1/accounts", {})).status).toBe(201);
    await page.screenshot({ path: "build/portal/games-and-keys-1280.png", fullPage: true });
    await page.getByRole("button", { name: "Done" }).click();
    // The display prefix is the key's head and six characters of its secret (newApiKey); fewer (or the
    // last "_", which the secret may contain) could name another key too: one in 64 shares a first character.
    const prefix = key.slice(0, "pst_rt_development_".length + 6);
    await page.getByRole("button", { name: `Revoke ${prefix}`, exact: true }).click();
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
  }, 60_000);

  it("publishes a catalog after showing its error, grants and force-claims a stuck grant for a player, and finds it all in the audit log", async () => {
    const { page, elsewhere } = await open(1280);
    await signIn(page);
    await page.getByRole("link", { name: "Catalog and config" }).click();
    const editor = page.getByLabel(/Catalog \(JSON/);
    const broken = { ...SHOP, offers: [{ ...SHOP.offers[0], price: { silver: 5 } }] };
    await editor.fill(JSON.stringify(broken, null, 2));
    await page.getByRole("button", { name: "Publish catalog" }).click();
    await expect.poll(() => page.getByRole("alert").textContent()).toMatch(/silver/);
    await page.screenshot({ path: "build/portal/catalog-error-1280.png", fullPage: true });
    await editor.fill(JSON.stringify(SHOP, null, 2));
    await page.getByRole("button", { name: "Publish catalog" }).click();
    await page.getByText("Published catalog version 1; it is active now.").waitFor();
    // Game config: two versions, then a roll-back to the first, which game clients then read.
    const config = page.getByLabel(/Game config \(JSON/);
    await config.fill('{"maxLevel": 40');
    await page.getByRole("button", { name: "Publish game config" }).click();
    await expect.poll(() => page.getByRole("alert").textContent()).toMatch(/not JSON/);
    for (const maxLevel of [40, 50]) {
      await config.fill(JSON.stringify({ maxLevel }));
      await page.getByRole("button", { name: "Publish game config" }).click();
      await page.getByText(`Published game config version ${maxLevel / 10 - 3}; it is active now.`).waitFor();
    }
    await page.getByRole("button", { name: "Activate game config v1" }).click();
    await expect.poll(async () => (await sdk(server).get("/sdk/v1/runtime-config")).body.gameConfig?.config).toEqual({ maxLevel: 40 });

    const player = await sdk(server).createAccount({ playerRef: "player-5120", slot: { slotId: "main", data: { level: 1 } } });
    await sdk(server).post(`/sdk/v1/accounts/${player.accountId}/slots/main/sync`, { baseVersion: 1, data: { level: 0, broken: true } }, player.token);
    const claimAll = async () => {
      const grants = (await sdk(server).get(`/sdk/v1/accounts/${player.accountId}/grants?status=pending`, player.token)).body.grants;
      for (const g of grants) await sdk(server).post(`/sdk/v1/accounts/${player.accountId}/grants/${g.grantId}/claim`, {}, player.token);
    };
    await page.getByRole("link", { name: "Players" }).click();
    await page.getByLabel("External id (playerRef)").fill("player-5120");
    await page.getByRole("button", { name: "Look up" }).click();
    const grant = async (kind: string, id: string, amount: number, reason: string) => {
      await page.getByLabel("Kind", { exact: true }).selectOption(kind);
      await page.getByLabel("Id", { exact: true }).fill(id);
      await page.getByLabel("Amount").fill(String(amount));
      await page.getByLabel(/^Reason \(the player sees it/).fill(reason);
      await page.getByRole("button", { name: "Grant", exact: true }).click();
      await page.getByRole("cell", { name: reason }).waitFor();
    };
    await grant("currency", "gems", 50, "compensation for the outage");
    await grant("item", "lantern", 1, "a lantern for the caves");
    await claimAll();
    await grant("item", "lantern", 1, "a second lantern, too many");
    await claimAll(); // over the lantern's maxCount of 1: stuck
    await page.getByRole("button", { name: "Look up" }).click();
    await page.getByText("stuck").waitFor();
    expect(await page.locator("[data-balance=gems]").textContent()).toBe("50");
    // Support finds it in the game's stuck grants, and force-claims it there.
    await page.getByRole("link", { name: "Grants" }).click();
    await expect.poll(() => page.locator("table.stuck tbody").textContent()).toMatch(/player-5120.*lantern would be 2/);
    await page.screenshot({ path: "build/portal/grants-1280.png", fullPage: true });
    await page.locator("table.stuck").getByLabel("Reason").fill("ticket 5120");
    await page.getByRole("button", { name: "Force-claim" }).click();
    await page.getByText(/None: every grant/).waitFor();
    await page.getByRole("link", { name: "Players" }).click();
    await page.getByLabel("External id (playerRef)").fill("player-5120");
    await page.getByRole("button", { name: "Look up" }).click();
    await page.getByRole("cell", { name: "a second lantern, too many" }).waitFor();
    expect(await page.getByText("stuck").count()).toBe(0);
    // Restore the slot's first version: the SDK sees it as the slot's next version.
    await page.getByText("History of slot").click();
    await expect.poll(() => page.locator("pre.json").first().textContent()).toContain('"broken": true');
    await page.getByRole("button", { name: "Restore version 1 of main" }).click();
    await page.getByRole("form", { name: "Restore version 1 of main" }).getByLabel("Reason").fill("lost progress, ticket 7731");
    await page.getByRole("button", { name: "Restore v1", exact: true }).click();
    await expect.poll(async () => (await sdk(server).get(`/sdk/v1/accounts/${player.accountId}/slots/main`, player.token)).body).toMatchObject({ version: 3, data: { level: 1 } });
    // And revoke the player's session: the SDK refuses it at once.
    await page.getByRole("button", { name: /^Revoke session ses_/ }).click();
    await page.getByRole("form", { name: /^Revoke session ses_/ }).getByLabel("Reason").fill("phone reported stolen");
    await page.getByRole("button", { name: "Revoke", exact: true }).click();
    await expect.poll(async () => (await sdk(server).get(`/sdk/v1/accounts/${player.accountId}`, player.token)).status).toBe(403);
    await page.screenshot({ path: "build/portal/players-1280.png", fullPage: true });
    const wallet = (await trusted(server).get(`/server/v1/accounts/${player.accountId}/overview`)).body.wallet.balances;
    expect(wallet.find((b: { currencyId: string }) => b.currencyId === "gems").balance).toBe(50);

    await page.getByRole("link", { name: "Audit log" }).click();
    await page.getByLabel("Action").fill("forceClaimGrant");
    await page.getByRole("button", { name: "Filter" }).click();
    await expect.poll(() => page.locator("table.audit tbody tr").count()).toBe(1);
    expect(await page.locator("table.audit tbody").textContent()).toContain("ticket 5120");
    await page.getByLabel("Action").fill("");
    await page.getByRole("button", { name: "Filter" }).click();
    for (const action of ["publishCatalog", "publishGameConfigForGame", "activateGameConfigForGame", "createManualGrant", "forceClaimGrant", "restoreSlotVersionForPlayer", "revokeSessionForPlayer", "createApiKey", "revokeApiKey", "updateGame"]) {
      await expect.poll(() => page.locator("table.audit tbody").textContent(), { message: action }).toContain(action);
    }
    await page.screenshot({ path: "build/portal/audit-log-1280.png", fullPage: true });

    await page.getByRole("link", { name: "Members" }).click();
    await page.getByLabel("Email").fill("support@studio.example");
    await page.getByLabel("Role", { exact: true }).selectOption("support");
    await page.getByRole("button", { name: "Invite" }).click();
    await page.getByText(/Invitation code for support@studio.example/).waitFor();
    const code = (await page.locator(".notice .secret").textContent())!;
    await page.getByRole("cell", { name: "support@studio.example (invited)", exact: true }).waitFor();
    await page.screenshot({ path: "build/portal/members-1280.png", fullPage: true });
    // The invited person accepts on the sign-in page, choosing a password, then signs in.
    const invited = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
    await invited.goto(`${http.origin}/admin`);
    await invited.getByText("Accept an invitation").click();
    await invited.getByLabel("Invitation code").fill(code);
    await invited.getByLabel(/Password \(new to Persistly/).fill("support-chooses-this");
    await invited.getByRole("button", { name: "Accept" }).click();
    await invited.getByText(/You joined default as support/).waitFor();
    await invited.screenshot({ path: "build/portal/accept-invitation-390.png", fullPage: true });
    expect(elsewhere, "requests to other origins").toEqual([]);
  }, 60_000);

  it("shows a board live while a score is submitted over HTTP, and hides a record with a reason", async () => {
    await inTransaction(server.app.deps, (tx) => createLeaderboard(tx, server.environmentId, { leaderboardId: "distance" }));
    const [a, b] = [await sdk(server).createAccount({ displayName: "Moonfox" }), await sdk(server).createAccount({ displayName: "Kestrel" })];
    const submit = (p: typeof a, score: number) => sdk(server).post(`/sdk/v1/accounts/${p.accountId}/leaderboards/distance/scores`, { score }, p.token);
    await submit(a, 120);
    const { page, elsewhere } = await open(1280);
    await signIn(page);
    await page.getByRole("link", { name: "Leaderboards and events" }).click();
    await page.getByText("(live)").waitFor();
    await page.getByRole("cell", { name: "Moonfox", exact: true }).waitFor();
    await submit(b, 300); // over HTTP, while the page watches
    await page.getByRole("cell", { name: "Kestrel", exact: true }).waitFor();
    await expect.poll(() => page.locator("table.board tbody tr").first().textContent()).toContain("Kestrel");
    expect(await page.locator("table.board tbody tr").nth(1).textContent()).toMatch(/^2Moonfox/);
    await page.screenshot({ path: "build/portal/leaderboards-1280.png", fullPage: true });
    await page.getByRole("button", { name: "Hide the record of Kestrel" }).click();
    await page.getByLabel("Reason").fill("impossible distance");
    await page.getByRole("button", { name: "Hide", exact: true }).click();
    await expect.poll(() => page.getByRole("cell", { name: "Kestrel", exact: true }).count()).toBe(0);
    expect((await sdk(server).get("/sdk/v1/leaderboards/distance/records")).body.records.map((r: { displayName: string }) => r.displayName)).toEqual(["Moonfox"]);
    expect(elsewhere, "requests to other origins").toEqual([]);
  }, 60_000);

  it("returns to sign-in with a message when the session ends, and fits a 390 px screen with keyboard focus", async () => {
    const { page } = await open(390);
    await page.screenshot({ path: "build/portal/sign-in-390.png" });
    await page.keyboard.press("Tab");
    expect(await page.evaluate("document.activeElement?.id")).toBe("email");
    await signIn(page);
    await page.getByRole("heading", { name: /^development: / }).waitFor();
    await page.screenshot({ path: "build/portal/overview-390.png", fullPage: true });
    for (const name of ["Games and keys", "Players", "Grants", "Catalog and config", "Leaderboards and events", "Audit log", "Members"]) {
      await page.getByRole("link", { name }).click();
      await page.getByRole("heading", { name, exact: true }).waitFor();
      expect(await page.evaluate("document.documentElement.scrollWidth"), name).toBeLessThanOrEqual(390);
      await page.screenshot({ path: `build/portal/${name.toLowerCase().replace(/ /g, "-")}-390.png`, fullPage: true });
    }
    await page.getByRole("link", { name: "Games and keys" }).click();
    await page.getByRole("heading", { name: "Games and keys", exact: true }).waitFor();
    // The page's own reads finish first, so that the action below is the first call without a session.
    await page.locator("table.keys tbody tr").first().waitFor();
    await page.waitForLoadState("networkidle");
    // The session ends (the browser no longer holds it, as after an expiry); the next call sends the operator back.
    await page.context().clearCookies();
    await page.getByRole("button", { name: "Issue a key" }).click();
    await page.getByText(/session has ended/i).waitFor({ timeout: 5000 }).catch(async (error) => {
      await page.screenshot({ path: "build/portal/debug-session-end.png", fullPage: true });
      throw error;
    });
  }, 60_000);
});
