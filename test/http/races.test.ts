// Invariants under racing requests (#34 item 3): each is enforced under the lock that guards it and read
// again there, so the second of two racing changes sees the first; a uniqueness race answers the
// documented 409, never a 500. Real parallel requests, on both engines (PostgreSQL is where they broke).
import { describe, expect, it } from "vitest";
import { errorCode, sdk, trusted } from "../support/helpers.js";
import { reportAttack } from "../reliability/report.js";
import { member, signIn, startAdminServer, studioOf } from "./admin/support.js";
import { players } from "./leaderboards/support.js";
import { getLobby, lobbyCall } from "./lobbies/support.js";

const ROUNDS = 6;

describe("racing changes", () => {
  it("two owners demoting each other at once leave the studio one owner", async () => {
    const server = await startAdminServer();
    const studio = (await studioOf(server)).id;
    for (let round = 0; round < ROUNDS; round++) {
      const [a, b] = [await member(server, `a${round}@studio.example`), await member(server, `b${round}@studio.example`)];
      const ops = [await signIn(server, `a${round}@studio.example`), await signIn(server, `b${round}@studio.example`)];
      // Every other owner of earlier rounds steps down first, so a and b are the only two.
      const owners = (await ops[0].get(`/admin/v1/studios/${studio}/members`)).body.members.filter((m: { role: string }) => m.role === "owner");
      for (const o of owners) if (o.memberId !== a.id && o.memberId !== b.id) expect((await ops[0].post(`/admin/v1/studios/${studio}/members/${o.memberId}/role`, { role: "viewer" })).status).toBe(200);
      const [first, second] = await Promise.all([
        ops[0].post(`/admin/v1/studios/${studio}/members/${b.id}/role`, { role: "admin" }),
        ops[1].post(`/admin/v1/studios/${studio}/members/${a.id}/role`, { role: "admin" }),
      ]);
      const outcomes = [first, second].map((r) => (r.status === 200 ? "ok" : errorCode(r))).sort();
      expect(outcomes).toContain("ok");
      for (const o of outcomes) expect(["ok", "last_owner", "forbidden"]).toContain(o);
      const after = await server.store.listMemberships((await studioOf(server)).id);
      reportAttack("owners demoting each other at once", 2, Number(after.filter((m) => m.role === "owner").length !== 1));
      expect(after.filter((m) => m.role === "owner").length, `round ${round}: ${outcomes}`).toBe(1);
    }
  });

  it("a member leaving while their account is erased is counted out once: the lobby stays at its size", async () => {
    const server = await startAdminServer();
    for (let round = 0; round < ROUNDS; round++) {
      const [host, b, c, d, e] = await players(server, 5);
      const lobby = (await lobbyCall(server, host, "", { maxPlayers: 3, visibility: "public", mode: `m${round}` })).body;
      for (const p of [b, c]) expect((await lobbyCall(server, p, `/${lobby.lobbyId}/join`)).status).toBe(200);
      const [left, erased] = await Promise.all([
        lobbyCall(server, c, `/${lobby.lobbyId}/leave`),
        trusted(server).post(`/server/v1/accounts/${c.accountId}/erase`, {}),
      ]);
      expect(erased.status).toBe(200);
      expect([200, 403, 404, 410]).toContain(left.status);
      const seen = (await getLobby(server, host, lobby.lobbyId)).body;
      reportAttack("a lobby member leaving while erased", 2, Number(seen.members.length !== 2));
      expect([seen.state, seen.members.length], `round ${round}`).toEqual(["open", 2]);
      // One place is free, and only one.
      const joins = [await lobbyCall(server, d, `/${lobby.lobbyId}/join`), await lobbyCall(server, e, `/${lobby.lobbyId}/join`)];
      expect(joins.map((r) => (r.status === 200 ? "ok" : errorCode(r)))).toEqual(["ok", "lobby_full"]);
      expect((await sdk(server).get(`/sdk/v1/lobbies?mode=m${round}`)).body.lobbies).toEqual([]);
    }
  });

  it("games, leaderboards and events made at once with one name: one is made, the others answer 409", async () => {
    const server = await startAdminServer();
    await member(server, "owner@studio.example");
    const op = await signIn(server, "owner@studio.example");
    const base = `/admin/v1/studios/${(await studioOf(server)).id}`;
    const game = `${base}/games/${server.environmentId}`;
    const at = new Date(Date.now() + 3_600_000).toISOString();
    const cases: Array<[string, (i: number) => object, string]> = [
      [`${base}/games`, () => ({ name: "production" }), "game_exists"],
      [`${game}/leaderboards`, () => ({ leaderboardId: "weekly" }), "leaderboard_exists"],
      [`${game}/events`, () => ({ eventId: "cup", name: "Cup", startsAt: at, endsAt: new Date(Date.parse(at) + 3_600_000).toISOString() }), "event_exists"],
    ];
    for (const [path, body, code] of cases) {
      const answers = await Promise.all(Array.from({ length: 8 }, (_, i) => op.post(path, body(i))));
      const outcomes = answers.map((r) => (r.status === 201 ? "created" : errorCode(r)));
      reportAttack("one name created at once", answers.length, answers.filter((r) => r.status >= 500).length);
      expect(outcomes.filter((o) => o === "created"), `${path}: ${outcomes}`).toHaveLength(1);
      expect(outcomes.filter((o) => o === code), `${path}: ${outcomes}`).toHaveLength(7);
    }
  });
});
