import type { components, OperationAccess, operations } from "../../../generated/admin.js";
import type { HandlerTable } from "../../http/types.js";
import { activateCatalog, listCatalogVersions, publishCatalog, type Catalog } from "../../domain/catalog.js";
import type { CatalogRecord } from "../../store/types.js";

type CatalogOps = "listCatalogVersions" | "publishCatalog" | "activateCatalogVersion";

const catalogVersionView = (record: CatalogRecord, active: boolean, withCatalog: boolean): components["schemas"]["CatalogVersion"] => ({
  version: record.version, publishedAt: record.publishedAt, active, bytes: Buffer.byteLength(record.catalog, "utf8"),
  ...(withCatalog ? { catalog: JSON.parse(record.catalog) as Catalog } : {}),
});

export const catalogHandlers: Pick<HandlerTable<operations, OperationAccess>, CatalogOps> = {
  async listCatalogVersions({ studio }, deps) {
    const { game } = studio;
    const { activeVersion, versions } = await listCatalogVersions(deps, game);
    return { status: 200, body: { activeVersion, versions: versions.map((v) => catalogVersionView(v.record, v.active, false)) } };
  },

  async publishCatalog({ studio, body }, deps) {
    const { game } = studio;
    const published = await publishCatalog(deps, game, body.catalog);
    return { status: 201, body: catalogVersionView(published, true, true), audit: { before: { activeVersion: game.activeCatalogVersion }, after: { activeVersion: published.version } } };
  },

  async activateCatalogVersion({ studio, path }, deps) {
    const { game } = studio;
    const active = await activateCatalog(deps, game, path.version);
    return { status: 200, body: catalogVersionView(active, true, true), audit: { before: { activeVersion: game.activeCatalogVersion }, after: { activeVersion: active.version } } };
  },
};
