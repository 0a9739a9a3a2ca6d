// The catalog of an environment (DESIGN §8): currencies, items and offers, published as immutable
// versions like game config. Publishing checks what the schema cannot: unique ids, every reference
// an offer makes, caps that fit, and the size of item properties.
import { invalidRequest, notFound, payloadTooLarge } from "./errors.js";
import { canonicalJson } from "./payload.js";
import type { Deps, TxDeps } from "./context.js";
import type { CatalogRecord, EnvironmentRecord } from "../store/types.js";
import { versionMemo } from "./versionMemo.js";

export const CATALOG_MAX_BYTES = 1024 * 1024;
export const ITEM_PROPERTIES_MAX_BYTES = 4 * 1024;
const MAX_BALANCE = Number.MAX_SAFE_INTEGER;

export interface Currency { currencyId: string; initial: number; max: number }
export interface Item { itemId: string; stackable: boolean; maxCount: number; consumable: boolean; properties?: Record<string, unknown> }
export interface Offer {
  offerId: string;
  price: Record<string, number>;
  contents: { currencies?: Record<string, number>; items?: Record<string, number> };
  sku?: string;
  purchasable: "client" | "iap";
}
export interface Catalog { currencies: Currency[]; items: Item[]; offers: Offer[] }

/** A key as a JSON Pointer segment (RFC 6901): `~` and `/` escaped, so the path names exactly that key. */
const pointer = (key: string) => key.replace(/~/g, "~0").replace(/\//g, "~1");

/** Every problem with the catalog's references and caps, as `details.issues` entries: path and message. */
export function catalogProblems(catalog: Catalog): Array<{ path: string; message: string }> {
  const problems: Array<{ path: string; message: string }> = [];
  // Each path names the offending element by its index in the list as sent (an offer without a sku still counts).
  const unique = (list: Array<Record<string, unknown>>, field: string, where: string) => {
    const seen = new Set<unknown>();
    list.forEach((entry, i) => {
      if (entry[field] === undefined) return;
      if (seen.has(entry[field])) problems.push({ path: `/${where}/${i}/${field}`, message: `${field} "${entry[field]}" appears twice` });
      seen.add(entry[field]);
    });
  };
  unique(catalog.currencies as never, "currencyId", "currencies");
  unique(catalog.items as never, "itemId", "items");
  unique(catalog.offers as never, "offerId", "offers");
  unique(catalog.offers as never, "sku", "offers");
  const currencies = new Map(catalog.currencies.map((c) => [c.currencyId, c]));
  const items = new Map(catalog.items.map((item) => [item.itemId, item]));
  catalog.currencies.forEach((c, i) => {
    if (c.max > MAX_BALANCE) problems.push({ path: `/currencies/${i}/max`, message: `max is at most ${MAX_BALANCE} (2^53−1)` });
    if (c.initial > c.max) problems.push({ path: `/currencies/${i}/initial`, message: `initial ${c.initial} is above max ${c.max}` });
  });
  catalog.items.forEach((item, i) => {
    if (!item.stackable && item.maxCount !== 1) problems.push({ path: `/items/${i}/maxCount`, message: "an item that does not stack has maxCount 1" });
    const bytes = item.properties === undefined ? 0 : Buffer.byteLength(JSON.stringify(item.properties), "utf8");
    if (bytes > ITEM_PROPERTIES_MAX_BYTES) problems.push({ path: `/items/${i}/properties`, message: `properties are ${bytes} bytes; at most ${ITEM_PROPERTIES_MAX_BYTES}` });
  });
  catalog.offers.forEach((offer, i) => {
    for (const currencyId of Object.keys(offer.price)) {
      if (!currencies.has(currencyId)) problems.push({ path: `/offers/${i}/price/${pointer(currencyId)}`, message: `no currency "${currencyId}" in this catalog` });
    }
    for (const [currencyId, amount] of Object.entries(offer.contents.currencies ?? {})) {
      const currency = currencies.get(currencyId);
      if (!currency) problems.push({ path: `/offers/${i}/contents/currencies/${pointer(currencyId)}`, message: `no currency "${currencyId}" in this catalog` });
      else if (amount > currency.max) problems.push({ path: `/offers/${i}/contents/currencies/${pointer(currencyId)}`, message: `${amount} is above the currency's max ${currency.max}` });
    }
    for (const [itemId, count] of Object.entries(offer.contents.items ?? {})) {
      const item = items.get(itemId);
      if (!item) problems.push({ path: `/offers/${i}/contents/items/${pointer(itemId)}`, message: `no item "${itemId}" in this catalog` });
      else if (count > item.maxCount) problems.push({ path: `/offers/${i}/contents/items/${pointer(itemId)}`, message: `${count} is above the item's maxCount ${item.maxCount}` });
    }
    if (offer.purchasable === "iap" && offer.sku === undefined) problems.push({ path: `/offers/${i}/sku`, message: "an offer purchasable by in-app purchase needs the store's sku" });
  });
  return problems;
}

/** The active catalog, parsed, with its entries by id (and offers by store sku). */
export interface ActiveCatalog {
  version: number | null;
  catalog: Catalog | null;
  currencies: Map<string, Currency>;
  items: Map<string, Item>;
  offers: Map<string, Offer>;
  offersBySku: Map<string, Offer>;
}

const index = (version: number | null, catalog: Catalog | null): ActiveCatalog => ({
  version, catalog,
  currencies: new Map((catalog?.currencies ?? []).map((c) => [c.currencyId, c])),
  items: new Map((catalog?.items ?? []).map((i) => [i.itemId, i])),
  offers: new Map((catalog?.offers ?? []).map((o) => [o.offerId, o])),
  offersBySku: new Map((catalog?.offers ?? []).filter((o) => o.sku !== undefined).map((o) => [o.sku!, o])),
});

// Its parsed form is kept: a purchase reads the catalog several times, and a catalog may be a megabyte of JSON.
const parsed = versionMemo<ActiveCatalog>(32);

export async function activeCatalog(deps: Pick<Deps, "store">, environmentId: string): Promise<ActiveCatalog> {
  const version = await deps.store.activeCatalogVersion(environmentId);
  if (version === null) return index(null, null);
  return (await parsed(environmentId, version, async () => {
    const record = (await deps.store.getCatalog(environmentId, version))!;
    return index(version, JSON.parse(record.catalog) as Catalog);
  }))!;
}

export async function publishCatalog(deps: Pick<TxDeps, "store" | "now">, environment: EnvironmentRecord, catalog: Catalog): Promise<CatalogRecord> {
  const problems = catalogProblems(catalog);
  if (problems.length) {
    throw invalidRequest(`the catalog is not consistent: ${problems[0].path}: ${problems[0].message}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ""}`, { issues: problems.slice(0, 20) });
  }
  const json = canonicalJson("catalog", catalog);
  const bytes = Buffer.byteLength(json, "utf8");
  if (bytes > CATALOG_MAX_BYTES) throw payloadTooLarge("catalog", CATALOG_MAX_BYTES, bytes);
  return deps.store.publishCatalog(environment.id, json, deps.now().toISOString());
}

export async function listCatalogVersions(deps: Pick<Deps, "store">, environment: EnvironmentRecord) {
  const active = await deps.store.activeCatalogVersion(environment.id);
  return { activeVersion: active, versions: (await deps.store.listCatalogs(environment.id)).map((record) => ({ record, active: record.version === active })) };
}

export async function activateCatalog(deps: Pick<TxDeps, "store">, environment: EnvironmentRecord, version: number): Promise<CatalogRecord> {
  if (!(await deps.store.activateCatalog(environment.id, version))) throw notFound(`catalog version ${version} does not exist`, { version });
  return (await deps.store.getCatalog(environment.id, version))!;
}

/** What a game client reads: the active catalog, left out when the client already holds that version. */
export async function catalogForClient(deps: Pick<Deps, "store">, environment: EnvironmentRecord, heldVersion: number | undefined) {
  const { version, catalog } = await activeCatalog(deps, environment.id);
  return { catalogVersion: version, catalog: heldVersion === version ? null : catalog };
}
