// Player lookup by external id (the playerRef): each account's slots, sessions, wallet, inventory and
// grants; a manual grant (reason required), and force-claim of a stuck grant (with a reason).
import { useState } from "preact/hooks";
import { admin, failure } from "../api.js";
import type { components } from "../../generated/admin.js";
import type { StudioContext } from "../app.js";

type Lookup = components["schemas"]["PlayerLookup"];
type PlayerAccount = components["schemas"]["PlayerAccount"];
type Grant = components["schemas"]["Grant"];

export function Players({ studioId, role, game }: StudioContext) {
  const [lookup, setLookup] = useState<Lookup | null>(null);
  const [externalId, setExternalId] = useState("");
  const [error, setError] = useState<string | null>(null);
  const path = { studioId, gameId: game.gameId };
  const find = async (id = externalId) => {
    const result = await admin.GET("/admin/v1/studios/{studioId}/games/{gameId}/players/{externalId}", { params: { path: { ...path, externalId: id } } });
    setError(failure(result));
    setLookup(result.data ?? null);
  };
  const submit = (event: Event) => {
    event.preventDefault();
    void find();
  };
  const acts = role !== "viewer";
  return (
    <>
      <h1>Players</h1>
      <section class="card">
        <form class="row" onSubmit={submit}>
          <label for="external-id" class="inline">External id (playerRef)</label>
          <input id="external-id" value={externalId} onInput={(e) => setExternalId((e.target as HTMLInputElement).value)} required />
          <button type="submit">Look up</button>
        </form>
        {error && <p class="error" role="alert">{error}</p>}
        {lookup && lookup.accounts.length === 0 && <p class="muted">No account has this playerRef in {game.name}.</p>}
      </section>
      {lookup?.accounts.map((a) => <AccountCard path={path} account={a} acts={acts} onChanged={() => find()} />)}
    </>
  );
}

function AccountCard({ path, account, acts, onChanged }: { path: { studioId: string; gameId: string }; account: PlayerAccount; acts: boolean; onChanged(): void }) {
  const a = account.account;
  return (
    <section class="card" aria-label={`Account ${a.accountId}`}>
      <h2 class="mono">{a.accountId}</h2>
      <p class="muted">{a.displayName ?? "no display name"} · {a.publicId} · created {new Date(a.createdAt).toLocaleString()}{account.erasedAt ? ` · erased ${account.erasedAt}` : ""}</p>
      <h3>Slots</h3>
      <table><thead><tr><th>Slot</th><th>Version</th><th>Bytes</th><th>Updated</th></tr></thead>
        <tbody>{a.slots.map((s) => <tr><td class="mono">{s.slotId}</td><td>{s.version}</td><td>{s.dataBytes}</td><td>{new Date(s.updatedAt).toLocaleString()}</td></tr>)}</tbody></table>
      {a.slots.map((s) => <SlotHistory path={{ ...path, accountId: a.accountId }} slotId={s.slotId} acts={acts} onChanged={onChanged} />)}
      <h3>Sessions</h3>
      <table><thead><tr><th>Session</th><th>Last used</th><th>SDK</th><th>State</th></tr></thead>
        <tbody>{account.sessions.map((s) => (
          <tr><td class="mono">{s.sessionId}</td><td>{new Date(s.lastUsedAt).toLocaleString()}</td><td>{s.sdk ?? ""}</td>
            <td>{s.revokedAt ? "revoked" : acts ? <ReasonAction label={`Revoke session ${s.sessionId}`} button="Revoke" onSubmit={(reason) => admin.POST("/admin/v1/studios/{studioId}/games/{gameId}/accounts/{accountId}/sessions/{sessionId}/revoke", { params: { path: { ...path, accountId: a.accountId, sessionId: s.sessionId } }, body: { reason } })} onDone={onChanged} /> : "active"}</td></tr>
        ))}</tbody></table>
      <h3>Transfer codes</h3>
      {account.transferCodes.length === 0 ? <p class="muted">None.</p> : (
        <table><thead><tr><th>Created</th><th>Expires</th><th>State</th><th>Wrong guesses</th></tr></thead>
          <tbody>{account.transferCodes.map((c) => <tr><td>{new Date(c.createdAt).toLocaleString()}</td><td>{new Date(c.expiresAt).toLocaleString()}</td><td>{c.state}</td><td>{c.failedAttempts}</td></tr>)}</tbody></table>
      )}
      <h3>Wallet <span class="muted">(version {account.wallet.version})</span></h3>
      <ul class="balances">{account.wallet.balances.map((b) => <li><span class="mono">{b.currencyId}</span> <strong data-balance={b.currencyId}>{b.balance}</strong></li>)}</ul>
      <details>
        <summary>Recent ledger entries ({account.recentLedger.length})</summary>
        <table><thead><tr><th>#</th><th>When</th><th>Source</th><th>Changes</th><th>Reason</th></tr></thead>
          <tbody>{account.recentLedger.map((e) => (
            <tr><td>{e.version}</td><td>{new Date(e.at).toLocaleString()}</td><td>{e.source}</td>
              <td class="mono">{[...Object.entries(e.changes), ...Object.entries(e.itemChanges)].map(([id, n]) => `${n > 0 ? "+" : ""}${n} ${id}`).join(", ")}</td><td>{e.reason}</td></tr>
          ))}</tbody></table>
      </details>
      <h3>Inventory</h3>
      <ul>{account.inventory.items.length === 0 ? <li class="muted">Nothing</li> : account.inventory.items.map((i) => <li><span class="mono">{i.itemId}</span> × {i.quantity}</li>)}</ul>
      <h3>Grants</h3>
      <table><thead><tr><th>Rewards</th><th>Reason</th><th>Status</th></tr></thead>
        <tbody>{account.grants.map((g) => <GrantRow path={path} grant={g} acts={acts} onChanged={onChanged} />)}</tbody></table>
      {acts && !account.erasedAt && <GrantForm path={path} accountId={a.accountId} onChanged={onChanged} />}
    </section>
  );
}

/** A button that opens a reason field, then calls `onSubmit` with it. */
function ReasonAction({ label, button, onSubmit, onDone }: { label: string; button: string; onSubmit(reason: string): Promise<{ error?: unknown; response: Response }>; onDone(): void }) {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const id = label.replace(/[^a-z0-9]+/gi, "-");
  const submit = async (event: Event) => {
    event.preventDefault();
    const result = await onSubmit(String(new FormData(event.target as HTMLFormElement).get("reason")));
    setError(failure(result));
    if (!result.error) {
      setOpen(false);
      onDone();
    }
  };
  if (!open) return <button class="secondary" aria-label={label} onClick={() => setOpen(true)}>{button}…</button>;
  return (
    <form class="row" onSubmit={submit} aria-label={label}>
      <label for={id} class="inline">Reason</label>
      <input id={id} name="reason" required />
      <button type="submit">{button}</button>
      <button type="button" class="secondary" onClick={() => setOpen(false)}>Cancel</button>
      {error && <p class="error" role="alert">{error}</p>}
    </form>
  );
}

type History = components["schemas"]["SlotHistory"];

/** A slot's restore history: each version's data as formatted JSON, and a restore button. */
function SlotHistory({ path, slotId, acts, onChanged }: { path: { studioId: string; gameId: string; accountId: string }; slotId: string; acts: boolean; onChanged(): void }) {
  const [history, setHistory] = useState<History | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = async () => {
    const result = await admin.GET("/admin/v1/studios/{studioId}/games/{gameId}/accounts/{accountId}/slots/{slotId}/versions", { params: { path: { ...path, slotId }, query: { includeData: true } } });
    setError(failure(result));
    setHistory(result.data ?? null);
  };
  return (
    <details onToggle={(e) => (e.target as HTMLDetailsElement).open && !history && void load()}>
      <summary>History of slot <span class="mono">{slotId}</span></summary>
      {error && <p class="error" role="alert">{error}</p>}
      {history?.versions.map((v) => (
        <div class="version">
          <p><strong>Version {v.version}</strong> <span class="muted">{new Date(v.createdAt).toLocaleString()}{v.version === history.currentVersion ? " · current" : ""}</span></p>
          <pre class="json">{JSON.stringify(v.data, null, 2)}</pre>
          {acts && v.version !== history.currentVersion && (
            <ReasonAction label={`Restore version ${v.version} of ${slotId}`} button={`Restore v${v.version}`}
              onSubmit={(reason) => admin.POST("/admin/v1/studios/{studioId}/games/{gameId}/accounts/{accountId}/slots/{slotId}/versions/{version}/restore", { params: { path: { ...path, slotId, version: v.version } }, body: { reason } })}
              onDone={() => (void load(), onChanged())} />
          )}
        </div>
      ))}
    </details>
  );
}

const rewardsText = (r: Grant["rewards"]) =>
  [...Object.entries(r.currencies), ...Object.entries(r.items)].map(([id, n]) => `${n} ${id}`).join(", ");

function GrantRow({ path, grant, acts, onChanged }: { path: { studioId: string; gameId: string }; grant: Grant; acts: boolean; onChanged(): void }) {
  const [error, setError] = useState<string | null>(null);
  const stuck = grant.status === "pending" && grant.lastError !== null;
  const forceClaim = async (event: Event) => {
    event.preventDefault();
    const reason = String(new FormData(event.target as HTMLFormElement).get("reason"));
    const result = await admin.POST("/admin/v1/studios/{studioId}/games/{gameId}/grants/{grantId}/force-claim", { params: { path: { ...path, grantId: grant.grantId } }, body: { reason } });
    setError(failure(result));
    if (result.data) onChanged();
  };
  return (
    <tr>
      <td>{rewardsText(grant.rewards)}</td>
      <td>{grant.reason}</td>
      <td>
        {grant.status}{stuck && <> — <strong>stuck</strong>: {grant.lastError!.message}</>}
        {stuck && acts && (
          <form class="row" onSubmit={forceClaim}>
            <label for={`reason-${grant.grantId}`} class="inline">Reason</label>
            <input id={`reason-${grant.grantId}`} name="reason" required />
            <button type="submit">Force-claim</button>
          </form>
        )}
        {error && <p class="error" role="alert">{error}</p>}
      </td>
    </tr>
  );
}

function GrantForm({ path, accountId, onChanged }: { path: { studioId: string; gameId: string }; accountId: string; onChanged(): void }) {
  const [error, setError] = useState<string | null>(null);
  const grant = async (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const kind = String(form.get("kind"));
    const id = String(form.get("id")).trim();
    const amount = Number(form.get("amount"));
    const rewards = kind === "item" ? { items: { [id]: amount } } : { currencies: { [id]: amount } };
    const result = await admin.POST("/admin/v1/studios/{studioId}/games/{gameId}/grants", { params: { path }, body: { accountId, rewards, reason: String(form.get("reason")) } });
    setError(failure(result));
    if (result.data) {
      (event.target as HTMLFormElement).reset();
      onChanged();
    }
  };
  return (
    <form onSubmit={grant} aria-label="Grant rewards">
      <h3>Grant rewards</h3>
      {error && <p class="error" role="alert">{error}</p>}
      <div class="row">
        <label for={`kind-${accountId}`} class="inline">Kind</label>
        <select id={`kind-${accountId}`} name="kind" class="narrow"><option value="currency">currency</option><option value="item">item</option></select>
        <label for={`id-${accountId}`} class="inline">Id</label>
        <input id={`id-${accountId}`} name="id" class="narrow" required />
        <label for={`amount-${accountId}`} class="inline">Amount</label>
        <input id={`amount-${accountId}`} name="amount" type="number" min="1" class="narrow" required />
      </div>
      <label for={`grant-reason-${accountId}`}>Reason (the player sees it; the audit log keeps it)</label>
      <input id={`grant-reason-${accountId}`} name="reason" required />
      <div class="row"><button type="submit">Grant</button></div>
    </form>
  );
}
