// Reading a studio's audit log: filters and keyset pages, newest first. (Entries are written by the
// HTTP layer's recorder and the CLI, in the transaction of the change they record.)
import type { Deps } from "./context.js";
import { invalidRequest } from "./errors.js";

export interface AuditFilter {
  actorId?: string;
  action?: string;
  resource?: string;
  from?: string;
  to?: string;
  cursor?: string;
  limit?: number;
}

export async function auditPage(deps: Pick<Deps, "store">, workspaceId: string, filter: AuditFilter) {
  const limit = filter.limit ?? 50;
  // Stored times are `toISOString()`; a bound written another way (`…:00Z`) must compare as the same instant.
  const from = filter.from && new Date(filter.from).toISOString();
  const to = filter.to && new Date(filter.to).toISOString();
  if (from && to && from >= to) throw invalidRequest("`from` must be before `to`", { field: "from" });
  const rows = await deps.store.listAudit({
    workspaceId, actorId: filter.actorId, action: filter.action, resource: filter.resource?.replace(/^\/+|\/+$/g, ""),
    from, to, before: filter.cursor === undefined ? undefined : Number(filter.cursor), limit: limit + 1,
  });
  const entries = rows.slice(0, limit);
  return { entries, nextCursor: rows.length > limit ? String(entries[entries.length - 1].seq) : null };
}
