// Grants: the game's stuck grants (a player's claim could not apply) with force-claim and a reason,
// and a manual grant to an account (a reason required: the player sees it, the audit log keeps it).
import { useEffect, useState } from "preact/hooks";
import { admin, failure } from "../api.js";
import type { components } from "../../generated/admin.js";
import type { StudioContext } from "../app.js";

type Stuck = components["schemas"]["StuckGrantList"]["grants"][number];

const rewardsText = (r: Stuck["grant"]["rewards"]) => [...Object.entries(r.currencies), ...Object.entries(r.items)].map(([id, n]) => `${n} ${id}`).join(", ");

export function Grants({ studioId, role, game }: StudioContext) {
  const path = { studioId, gameId: game.gameId };
  const [stuck, setStuck] = useState<Stuck[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [granted, setGranted] = useState<string | null>(null);
  const load = async () => {
    const result = await admin.GET("/admin/v1/studios/{studioId}/games/{gameId}/grants", { params: { path } });
    setError(failure(result));
    setStuck(result.data?.grants ?? []);
  };
  useEffect(() => void load(), [game.gameId]);
  const acts = role !== "viewer";
  const forceClaim = async (event: Event, grantId: string) => {
    event.preventDefault();
    const reason = String(new FormData(event.target as HTMLFormElement).get("reason"));
    const result = await admin.POST("/admin/v1/studios/{studioId}/games/{gameId}/grants/{grantId}/force-claim", { params: { path: { ...path, grantId } }, body: { reason } });
    setError(failure(result));
    await load();
  };
  const grant = async (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const id = String(form.get("id")).trim();
    const amount = Number(form.get("amount"));
    const rewards = form.get("kind") === "item" ? { items: { [id]: amount } } : { currencies: { [id]: amount } };
    const result = await admin.POST("/admin/v1/studios/{studioId}/games/{gameId}/grants", { params: { path }, body: { accountId: String(form.get("account")).trim(), rewards, reason: String(form.get("reason")) } });
    setError(failure(result));
    if (result.data) {
      setGranted(`Granted ${rewardsText(result.data.grant.rewards)} to ${result.data.grant.accountId}; the player claims it in the game.`);
      (event.target as HTMLFormElement).reset();
    }
  };
  return (
    <>
      <h1>Grants</h1>
      {error && <p class="error" role="alert">{error}</p>}
      <section class="card">
        <h2>Stuck grants</h2>
        {stuck.length === 0 && <p class="muted">None: every grant a player tried to claim was applied.</p>}
        <table class="stuck"><thead><tr><th>Player</th><th>Rewards</th><th>Why it is stuck</th><th></th></tr></thead>
          <tbody>{stuck.map(({ grant: g, playerRef }) => (
            <tr>
              <td>{playerRef ?? <span class="mono">{g.accountId}</span>}</td>
              <td>{rewardsText(g.rewards)}<br /><span class="muted">{g.reason}</span></td>
              <td>{g.lastError?.message}</td>
              <td>{acts && (
                <form class="row" onSubmit={(e) => forceClaim(e, g.grantId)} aria-label={`Force-claim ${g.grantId}`}>
                  <label for={`fc-${g.grantId}`} class="inline">Reason</label>
                  <input id={`fc-${g.grantId}`} name="reason" required />
                  <button type="submit">Force-claim</button>
                </form>
              )}</td>
            </tr>
          ))}</tbody></table>
      </section>
      {acts && (
        <section class="card">
          <h2>Grant rewards</h2>
          {granted && <p class="notice" role="status">{granted}</p>}
          <form onSubmit={grant}>
            <label for="g-account">Account id</label>
            <input id="g-account" name="account" placeholder="acc_…" required />
            <div class="row">
              <label for="g-kind" class="inline">Kind</label>
              <select id="g-kind" name="kind" class="narrow"><option value="currency">currency</option><option value="item">item</option></select>
              <label for="g-id" class="inline">Id</label>
              <input id="g-id" name="id" class="narrow" required />
              <label for="g-amount" class="inline">Amount</label>
              <input id="g-amount" name="amount" type="number" min="1" class="narrow" required />
            </div>
            <label for="g-reason">Reason (the player sees it; the audit log keeps it)</label>
            <input id="g-reason" name="reason" required />
            <div class="row"><button type="submit">Grant</button></div>
          </form>
        </section>
      )}
    </>
  );
}
