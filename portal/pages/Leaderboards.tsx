// Leaderboards and events: a game's boards, one board live (its top records, then each change as the
// stream announces it), hiding a cheater's record with a reason; events with their status and, once
// finalised, their final standings.
import { useEffect, useState } from "preact/hooks";
import { admin, failure } from "../api.js";
import type { components } from "../../generated/admin.js";
import type { StudioContext } from "../app.js";

type Board = components["schemas"]["Leaderboard"];
type Row = components["schemas"]["LeaderboardRecord"];
type GameEvent = components["schemas"]["Event"];

export function Leaderboards({ studioId, role, game }: StudioContext) {
  const path = { studioId, gameId: game.gameId };
  const [boards, setBoards] = useState<Board[]>([]);
  const [events, setEvents] = useState<GameEvent[]>([]);
  const [boardId, setBoardId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void admin.GET("/admin/v1/studios/{studioId}/games/{gameId}/leaderboards", { params: { path } }).then((r) => {
      setError(failure(r));
      setBoards(r.data?.leaderboards ?? []);
      setBoardId(r.data?.leaderboards[0]?.leaderboardId ?? null);
    });
    void admin.GET("/admin/v1/studios/{studioId}/games/{gameId}/events", { params: { path } }).then((r) => setEvents(r.data?.events ?? []));
  }, [game.gameId]);
  const choices = [...boards.map((b) => b.leaderboardId), ...events.map((e) => e.leaderboardId)];
  return (
    <>
      <h1>Leaderboards and events</h1>
      {error && <p class="error" role="alert">{error}</p>}
      <section class="card">
        <label for="board">Board</label>
        <select id="board" value={boardId ?? ""} onChange={(e) => setBoardId((e.target as HTMLSelectElement).value)}>
          {choices.map((id) => <option value={id}>{id}</option>)}
        </select>
        {choices.length === 0 && <p class="muted">No leaderboards yet: create one with createLeaderboard or `persistly leaderboards create`.</p>}
      </section>
      {boards.length > 0 && (
        <section class="card">
          <h2>Definitions</h2>
          <table><thead><tr><th>Board</th><th>Ranks</th><th>Keeps</th><th>Resets (UTC)</th><th>Period ends</th><th>Writes</th></tr></thead>
            <tbody>{boards.map((b) => (
              <tr><td class="mono">{b.leaderboardId}</td><td>{b.sortOrder === "desc" ? "highest first" : "lowest first"}</td><td>{b.operator}</td>
                <td class="mono">{b.resetSchedule ?? "never"}</td><td>{b.currentPeriod.endsAt ? new Date(b.currentPeriod.endsAt).toLocaleString() : "—"}</td>
                <td>{b.authoritative ? "backend only" : "players"}</td></tr>
            ))}</tbody></table>
        </section>
      )}
      {boardId && <LiveBoard key={boardId} path={path} boardId={boardId} hides={role !== "viewer"} />}
      <section class="card">
        <h2>Events</h2>
        <table><thead><tr><th>Event</th><th>Status</th><th>Window</th><th>Players</th></tr></thead>
          <tbody>{events.map((e) => (
            <tr>
              <td>{e.name} <span class="muted mono">{e.eventId}</span></td>
              <td>{e.status}{e.finalisedAt ? " (final)" : ""}</td>
              <td>{new Date(e.startsAt).toLocaleString()} – {new Date(e.endsAt).toLocaleString()}</td>
              <td>{e.participants}</td>
            </tr>
          ))}</tbody></table>
        {events.filter((e) => e.finalStandings).map((e) => (
          <details>
            <summary>Final standings of {e.name}</summary>
            <ol>{e.finalStandings!.map((s) => <li>#{s.rank} {s.displayName ?? s.publicId}: {s.score}{s.rewards ? ` — won ${[...Object.entries(s.rewards.currencies), ...Object.entries(s.rewards.items)].map(([id, n]) => `${n} ${id}`).join(", ")}` : ""}</li>)}</ol>
          </details>
        ))}
      </section>
    </>
  );
}

function LiveBoard({ path, boardId, hides }: { path: { studioId: string; gameId: string }; boardId: string; hides: boolean }) {
  const [rows, setRows] = useState<Row[]>([]);
  const [live, setLive] = useState("connecting…");
  const [hiding, setHiding] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = async () => {
    const result = await admin.GET("/admin/v1/studios/{studioId}/games/{gameId}/leaderboards/{leaderboardId}/records", { params: { path: { ...path, leaderboardId: boardId }, query: { limit: 50 } } });
    setError(failure(result));
    setRows(result.data?.records ?? []);
  };
  useEffect(() => {
    void load();
    // An update moves one record; the others it passes move too, unannounced: the update shows at once,
    // then the board is read again (a quarter of a second after a burst of updates) for exact ranks.
    let reread: ReturnType<typeof setTimeout> | undefined;
    const rereadSoon = () => {
      clearTimeout(reread);
      reread = setTimeout(() => void load(), 250);
    };
    const source = new EventSource(`/admin/v1/studios/${path.studioId}/games/${path.gameId}/leaderboards/${encodeURIComponent(boardId)}/stream`);
    source.addEventListener("ready", () => setLive("live"));
    source.addEventListener("score_update", (message) => {
      const update = JSON.parse((message as MessageEvent).data) as Row & { previousRank: number | null };
      setRows((current) => {
        const others = current.filter((r) => r.publicId !== update.publicId);
        const row: Row = { rank: update.rank, publicId: update.publicId, displayName: update.displayName, score: update.score, subscore: update.subscore, metadata: null, achievedAt: new Date().toISOString() };
        return [...others, row].sort((a, b) => a.rank - b.rank);
      });
      rereadSoon();
    });
    source.addEventListener("closed", () => {
      setLive("closed");
      source.close();
    });
    source.onerror = () => setLive("reconnecting…");
    return () => {
      clearTimeout(reread);
      source.close();
    };
  }, [boardId]);
  const hide = async (event: Event, publicId: string) => {
    event.preventDefault();
    const reason = String(new FormData(event.target as HTMLFormElement).get("reason"));
    const result = await admin.POST("/admin/v1/studios/{studioId}/games/{gameId}/leaderboards/{leaderboardId}/hide", { params: { path: { ...path, leaderboardId: boardId } }, body: { publicId, reason } });
    setError(failure(result));
    setHiding(null);
    await load();
  };
  return (
    <section class="card" aria-labelledby="live-title">
      <h2 id="live-title">{boardId} <span class="muted" role="status">({live})</span></h2>
      {error && <p class="error" role="alert">{error}</p>}
      <table class="board"><thead><tr><th>Rank</th><th>Player</th><th>Score</th><th></th></tr></thead>
        <tbody>{rows.map((r) => (
          <tr data-player={r.publicId}>
            <td>{r.rank}</td><td>{r.displayName ?? <span class="mono">{r.publicId}</span>}</td><td>{r.score}{r.subscore ? ` (${r.subscore})` : ""}</td>
            <td>{hides && (hiding === r.publicId ? (
              <form class="row" onSubmit={(e) => hide(e, r.publicId)}>
                <label for={`hide-${r.publicId}`} class="inline">Reason</label>
                <input id={`hide-${r.publicId}`} name="reason" required />
                <button class="danger" type="submit">Hide</button>
                <button class="secondary" type="button" onClick={() => setHiding(null)}>Cancel</button>
              </form>
            ) : <button class="secondary" aria-label={`Hide the record of ${r.displayName ?? r.publicId}`} onClick={() => setHiding(r.publicId)}>Hide…</button>)}</td>
          </tr>
        ))}</tbody></table>
      {rows.length === 0 && <p class="muted">No records in this period yet.</p>}
    </section>
  );
}
