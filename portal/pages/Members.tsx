// Members (owners change them): invite with a role (the invitation code shown once; the person accepts
// it from the sign-in page), change a role, remove after a confirmation.
import { useEffect, useState } from "preact/hooks";
import { admin, failure } from "../api.js";
import type { components } from "../../generated/admin.js";
import type { StudioContext } from "../app.js";

type Member = components["schemas"]["Member"];
type Role = Member["role"];
const ROLES: Role[] = ["owner", "admin", "support", "viewer"];

export function Members({ studioId, role, email }: StudioContext) {
  const [members, setMembers] = useState<Member[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [invitation, setInvitation] = useState<{ code: string; email: string; expiresAt: string } | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const path = { studioId };
  const load = async () => {
    const result = await admin.GET("/admin/v1/studios/{studioId}/members", { params: { path } });
    setError(failure(result));
    if (result.data) setMembers(result.data.members);
  };
  useEffect(() => void load(), [studioId]);
  const owner = role === "owner";
  const invite = async (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const result = await admin.POST("/admin/v1/studios/{studioId}/members", { params: { path }, body: { email: String(form.get("email")), role: form.get("role") as Role } });
    setError(failure(result));
    if (result.data) {
      setInvitation({ code: result.data.invitationCode, email: result.data.member.email, expiresAt: result.data.expiresAt });
      (event.target as HTMLFormElement).reset();
      await load();
    }
  };
  const setRole = async (memberId: string, newRole: Role) => {
    setError(failure(await admin.POST("/admin/v1/studios/{studioId}/members/{memberId}/role", { params: { path: { studioId, memberId } }, body: { role: newRole } })));
    await load();
  };
  const remove = async (memberId: string) => {
    setError(failure(await admin.POST("/admin/v1/studios/{studioId}/members/{memberId}/remove", { params: { path: { studioId, memberId } } })));
    setConfirming(null);
    await load();
  };
  return (
    <>
      <h1>Members</h1>
      {error && <p class="error" role="alert">{error}</p>}
      {invitation && (
        <p class="notice" role="status">
          Invitation code for {invitation.email}, shown this once — hand it over securely; they accept it on the sign-in page
          (“Accept an invitation”) before {new Date(invitation.expiresAt).toUTCString()}: <span class="secret">{invitation.code}</span>
        </p>
      )}
      <section class="card">
        <table><thead><tr><th>Email</th><th>Role</th><th></th></tr></thead>
          <tbody>{members.map((m) => (
            <tr>
              <td>{m.email}{m.status === "invited" && <span class="muted"> (invited)</span>}</td>
              <td>{owner && m.email !== email ? (
                <select aria-label={`Role of ${m.email}`} value={m.role} class="narrow" onChange={(e) => setRole(m.memberId, (e.target as HTMLSelectElement).value as Role)}>
                  {ROLES.map((r) => <option value={r}>{r}</option>)}
                </select>
              ) : m.role}</td>
              <td>{owner && m.email !== email && (confirming === m.memberId ? (
                <span class="row"><span>Remove {m.email}?</span><button class="danger" onClick={() => remove(m.memberId)}>Remove</button><button class="secondary" onClick={() => setConfirming(null)}>Cancel</button></span>
              ) : <button class="secondary" aria-label={`Remove ${m.email}`} onClick={() => setConfirming(m.memberId)}>Remove…</button>)}</td>
            </tr>
          ))}</tbody></table>
      </section>
      {owner && (
        <section class="card">
          <h2>Invite a member</h2>
          <form onSubmit={invite}>
            <label for="invite-email">Email</label>
            <input id="invite-email" name="email" type="email" required />
            <label for="invite-role">Role</label>
            <select id="invite-role" name="role" class="narrow">{ROLES.map((r) => <option value={r} selected={r === "viewer"}>{r}</option>)}</select>
            <div class="row"><button type="submit">Invite</button></div>
          </form>
        </section>
      )}
    </>
  );
}
