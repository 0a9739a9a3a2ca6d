import { useState } from "preact/hooks";
import { admin } from "../api.js";
import type { components } from "../../generated/admin.js";

type Session = components["schemas"]["AdminSession"];

export function SignIn({ notice, onSignedIn }: { notice: string | null; onSignedIn(session: Session): void }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    setBusy(true);
    const result = await admin.POST("/admin/v1/session", { body: { email: String(form.get("email")), password: String(form.get("password")) } });
    setBusy(false);
    if (result.data) onSignedIn(result.data);
    else setError((result.error as { message?: string } | undefined)?.message ?? "Sign-in failed.");
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
    </main>
  );
}
