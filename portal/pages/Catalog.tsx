// Catalog and game config: each published from a JSON editor (a syntax error or the server's checks
// shown inline), with its versions and activation of any of them (a roll-back is one click).
import { useEffect, useState } from "preact/hooks";
import { admin, failure } from "../api.js";
import type { StudioContext } from "../app.js";

type Issue = { path?: string; message: string };
type Versions = { activeVersion: number | null; versions: Array<{ version: number; publishedAt: string; active: boolean }> };
type Answer<T> = { data?: T; error?: unknown; response: Response };

const CATALOG = JSON.stringify({ currencies: [{ currencyId: "gold", initial: 100, max: 1000000 }], items: [], offers: [] }, null, 2);
const CONFIG = JSON.stringify({ maxLevel: 30 }, null, 2);

export function Catalog({ studioId, role, game }: StudioContext) {
  const path = { studioId, gameId: game.gameId };
  const configures = role === "admin" || role === "owner";
  return (
    <>
      <h1>Catalog and config</h1>
      <VersionedJson key={`catalog-${game.gameId}`} id="catalog" title="Catalog" label="Catalog (JSON: currencies, items, offers)" example={CATALOG} configures={configures}
        list={() => admin.GET("/admin/v1/studios/{studioId}/games/{gameId}/catalog", { params: { path } })}
        publish={(doc) => admin.POST("/admin/v1/studios/{studioId}/games/{gameId}/catalog", { params: { path }, body: { catalog: doc as never } })}
        activate={(version) => admin.POST("/admin/v1/studios/{studioId}/games/{gameId}/catalog/{version}/activate", { params: { path: { ...path, version } } })} />
      <VersionedJson key={`config-${game.gameId}`} id="config" title="Game config" label="Game config (JSON: what your game reads with getRuntimeConfig)" example={CONFIG} configures={configures}
        list={() => admin.GET("/admin/v1/studios/{studioId}/games/{gameId}/game-config", { params: { path } })}
        publish={(doc) => admin.POST("/admin/v1/studios/{studioId}/games/{gameId}/game-config", { params: { path }, body: { config: doc as never } })}
        activate={(version) => admin.POST("/admin/v1/studios/{studioId}/games/{gameId}/game-config/{version}/activate", { params: { path: { ...path, version } } })} />
    </>
  );
}

interface VersionedProps {
  id: string; title: string; label: string; example: string; configures: boolean;
  list(): Promise<Answer<Versions>>;
  publish(doc: unknown): Promise<Answer<{ version: number }>>;
  activate(version: number): Promise<Answer<unknown>>;
}

function VersionedJson({ id, title, label, example, configures, list, publish, activate }: VersionedProps) {
  const [versions, setVersions] = useState<Versions | null>(null);
  const [text, setText] = useState(example);
  const [problems, setProblems] = useState<Issue[]>([]);
  const [published, setPublished] = useState<number | null>(null);
  const load = async () => {
    const result = await list();
    if (!failure(result) && result.data) setVersions(result.data);
  };
  useEffect(() => void load(), []);
  const submit = async (event: Event) => {
    event.preventDefault();
    setPublished(null);
    let doc: unknown;
    try {
      doc = JSON.parse(text);
    } catch (error) {
      return setProblems([{ message: `not JSON: ${(error as Error).message}` }]);
    }
    const result = await publish(doc);
    const message = failure(result);
    if (message) {
      const issues = (result.error as { details?: { issues?: Issue[] } }).details?.issues ?? [];
      return setProblems(issues.length ? issues : [{ message }]);
    }
    setProblems([]);
    setPublished(result.data!.version);
    await load();
  };
  const roll = async (version: number) => {
    if (!failure(await activate(version))) await load();
  };
  return (
    <section class="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {configures && (
        <form onSubmit={submit}>
          <label for={`${id}-json`}>{label}</label>
          <textarea id={`${id}-json`} class="editor" spellcheck={false} value={text} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
            aria-invalid={problems.length > 0} aria-describedby={`${id}-problems`} />
          <div id={`${id}-problems`}>
            {problems.length > 0 && <ul class="error" role="alert">{problems.map((p) => <li>{p.path ? <span class="mono">{p.path}</span> : null} {p.message}</li>)}</ul>}
          </div>
          {published !== null && <p class="notice" role="status">Published {title.toLowerCase()} version {published}; it is active now.</p>}
          <div class="row"><button type="submit">Publish {title.toLowerCase()}</button></div>
        </form>
      )}
      <h3>Versions</h3>
      {versions && versions.versions.length === 0 && <p class="muted">Nothing published yet.</p>}
      <table><thead><tr><th>Version</th><th>Published</th><th></th></tr></thead>
        <tbody>{versions?.versions.map((v) => (
          <tr><td>{v.version}</td><td>{new Date(v.publishedAt).toLocaleString()}</td>
            <td>{v.active ? <strong>active</strong> : configures ? <button class="secondary" onClick={() => roll(v.version)}>Activate {title.toLowerCase()} v{v.version}</button> : null}</td></tr>
        ))}</tbody></table>
    </section>
  );
}
