// Match pushes (#20): the matchmaker's matchId makes a push idempotent; each account's latest assignment
// is what it reads and what its event stream announces; lobby changes reach members' streams too.
import { describe, expect, it } from "vitest";
import { errorCode, listenLocal, sdk, trusted } from "../../support/helpers.js";
import { startServer } from "../../support/helpers.js";
import { openStream } from "../../support/sse.js";
import { players } from "../leaderboards/support.js";
import { lobbyCall, pushMatch } from "./support.js";

const CONNECTION = { host: "203.0.113.7", port: 7777, ticket: "tkt_93af0c" };

describe("a pushed match", () => {
  it("assigns each account once, answers a repeat as seen before, and refuses the same id with another body", async () => {
    const server = await startServer();
    const [a, b] = await players(server, 2);
    const erased = await sdk(server).createAccount({});
    await trusted(server).post(`/server/v1/accounts/${erased.accountId}/erase`, {});
    const body = { matchId: "m-1", accountIds: [a.accountId, b.accountId, erased.accountId, "acc_aaaaaaaaaaaaaaaaaaaaaaaaaa"], connection: CONNECTION, expiresAt: "2026-11-23T11:00:00+01:00" };
    const first = await pushMatch(server, body);
    expect([first.status, first.body]).toEqual([201, { matchId: "m-1", assigned: [a.accountId, b.accountId], seenBefore: false,
      failures: [{ accountId: erased.accountId, cause: "erased" }, { accountId: "acc_aaaaaaaaaaaaaaaaaaaaaaaaaa", cause: "not_found" }] }]);
    const again = await pushMatch(server, { ...body, accountIds: [...body.accountIds].reverse() });
    expect([again.status, again.body.seenBefore]).toEqual([200, true]);
    const conflict = await pushMatch(server, { ...body, connection: { ...CONNECTION, port: 7778 } });
    expect([conflict.status, errorCode(conflict)]).toEqual([409, "match_conflict"]);
    const mine = await sdk(server).get(`/sdk/v1/accounts/${a.accountId}/match`, a.token);
    expect(mine.body).toEqual({ matchId: "m-1", lobbyId: null, connection: CONNECTION, expiresAt: "2026-11-23T10:00:00.000Z", assignedAt: expect.any(String) });
    expect((await trusted(server).get("/server/v1/matches/m-1")).body).toMatchObject({ matchId: "m-1", releasedAt: null });
    const released = await trusted(server).post("/server/v1/matches/m-1/release", {});
    expect(released.body.releasedAt).toEqual(expect.any(String));
    expect(errorCode(await sdk(server).get(`/sdk/v1/accounts/${a.accountId}/match`, a.token))).toBe("not_found");
    expect(errorCode(await trusted(server).get("/server/v1/matches/m-404"))).toBe("not_found");
  });

  it("and the lobby's changes reach each member's account stream", async () => {
    const server = await startServer();
    const [host, guest] = await players(server, 2);
    const local = await listenLocal(server.app);
    const stream = await openStream(`${local.origin}/sdk/v1/accounts/${host.accountId}/events`, { Authorization: `Bearer ${server.runtimeKey}`, "X-Persistly-Account-Session": host.token });
    try {
      await stream.next("ready");
      const lobby = (await lobbyCall(server, host, "", { maxPlayers: 2, visibility: "private", mode: "duel" })).body;
      await lobbyCall(server, guest, "/join-by-code", { code: lobby.joinCode });
      expect((await stream.next("lobby_updated")).data.lobby.version).toBe(1); // created
      const joined = await stream.next("lobby_updated");
      expect([joined.data.lobby.version, joined.data.lobby.members.map((m: { displayName: string }) => m.displayName)]).toEqual([2, ["P0", "P1"]]);
      await pushMatch(server, { matchId: "m-2", accountIds: [host.accountId, guest.accountId], connection: CONNECTION, lobbyId: lobby.lobbyId });
      expect((await stream.next("match_assigned")).data).toEqual({ matchId: "m-2", connection: CONNECTION, expiresAt: null });
      await lobbyCall(server, host, `/${lobby.lobbyId}/leave`);
      await lobbyCall(server, guest, `/${lobby.lobbyId}/leave`);
      expect((await sdk(server).get(`/sdk/v1/accounts/${guest.accountId}/match`, guest.token)).body.lobbyId).toBe(lobby.lobbyId);
    } finally {
      stream.close();
      await local.close();
    }
  });
});
