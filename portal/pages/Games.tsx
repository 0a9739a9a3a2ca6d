// Games and API keys: issue (shown once, with copy), list by prefix, revoke with confirmation; the
// transfer-code switch and the browser origins of a game.
import { useEffect, useState } from "preact/hooks";
import { admin, failure } from "../api.js";
import type { components } from "../../generated/admin.js";
import type { StudioContext } from "../app.js";

type Game = components["schemas"]["Game"];
type Key = components["schemas"]["ApiKeyInfo"];

export function Games({ studioId, role, game, onGameChanged }: StudioContext & { onGameChanged(): void }) {
  const configures = role === "admin" || role === "owner";
  return (
    <>
      <h1>Games and keys</h1>
      <Keys studioId={studioId} game={game} configures={configures} />
      <Settings studioId={studioId} game={game} configures={configures} onChanged={onGameChanged} />
    </>
  );
}

function Keys({ studioId, game, configures }: { studioId: string; game: Game; configures: boolean }) {
  const path = { studioId, gameId: game.gameId };
  const [keys, setKeys] = useState<Key[]>([]);
  const [issued, setIssued] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const load = async () => {
    const result = await admin.GET("/admin/v1/studios/{studioId}/games/{gameId}/keys", { params: { path } });
    setError(failure(result));
    if (result.data) setKeys(result.data.keys);
  };
  useEffect(() => void load(), [game.gameId]);
  const issue = async (event: Event) => {
    event.preventDefault();
    const kind = new FormData(event.target as HTMLFormElement).get("kind") as "runtime" | "server";
    const result = await admin.POST("/admin/v1/studios/{studioId}/games/{gameId}/keys", { params: { path }, body: { kind } });
    setError(failure(result));
    if (result.data) {
      setIssued(result.data.key);
      setCopied(false);
      await load();
    }
  };
  const revoke = async (keyId: string) => {
    const result = await admin.POST("/admin/v1/studios/{studioId}/games/{gameId}/keys/{keyId}/revoke", { params: { path: { ...path, keyId } } });
    setError(failure(result));
    setConfirming(null);
    await load();
  };
  const copy = async () => {
    await navigator.clipboard?.writeText(issued!).catch(() => {});
    setCopied(true);
  };
  return (
    <section class="card" aria-labelledby="keys-title">
      <h2 id="keys-title">API keys</h2>
      {error && <p class="error" role="alert">{error}</p>}
      {issued && (
        <div class="notice" role="status">
          <label for="issued-key">The new key — shown this once: store it now</label>
          <input id="issued-key" class="secret" readOnly value={issued} onFocus={(e) => (e.target as HTMLInputElement).select()} />
          <div class="row">
            <button class="secondary" onClick={copy}>{copied ? "Copied" : "Copy"}</button>
            <button class="secondary" onClick={() => setIssued(null)}>Done</button>
          </div>
        </div>
      )}
      <table class="keys">
        <thead><tr><th>Prefix</th><th>Kind</th><th>Issued</th><th>Status</th></tr></thead>
        <tbody>
          {keys.map((k) => (
            <tr>
              <td class="mono">{k.prefix}</td>
              <td>{k.kind}</td>
              <td>{new Date(k.createdAt).toLocaleDateString()}</td>
              <td>
                {k.revokedAt ? "revoked" : confirming === k.keyId ? (
                  <span class="row">
                    <span>Revoke {k.prefix}? Games using it stop at once.</span>
                    <button class="danger" onClick={() => revoke(k.keyId)}>Revoke</button>
                    <button class="secondary" onClick={() => setConfirming(null)}>Cancel</button>
                  </span>
                ) : configures ? <button class="secondary" aria-label={`Revoke ${k.prefix}`} onClick={() => setConfirming(k.keyId)}>Revoke…</button> : "active"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {configures && (
        <form class="row" onSubmit={issue}>
          <label for="kind" class="muted">Kind</label>
          <select id="kind" name="kind" class="narrow"><option value="runtime">runtime (games)</option><option value="server">server (your backend)</option></select>
          <button type="submit">Issue a key</button>
        </form>
      )}
    </section>
  );
}

function Settings({ studioId, game, configures, onChanged }: { studioId: string; game: Game; configures: boolean; onChanged(): void }) {
  const path = { studioId, gameId: game.gameId };
  const [error, setError] = useState<string | null>(null);
  const change = async (body: { transferCodesEnabled?: boolean; allowedOrigins?: string[] }) => {
    const result = await admin.POST("/admin/v1/studios/{studioId}/games/{gameId}", { params: { path }, body });
    setError(failure(result));
    onChanged();
  };
  const addOrigin = async (event: Event) => {
    event.preventDefault();
    const input = (event.target as HTMLFormElement).elements.namedItem("origin") as HTMLInputElement;
    await change({ allowedOrigins: [...game.allowedOrigins, input.value.trim()] });
    input.value = "";
  };
  return (
    <section class="card" aria-labelledby="settings-title">
      <h2 id="settings-title">Settings</h2>
      {error && <p class="error" role="alert">{error}</p>}
      <div class="row">
        <input id="transfer-codes" type="checkbox" checked={game.transferCodesEnabled} disabled={!configures}
          onChange={(e) => change({ transferCodesEnabled: (e.target as HTMLInputElement).checked })} />
        <label for="transfer-codes" class="inline">Players can create device-transfer codes</label>
      </div>
      <h2 class="spaced">Browser origins</h2>
      <ul>
        {game.allowedOrigins.length === 0 && <li class="muted">None: browser games on other origins cannot call the SDK.</li>}
        {game.allowedOrigins.map((o) => (
          <li><span class="mono">{o}</span> {configures && <button class="secondary" aria-label={`Remove ${o}`} onClick={() => change({ allowedOrigins: game.allowedOrigins.filter((x) => x !== o) })}>Remove</button>}</li>
        ))}
      </ul>
      {configures && (
        <form class="row" onSubmit={addOrigin}>
          <label for="origin" class="muted">Allow an origin</label>
          <input id="origin" name="origin" placeholder="https://game.example" required />
          <button type="submit">Allow</button>
        </form>
      )}
    </section>
  );
}
