// Catalog: publish from a JSON editor (a syntax error or the server's checks shown inline), the
// published versions, and activation of any of them (a roll-back is one click).
import { useEffect, useState } from "preact/hooks";
import { admin, failure } from "../api.js";
import type { components } from "../../generated/admin.js";
import type { StudioContext } from "../app.js";

type Versions = components["schemas"]["CatalogVersionList"];
type Issue = { path?: string; message: string };

const EXAMPLE = JSON.stringify({ currencies: [{ currencyId: "gold", initial: 100, max: 1000000 }], items: [], offers: [] }, null, 2);

export function Catalog({ studioId, role, game }: StudioContext) {
  const path = { studioId, gameId: game.gameId };
  const [versions, setVersions] = useState<Versions | null>(null);
  const [text, setText] = useState(EXAMPLE);
  const [problems, setProblems] = useState<Issue[]>([]);
  const [published, setPublished] = useState<number | null>(null);
  const load = async () => {
    const result = await admin.GET("/admin/v1/studios/{studioId}/games/{gameId}/catalog", { params: { path } });
    if (!failure(result) && result.data) setVersions(result.data);
  };
  useEffect(() => void load(), [game.gameId]);
  const publish = async (event: Event) => {
    event.preventDefault();
    setPublished(null);
    let catalog: unknown;
    try {
      catalog = JSON.parse(text);
    } catch (error) {
      return setProblems([{ message: `not JSON: ${(error as Error).message}` }]);
    }
    const result = await admin.POST("/admin/v1/studios/{studioId}/games/{gameId}/catalog", { params: { path }, body: { catalog: catalog as never } });
    const message = failure(result);
    if (message) {
      const issues = ((result.error as { details?: { issues?: Issue[] } }).details?.issues ?? []);
      return setProblems(issues.length ? issues : [{ message }]);
    }
    setProblems([]);
    setPublished(result.data!.version);
    await load();
  };
  const activate = async (version: number) => {
    const result = await admin.POST("/admin/v1/studios/{studioId}/games/{gameId}/catalog/{version}/activate", { params: { path: { ...path, version } } });
    if (!failure(result)) await load();
  };
  const configures = role === "admin" || role === "owner";
  return (
    <>
      <h1>Catalog</h1>
      {configures && (
        <section class="card">
          <form onSubmit={publish}>
            <label for="catalog-json">Catalog (JSON: currencies, items, offers)</label>
            <textarea id="catalog-json" class="editor" spellcheck={false} value={text} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} aria-invalid={problems.length > 0} aria-describedby="catalog-problems" />
            <div id="catalog-problems">
              {problems.length > 0 && (
                <ul class="error" role="alert">{problems.map((p) => <li>{p.path ? <span class="mono">{p.path}</span> : null} {p.message}</li>)}</ul>
              )}
            </div>
            {published !== null && <p class="notice" role="status">Published version {published}; it is active now.</p>}
            <div class="row"><button type="submit">Publish</button></div>
          </form>
        </section>
      )}
      <section class="card">
        <h2>Versions</h2>
        {versions && versions.versions.length === 0 && <p class="muted">No catalog published yet.</p>}
        <table><thead><tr><th>Version</th><th>Published</th><th>Size</th><th></th></tr></thead>
          <tbody>{versions?.versions.map((v) => (
            <tr><td>{v.version}</td><td>{new Date(v.publishedAt).toLocaleString()}</td><td>{v.bytes} B</td>
              <td>{v.active ? <strong>active</strong> : configures ? <button class="secondary" onClick={() => activate(v.version)}>Activate v{v.version}</button> : null}</td></tr>
          ))}</tbody></table>
      </section>
    </>
  );
}
