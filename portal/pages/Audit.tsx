// The audit log: filters (action, actor, resource, time) and keyset paging to older entries.
import { useEffect, useState } from "preact/hooks";
import { admin, failure } from "../api.js";
import type { components } from "../../generated/admin.js";
import type { StudioContext } from "../app.js";

type Entry = components["schemas"]["AuditEntry"];
type Filters = { action?: string; actorId?: string; resource?: string; from?: string; to?: string };

export function Audit({ studioId }: StudioContext) {
  const [filters, setFilters] = useState<Filters>({});
  const [entries, setEntries] = useState<Entry[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = async (query: Filters, after?: string) => {
    const result = await admin.GET("/admin/v1/studios/{studioId}/audit-log", { params: { path: { studioId }, query: { ...query, limit: 25, ...(after ? { cursor: after } : {}) } } });
    setError(failure(result));
    if (!result.data) return;
    setEntries((shown) => (after ? [...shown, ...result.data!.entries] : result.data!.entries));
    setCursor(result.data.nextCursor);
  };
  useEffect(() => void load({}), [studioId]);
  const filter = (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const picked: Filters = {};
    for (const name of ["action", "actorId", "resource", "from", "to"] as const) {
      const value = String(form.get(name) ?? "").trim();
      if (value) picked[name] = name === "from" || name === "to" ? new Date(value).toISOString() : value;
    }
    setFilters(picked);
    void load(picked);
  };
  return (
    <>
      <h1>Audit log</h1>
      <section class="card">
        <form onSubmit={filter} class="filters">
          <div><label for="f-action">Action</label><input id="f-action" name="action" placeholder="forceClaimGrant" /></div>
          <div><label for="f-actor">Actor id</label><input id="f-actor" name="actorId" /></div>
          <div><label for="f-resource">Resource</label><input id="f-resource" name="resource" placeholder="games/…" /></div>
          <div><label for="f-from">From</label><input id="f-from" name="from" type="datetime-local" /></div>
          <div><label for="f-to">To</label><input id="f-to" name="to" type="datetime-local" /></div>
          <div class="row"><button type="submit">Filter</button></div>
        </form>
        {error && <p class="error" role="alert">{error}</p>}
      </section>
      <section class="card">
        <table class="audit"><thead><tr><th>When</th><th>Who</th><th>Action</th><th>Resource</th><th>Reason</th></tr></thead>
          <tbody>{entries.map((e) => (
            <tr><td>{new Date(e.at).toLocaleString()}</td><td>{e.actor.label}</td><td class="mono">{e.action}</td><td class="mono">{e.resource}</td><td>{e.reason ?? ""}</td></tr>
          ))}</tbody></table>
        {entries.length === 0 && <p class="muted">No entries{Object.keys(filters).length ? " match these filters" : ""}.</p>}
        {cursor && <div class="row"><button class="secondary" onClick={() => load(filters, cursor)}>Older entries</button></div>}
      </section>
    </>
  );
}
