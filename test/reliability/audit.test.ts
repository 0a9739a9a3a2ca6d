// The audit log under retries and kill -9 (#17): operator changes fired concurrently at a real server
// process, which is killed mid-flight and restarted; every change is then retried with its idempotency
// key. Each change must exist exactly once, and so must its audit entry: never an effect without its
// entry, never an entry without its effect, never two.
import { describe, expect, it } from "vitest";
import { tempDbPath } from "../support/helpers.js";
import { startProcess, type ServerProcess } from "../support/process.js";
import { openStore } from "../../server/store/index.js";
import { addMember, newCredential } from "../../server/domain/members.js";
import { systemRandomness } from "../../server/domain/randomness.js";
import { DEFAULT_SETTINGS } from "../../server/domain/context.js";
import { sendUntilKilled } from "../support/crashLoad.js";

const EMAIL = "owner@studio.example";
const PASSWORD = "correct-horse-battery";
const CHANGES = 60;

async function addOwner(db: string) {
  const store = await openStore({ database: db });
  try {
    const [studio] = await store.listWorkspaces();
    const credential = await newCredential(DEFAULT_SETTINGS, PASSWORD);
    await store.transaction((tx) => addMember({ store: tx, random: systemRandomness }, studio, { email: EMAIL, role: "owner" }, credential, new Date().toISOString()));
    return studio.id;
  } finally {
    await store.close();
  }
}

describe("the audit log across kill -9", () => {
  it("records every operator change exactly once, with its effect, whatever was cut off and retried", async () => {
    const db = tempDbPath();
    let server: ServerProcess = await startProcess(db);
    const studioId = await addOwner(db);
    const signIn = await fetch(`${server.base}/admin/v1/session`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ email: EMAIL, password: PASSWORD }) });
    expect(signIn.status).toBe(200);
    const cookie = signIn.headers.get("set-cookie")!.split(";")[0];
    const { csrfToken } = (await signIn.json()) as { csrfToken: string };
    const change = (path: string, body: object) => fetch(`${server.base}/admin/v1/studios/${studioId}${path}`, {
      method: "POST", headers: { Cookie: cookie, "X-Persistly-CSRF": csrfToken, "Content-Type": "application/json" }, body: JSON.stringify(body),
    });
    const games = Array.from({ length: CHANGES }, (_, i) => ({ name: `game-${i}`, idempotencyKey: `audit-crash-${String(i).padStart(4, "0")}-aaaaaaaa` }));

    // Kill the server once a sixth have been answered, with some in flight and the rest not yet sent.
    const statuses = await sendUntilKilled(games.map((g) => () => change("/games", g)), CHANGES / 6, async () => {
      server.child.kill("SIGKILL");
      await server.exited;
    });
    const cutOff = statuses.filter((s) => s !== 201).length;
    expect(cutOff, "some changes were cut off, and some were answered").toBeGreaterThan(0);
    expect(cutOff).toBeLessThan(CHANGES);

    // Restart on the same database; the session survives. Retry every change with its key.
    server = await startProcess(db);
    try {
      for (const g of games) {
        const res = await change("/games", g);
        expect(res.status, g.name).toBe(201);
      }
      const store = await openStore({ database: db });
      try {
        const created = (await store.listEnvironments(studioId)).map((e) => e.name).filter((n) => n.startsWith("game-")).sort();
        expect(created).toEqual(games.map((g) => g.name).sort());
        const entries = await store.listAudit({ workspaceId: studioId, action: "createGame", limit: 1000 });
        const named = entries.map((e) => (e.after as { name: string }).name).sort();
        expect(named, "one entry per game, none twice").toEqual(created);
        expect(new Set(entries.map((e) => e.requestId)).size).toBe(CHANGES);
      } finally {
        await store.close();
      }
      console.log(`audit crash: ${CHANGES} changes, ${cutOff} cut off by kill -9 and retried`);
    } finally {
      server.child.kill("SIGKILL");
    }
  }, 60_000);
});
