// A killed process's lobbies (#20): a survivor sharing the database drops their silent members and
// closes them, once.
import { describe, expect, it } from "vitest";
import { tempDbPath } from "../support/helpers.js";
import { logged, startProcess } from "../support/process.js";
import { openStore } from "../../server/store/index.js";

const call = async (base: string, key: string, method: string, path: string, body?: unknown, session?: string) => {
  const res = await fetch(base + path, {
    method, headers: { Authorization: `Bearer ${key}`, "Content-Type": "application/json", ...(session ? { "X-Persistly-Account-Session": session } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as any };
};

describe("a killed server process", () => {
  it("leaves its lobbies to a survivor, which expires them", async () => {
    const db = tempDbPath();
    // The doomed process would drop the members itself if it lived past their timeout (a slow start of the
    // survivor under load is enough): only the survivor's timeout is short.
    const env = { PERSISTLY_LOBBY_TIMEOUT_SECONDS: "2" };
    const doomed = await startProcess(db, { PERSISTLY_LOBBY_TIMEOUT_SECONDS: "3600" });
    const key = doomed.runtimeKey;
    const players = await Promise.all([0, 1].map(() => call(doomed.base, key, "POST", "/sdk/v1/accounts", {})));
    const [host, guest] = players.map((p) => p.body);
    const lobby = (await call(doomed.base, key, "POST", `/sdk/v1/accounts/${host.accountId}/lobbies`, { maxPlayers: 4, visibility: "public", mode: "squad" }, host.accountSessionToken)).body;
    await call(doomed.base, key, "POST", `/sdk/v1/accounts/${guest.accountId}/lobbies/${lobby.lobbyId}/join`, {}, guest.accountSessionToken);
    const survivor = await startProcess(db, env);
    try {
      doomed.child.kill("SIGKILL");
      await doomed.exited;
      for (const deadline = Date.now() + 20_000; logged(survivor, "silent lobby members dropped").length === 0; await new Promise((r) => setTimeout(r, 100))) {
        if (Date.now() > deadline) throw new Error(`the survivor never dropped the silent members; it logged: ${JSON.stringify(survivor.logs.map((l) => l.msg))}`);
      }
      const store = await openStore({ database: db });
      try {
        const [environment] = await store.listEnvironments((await store.listWorkspaces())[0].id);
        expect((await store.getLobby(environment.id, lobby.lobbyId))?.state).toBe("closed");
        expect(await store.anyLobbyMember()).toBe(false);
      } finally {
        await store.close();
      }
      expect(logged(survivor, "silent lobby members dropped").reduce((n, l) => n + l.dropped, 0)).toBe(2);
    } finally {
      survivor.child.kill("SIGKILL");
      await survivor.exited;
    }
  }, 60_000);
});
