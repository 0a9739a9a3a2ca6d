// A game's overview: this month's runtime requests against the quota, storage against the limit,
// requests per SDK version as a bar chart, accounts, slots and open streams.
import { useEffect, useState } from "preact/hooks";
import { admin, failure } from "../api.js";
import type { components } from "../../generated/admin.js";
import type { StudioContext } from "../app.js";

type Overview = components["schemas"]["GameOverview"];

const number = (n: number) => n.toLocaleString("en");
const bytes = (n: number) => (n >= 1 << 30 ? `${(n / (1 << 30)).toFixed(1)} GB` : n >= 1 << 20 ? `${(n / (1 << 20)).toFixed(1)} MB` : `${(n / 1024).toFixed(1)} KB`);

export function OverviewPage({ studioId, game }: StudioContext) {
  const [overview, setOverview] = useState<Overview | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void admin.GET("/admin/v1/studios/{studioId}/games/{gameId}/overview", { params: { path: { studioId, gameId: game.gameId } } }).then((result) => {
      setError(failure(result));
      setOverview(result.data ?? null);
    });
  }, [game.gameId]);
  if (error) return <p class="error" role="alert">{error}</p>;
  if (!overview) return <p class="loading">Loading…</p>;
  const { runtimeRequests: requests, storage } = overview;
  return (
    <>
      <h1>{game.name}: {overview.month}</h1>
      <div class="tiles">
        <section class="card tile">
          <h2 id="requests-title">Requests this month</h2>
          <p class="big">{number(requests.used)}<span class="muted"> / {requests.quota === null ? "unlimited" : number(requests.quota)}</span></p>
          {requests.quota !== null && <meter aria-labelledby="requests-title" min={0} max={requests.quota} high={requests.quota * 0.8} value={requests.used} />}
          <p class="muted">The studio's {overview.plan} plan, all games.</p>
        </section>
        <section class="card tile">
          <h2 id="storage-title">Storage</h2>
          <p class="big">{bytes(storage.usedBytes)}<span class="muted"> / {bytes(storage.limitBytes)}</span></p>
          <meter aria-labelledby="storage-title" min={0} max={storage.limitBytes} high={storage.limitBytes * 0.8} value={storage.usedBytes} />
        </section>
        <section class="card tile">
          <h2>This game</h2>
          <p><strong>{number(overview.accounts)}</strong> accounts · <strong>{number(overview.slots)}</strong> slots</p>
          <p><strong>{number(overview.openStreams)}</strong> live streams open on this server</p>
        </section>
      </div>
      <section class="card">
        <h2 id="sdk-title">Requests by SDK version</h2>
        <SdkChart sdks={overview.sdks} />
      </section>
    </>
  );
}

/** Horizontal bars, one per SDK version, longest first. */
function SdkChart({ sdks }: { sdks: Overview["sdks"] }) {
  if (sdks.length === 0) return <p class="muted">No requests this month yet.</p>;
  const top = Math.max(...sdks.map((s) => s.requests));
  const row = 28;
  const height = sdks.length * row + 8;
  const summary = sdks.map((s) => `${s.sdk} (${s.surface}): ${s.requests}`).join("; ");
  return (
    <svg class="chart" viewBox={`0 0 600 ${height}`} role="img" aria-labelledby="sdk-title sdk-desc">
      <desc id="sdk-desc">{summary}</desc>
      {sdks.map((s, i) => {
        const width = Math.max(2, (s.requests / top) * 300);
        const y = 4 + i * row;
        return (
          <g>
            <text x="0" y={y + 17} class="chart-label">{s.sdk.length > 34 ? `${s.sdk.slice(0, 33)}…` : s.sdk}</text>
            <rect x="250" y={y + 4} width={width} height={row - 10} class={s.surface === "server" ? "bar server" : "bar"} />
            <text x={258 + width} y={y + 17} class="chart-value">{number(s.requests)}</text>
          </g>
        );
      })}
    </svg>
  );
}
