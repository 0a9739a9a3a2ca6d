// The operators' portal (issue #21): a Preact app over /admin/v1, served by the server at /admin.
import { render } from "preact";
import { useEffect, useState } from "preact/hooks";
import { admin, failure, whenSessionEnds } from "./api.js";
import { SignIn } from "./pages/SignIn.js";
import { Games } from "./pages/Games.js";
import type { components } from "../generated/admin.js";

type Session = components["schemas"]["AdminSession"];

const PAGES = [{ hash: "#/games", title: "Games and keys" }];

function useHash() {
  const [hash, setHash] = useState(location.hash || "#/games");
  useEffect(() => {
    const changed = () => setHash(location.hash || "#/games");
    addEventListener("hashchange", changed);
    return () => removeEventListener("hashchange", changed);
  }, []);
  return hash;
}

function App() {
  const [session, setSession] = useState<Session | null | undefined>(undefined);
  const [ended, setEnded] = useState<string | null>(null);
  const hash = useHash();
  useEffect(() => {
    whenSessionEnds((message) => {
      setSession(null);
      setEnded(message);
    });
    void admin.GET("/admin/v1/session").then((r) => setSession(r.data ?? null));
  }, []);
  if (session === undefined) return <p class="loading">Loading…</p>;
  if (session === null) return <SignIn notice={ended} onSignedIn={(s) => (setEnded(null), setSession(s))} />;
  const studio = session.studios[0];
  const signOut = async () => {
    const result = await admin.DELETE("/admin/v1/session");
    if (!failure(result)) {
      setEnded("You signed out.");
      setSession(null);
    }
  };
  return (
    <>
      <header class="top">
        <strong>Persistly · {studio?.name ?? "no studio"}</strong>
        <span class="who">{session.member.email} ({studio?.role})</span>
        <button class="secondary" onClick={signOut}>Sign out</button>
      </header>
      <div class="layout">
        <nav class="side" aria-label="Portal">
          {PAGES.map((p) => <a href={p.hash} aria-current={hash === p.hash ? "page" : undefined}>{p.title}</a>)}
        </nav>
        <main>{studio ? <Games studioId={studio.studioId} role={studio.role} /> : <p>You are not a member of any studio.</p>}</main>
      </div>
    </>
  );
}

render(<App />, document.getElementById("app")!);
