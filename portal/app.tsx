// The operators' portal (issue #21): a Preact app over /admin/v1, served by the server at /admin.
// Pages are chosen by the URL's hash (#/keys, #/players …), so a reload or a shared link keeps the page.
import { render } from "preact";
import { useEffect, useState } from "preact/hooks";
import { admin, failure, whenSessionEnds } from "./api.js";
import { SignIn } from "./pages/SignIn.js";
import { Games } from "./pages/Games.js";
import { Players } from "./pages/Players.js";
import { Catalog } from "./pages/Catalog.js";
import { Audit } from "./pages/Audit.js";
import { Members } from "./pages/Members.js";
import { OverviewPage } from "./pages/Overview.js";
import { Leaderboards } from "./pages/Leaderboards.js";
import { Grants } from "./pages/Grants.js";
import type { components } from "../generated/admin.js";

type Session = components["schemas"]["AdminSession"];
type Game = components["schemas"]["Game"];
export interface StudioContext { studioId: string; role: string; game: Game; email: string }

const PAGES = [
  { hash: "#/overview", title: "Overview", page: OverviewPage },
  { hash: "#/keys", title: "Games and keys", page: Games },
  { hash: "#/players", title: "Players", page: Players },
  { hash: "#/grants", title: "Grants", page: Grants },
  { hash: "#/catalog", title: "Catalog and config", page: Catalog },
  { hash: "#/leaderboards", title: "Leaderboards and events", page: Leaderboards },
  { hash: "#/audit", title: "Audit log", page: Audit },
  { hash: "#/members", title: "Members", page: Members },
];

function useHash() {
  const read = () => (PAGES.some((p) => p.hash === location.hash) ? location.hash : PAGES[0].hash);
  const [hash, setHash] = useState(read());
  useEffect(() => {
    const changed = () => setHash(read());
    addEventListener("hashchange", changed);
    return () => removeEventListener("hashchange", changed);
  }, []);
  return hash;
}

function App() {
  const [session, setSession] = useState<Session | null | undefined>(undefined);
  const [ended, setEnded] = useState<string | null>(null);
  const [games, setGames] = useState<Game[]>([]);
  const [gameId, setGameId] = useState<string | null>(null);
  const hash = useHash();
  useEffect(() => {
    whenSessionEnds((message) => {
      setSession(null);
      setEnded(message);
    });
    void admin.GET("/admin/v1/session").then((r) => setSession(r.data ?? null));
  }, []);
  const studio = session?.studios[0];
  const loadGames = async () => {
    if (!studio) return;
    const result = await admin.GET("/admin/v1/studios/{studioId}/games", { params: { path: { studioId: studio.studioId } } });
    if (failure(result) || !result.data) return;
    setGames(result.data.games);
    setGameId((current) => current ?? result.data!.games[0]?.gameId ?? null);
  };
  useEffect(() => void loadGames(), [studio?.studioId]);
  if (session === undefined) return <p class="loading">Loading…</p>;
  if (session === null) return <SignIn notice={ended} onSignedIn={(s) => (setEnded(null), setSession(s))} />;
  const signOut = async () => {
    if (!failure(await admin.DELETE("/admin/v1/session"))) {
      setEnded("You signed out.");
      setSession(null);
    }
  };
  const game = games.find((g) => g.gameId === gameId);
  const Page = PAGES.find((p) => p.hash === hash)!.page;
  return (
    <>
      <header class="top">
        <strong>Persistly · {studio?.name ?? "no studio"}</strong>
        {games.length > 0 && (
          <span class="game-picker">
            <label for="game" class="inline">Game</label>{" "}
            <select id="game" class="narrow" value={gameId ?? ""} onChange={(e) => setGameId((e.target as HTMLSelectElement).value)}>
              {games.map((g) => <option value={g.gameId}>{g.name}</option>)}
            </select>
          </span>
        )}
        <span class="who">{session.member.email} ({studio?.role})</span>
        <button class="secondary" onClick={signOut}>Sign out</button>
      </header>
      <div class="layout">
        <nav class="side" aria-label="Portal">
          {PAGES.map((p) => <a href={p.hash} aria-current={hash === p.hash ? "page" : undefined}>{p.title}</a>)}
        </nav>
        <main>
          {!studio ? <p>You are not a member of any studio.</p>
            : !game ? <p class="loading">Loading…</p>
            : <Page studioId={studio.studioId} role={studio.role} game={game} email={session.member.email} onGameChanged={loadGames} />}
        </main>
      </div>
    </>
  );
}

render(<App />, document.getElementById("app")!);
