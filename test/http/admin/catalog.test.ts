// The catalog (#18, first part): operators publish versions that are checked for consistency and never
// change; game clients read the active one, skipping an unchanged download.
import { describe, expect, it } from "vitest";
import { errorCode, sdk } from "../../support/helpers.js";
import { member, signIn, startAdminServer, studioOf } from "./support.js";
import { SHOP } from "../../../scripts/docs/scenario.js";

async function admin(role: "owner" | "support" = "owner") {
  const server = await startAdminServer();
  await member(server, "owner@studio.example");
  if (role !== "owner") await member(server, `${role}@studio.example`, role);
  const op = await signIn(server, `${role}@studio.example`);
  return { server, op, base: `/admin/v1/studios/${(await studioOf(server)).id}/games/${server.environmentId}/catalog` };
}

describe("the catalog", () => {
  it("is published as a version that clients read, skipping the download of the version they hold", async () => {
    const { server, op, base } = await admin();
    expect((await sdk(server).get("/sdk/v1/catalog")).body).toEqual({ catalogVersion: null, catalog: null });
    const published = await op.post(base, { catalog: SHOP });
    expect(published.status).toBe(201);
    expect(published.body).toMatchObject({ version: 1, active: true, catalog: SHOP });
    expect((await sdk(server).get("/sdk/v1/catalog")).body).toEqual({ catalogVersion: 1, catalog: SHOP });
    expect((await sdk(server).get("/sdk/v1/catalog?catalogVersion=1")).body).toEqual({ catalogVersion: 1, catalog: null });
    expect((await sdk(server).get("/api/v1/catalog?catalogVersion=1")).body).toEqual({ catalogVersion: 1, catalog: null });
  });

  it("never changes a version: a new publish is a new version, and an older one can be made active again", async () => {
    const { server, op, base } = await admin();
    await op.post(base, { catalog: SHOP });
    const cheaper = { ...SHOP, offers: [{ ...SHOP.offers[0], price: { gold: 200 } }] };
    expect((await op.post(base, { catalog: cheaper })).body.version).toBe(2);
    const list = await op.get(base);
    expect(list.body.activeVersion).toBe(2);
    expect(list.body.versions.map((v: { version: number; active: boolean }) => [v.version, v.active])).toEqual([[2, true], [1, false]]);
    expect((await op.post(`${base}/1/activate`)).body).toMatchObject({ version: 1, catalog: SHOP });
    expect((await sdk(server).get("/sdk/v1/catalog")).body.catalog.offers[0].price).toEqual({ gold: 250 });
    expect(errorCode(await op.post(`${base}/7/activate`))).toBe("not_found");
    const log = (await op.get(`/admin/v1/studios/${(await studioOf(server)).id}/audit-log?action=activateCatalogVersion`)).body.entries;
    expect(log.map((e: { before: unknown; after: unknown }) => [e.before, e.after])).toEqual([[{ activeVersion: 2 }, { activeVersion: 1 }]]);
  });

  it("refuses an inconsistent catalog, naming every problem, and publishes nothing", async () => {
    const { server, op, base } = await admin();
    const broken = {
      currencies: [{ currencyId: "gold", initial: 500, max: 100 }, { currencyId: "gold", initial: 0, max: 10 }],
      items: [{ itemId: "sword", stackable: false, maxCount: 3, consumable: false, properties: { lore: "x".repeat(5000) } }],
      offers: [
        { offerId: "bundle", price: { gems: 5 }, contents: { items: { shield: 1 }, currencies: { gold: 1000 } }, purchasable: "client" },
        { offerId: "starter", price: {}, contents: {}, purchasable: "iap" },
      ],
    };
    const res = await op.post(base, { catalog: broken });
    expect(res.status).toBe(400);
    expect(res.body.error.details.issues.map((i: { path: string }) => i.path)).toEqual([
      "/currencies/1/currencyId", "/currencies/0/initial", "/items/0/maxCount", "/items/0/properties",
      "/offers/0/price/gems", "/offers/0/contents/currencies/gold", "/offers/0/contents/items/shield", "/offers/1/sku",
    ]);
    expect(res.body.error.message).toMatch(/appears twice .*and 7 more/);
    expect((await op.get(base)).body.versions).toEqual([]);
    expect((await sdk(server).get("/sdk/v1/catalog")).body.catalog).toBeNull();
    // A duplicate sku is named at its own index, offers without a sku counted.
    const skus = await op.post(base, { catalog: {
      currencies: [{ currencyId: "gold", initial: 0, max: 100 }], items: [],
      offers: [
        { offerId: "a", price: {}, contents: { currencies: { gold: 1 } }, sku: "com.x.one", purchasable: "iap" },
        { offerId: "b", price: { gold: 1 }, contents: { currencies: { gold: 1 } }, purchasable: "client" },
        { offerId: "c", price: { gold: 1 }, contents: { currencies: { gold: 1 } }, purchasable: "client" },
        { offerId: "d", price: { gems: 1 }, contents: { currencies: { gold: 1 } }, sku: "com.x.one", purchasable: "iap" },
      ],
    } });
    expect(skus.body.error.details.issues.map((i: { path: string }) => i.path)).toEqual(["/offers/3/sku", "/offers/3/price/gems"]);
  });

  it("lets support read the catalog but not publish it", async () => {
    const { op, base } = await admin("support");
    expect((await op.get(base)).status).toBe(200);
    expect(errorCode(await op.post(base, { catalog: SHOP }))).toBe("forbidden");
  });
});
