import { useState } from "preact/hooks";
import { admin } from "../api.js";
import type { components } from "../../generated/admin.js";

type Session = components["schemas"]["AdminSession"];

export function SignIn({ notice, onSignedIn }: { notice: string | null; onSignedIn(session: Session): void }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [accepted, setAccepted] = useState<string | null>(null);
  const submit = async (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    setBusy(true);
    const result = await admin.POST("/admin/v1/session", { body: { email: String(form.get("email")), password: String(form.get("password")) } });
    setBusy(false);
    if (result.data) onSignedIn(result.data);
    else setError((result.error as { message?: string } | undefined)?.message ?? "Sign-in failed.");
  };
  // An invitation an owner handed over: someone new chooses their password, an operator gives theirs.
  const accept = async (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const result = await admin.POST("/admin/v1/invitations/accept", { body: { code: String(form.get("code")).trim(), password: String(form.get("new-password")) } });
    if (result.data) {
      setError(null);
      setAccepted(`You joined ${result.data.studio.name} as ${result.data.studio.role}. Sign in as ${result.data.member.email}.`);
      (event.target as HTMLFormElement).reset();
    } else setError((result.error as { message?: string } | undefined)?.message ?? "The invitation could not be accepted.");
  };
  return (
    <main class="signin">
      <h1>Sign in to Persistly</h1>
      {notice && <p class="notice" role="status">{notice}</p>}
      {error && <p class="error" role="alert">{error}</p>}
      <form onSubmit={submit}>
        <label for="email">Email</label>
        <input id="email" name="email" type="email" autocomplete="username" required />
        <label for="password">Password</label>
        <input id="password" name="password" type="password" autocomplete="current-password" required />
        <div class="row"><button type="submit" disabled={busy}>{busy ? "Signing in…" : "Sign in"}</button></div>
      </form>
      {accepted && <p class="notice" role="status">{accepted}</p>}
      <details>
        <summary>Accept an invitation</summary>
        <form onSubmit={accept} aria-label="Accept an invitation">
          <label for="code">Invitation code</label>
          <input id="code" name="code" autocomplete="off" required />
          <label for="new-password">Password (new to Persistly: choose one, at least 12 characters; otherwise your own)</label>
          <input id="new-password" name="new-password" type="password" autocomplete="new-password" required />
          <div class="row"><button type="submit">Accept</button></div>
        </form>
      </details>
    </main>
  );
}
