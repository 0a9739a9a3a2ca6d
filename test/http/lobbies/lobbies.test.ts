// Lobbies (#20): create, list, join by id or code, one lobby per player, host-only changes against a
// version, host migration, leaving, start; silent members dropped off the request path.
import { describe, expect, it } from "vitest";
import { errorCode, sdk, startServer } from "../../support/helpers.js";
import { players } from "../leaderboards/support.js";
import { dropSilentMembers } from "../../../server/domain/lobbies.js";
import { getLobby, lobbyCall } from "./support.js";

describe("a lobby", () => {
  it("is created by its host, listed when public, and joined by id or by its private code", async () => {
    const server = await startServer();
    const [host, b, c, d] = await players(server, 4);
    const pub = await lobbyCall(server, host, "", { maxPlayers: 3, visibility: "public", mode: "squad", region: "eu", attributes: { map: "harbour" } });
    expect([pub.status, pub.body.state, pub.body.joinCode, pub.body.hostPublicId, pub.body.members.length, pub.body.version]).toEqual([201, "open", null, host.body.account.publicId, 1, 1]);
    const listed = (await sdk(server).get("/sdk/v1/lobbies?mode=squad&region=eu")).body.lobbies;
    expect(listed).toEqual([{ lobbyId: pub.body.lobbyId, mode: "squad", region: "eu", maxPlayers: 3, memberCount: 1, hostPublicId: host.body.account.publicId, attributes: { map: "harbour" }, createdAt: expect.any(String) }]);
    expect((await sdk(server).get("/sdk/v1/lobbies?mode=duel")).body.lobbies).toEqual([]);
    const joined = await lobbyCall(server, b, `/${pub.body.lobbyId}/join`);
    expect([joined.status, joined.body.members.map((m: { displayName: string }) => m.displayName), joined.body.version]).toEqual([200, ["P0", "P1"], 2]);
    expect((await lobbyCall(server, b, `/${pub.body.lobbyId}/join`)).body.version).toBe(2); // the lobby it is in: unchanged
    const other = await lobbyCall(server, c, "", { maxPlayers: 2, visibility: "private", mode: "duel" });
    expect(other.body.joinCode).toMatch(/^[2-9A-HJ-NP-Z]{6}$/);
    expect((await sdk(server).get("/sdk/v1/lobbies")).body.lobbies.map((l: { lobbyId: string }) => l.lobbyId)).toEqual([pub.body.lobbyId]);
    const already = await lobbyCall(server, c, `/${pub.body.lobbyId}/join`);
    expect([errorCode(already), already.body.error.details]).toEqual(["already_in_lobby", { lobbyId: other.body.lobbyId }]);
    const typed = `${other.body.joinCode.slice(0, 3).toLowerCase()} ${other.body.joinCode.slice(3)}`;
    expect((await lobbyCall(server, d, "/join-by-code", { code: typed })).body.members).toHaveLength(2);
    const wrong = await lobbyCall(server, b, "/join-by-code", { code: "ZZZZZZ" });
    expect(errorCode(wrong)).toBe("not_found");
    // A private lobby is joined with its code, never by its id alone (a player in another lobby hears that first).
    expect(errorCode(await lobbyCall(server, host, `/${other.body.lobbyId}/join`))).toBe("already_in_lobby");
    const stranger = (await players(server, 1))[0];
    const byId = await lobbyCall(server, stranger, `/${other.body.lobbyId}/join`);
    expect([byId.status, errorCode(byId)]).toEqual([403, "forbidden"]);
    expect((await lobbyCall(server, d, `/${other.body.lobbyId}/join`)).body.members).toHaveLength(2); // its member: unchanged
    expect(errorCode(await getLobby(server, host, other.body.lobbyId))).toBe("forbidden");
    expect(errorCode(await getLobby(server, host, "lby_00000000000000000000"))).toBe("not_found");
    const big = await lobbyCall(server, d, "", { maxPlayers: 2, visibility: "public", mode: "duel", attributes: { blob: "x".repeat(5000) } });
    expect([big.status, errorCode(big)]).toEqual([413, "payload_too_large"]);
  });

  it("refuses joiners when full, locked or started, and takes changes from its host only, against the version", async () => {
    const server = await startServer();
    const [host, b, c] = await players(server, 3);
    const lobby = (await lobbyCall(server, host, "", { maxPlayers: 2, visibility: "public", mode: "duel" })).body;
    await lobbyCall(server, b, `/${lobby.lobbyId}/join`);
    const full = await lobbyCall(server, c, `/${lobby.lobbyId}/join`);
    expect([errorCode(full), full.body.error.details]).toEqual(["lobby_full", { lobbyId: lobby.lobbyId, maxPlayers: 2 }]);
    const notHost = await lobbyCall(server, b, `/${lobby.lobbyId}/update`, { expectedVersion: 2, locked: true });
    expect([notHost.status, errorCode(notHost), notHost.body.error.details.hostPublicId]).toEqual([403, "not_host", host.body.account.publicId]);
    const stale = await lobbyCall(server, host, `/${lobby.lobbyId}/update`, { expectedVersion: 1, maxPlayers: 3 });
    expect([errorCode(stale), stale.body.error.details.lobby.version]).toEqual(["lobby_version_conflict", 2]);
    const locked = await lobbyCall(server, host, `/${lobby.lobbyId}/update`, { expectedVersion: 2, maxPlayers: 3, locked: true, attributes: { map: "canyon" } });
    expect([locked.body.state, locked.body.maxPlayers, locked.body.version, locked.body.attributes]).toEqual(["locked", 3, 3, { map: "canyon" }]);
    expect(errorCode(await lobbyCall(server, c, `/${lobby.lobbyId}/join`))).toBe("lobby_closed");
    const started = await lobbyCall(server, host, `/${lobby.lobbyId}/start`);
    expect(started.body.state).toBe("in_game");
    expect(errorCode(await lobbyCall(server, host, `/${lobby.lobbyId}/start`))).toBe("lobby_closed");
    expect(errorCode(await lobbyCall(server, b, `/${lobby.lobbyId}/start`))).toBe("not_host");
  });

  it("passes the host to the oldest member when the host leaves, and closes when the last one does", async () => {
    const server = await startServer();
    const [a, b, c] = await players(server, 3);
    const lobby = (await lobbyCall(server, a, "", { maxPlayers: 4, visibility: "public", mode: "squad" })).body;
    server.clock.advance(1000);
    await lobbyCall(server, b, `/${lobby.lobbyId}/join`);
    server.clock.advance(1000);
    await lobbyCall(server, c, `/${lobby.lobbyId}/join`);
    expect((await lobbyCall(server, a, `/${lobby.lobbyId}/leave`)).body).toEqual({ lobbyId: lobby.lobbyId, state: "open" });
    expect((await getLobby(server, b, lobby.lobbyId)).body.hostPublicId).toBe(b.body.account.publicId);
    expect(errorCode(await lobbyCall(server, a, `/${lobby.lobbyId}/leave`))).toBe("forbidden");
    await lobbyCall(server, b, `/${lobby.lobbyId}/leave`);
    expect((await lobbyCall(server, c, `/${lobby.lobbyId}/leave`)).body.state).toBe("closed");
    expect(errorCode(await lobbyCall(server, a, `/${lobby.lobbyId}/join`))).toBe("lobby_closed");
    expect((await lobbyCall(server, a, "", { maxPlayers: 2, visibility: "public", mode: "duel" })).status).toBe(201); // free to make another
  });

  it("drops members silent for 30 s, the host's place passing on, and closes the lobby when none is left", async () => {
    const server = await startServer();
    const [a, b] = await players(server, 2);
    const lobby = (await lobbyCall(server, a, "", { maxPlayers: 4, visibility: "public", mode: "squad" })).body;
    server.clock.advance(1000);
    await lobbyCall(server, b, `/${lobby.lobbyId}/join`);
    server.clock.advance(20_000);
    await lobbyCall(server, b, `/${lobby.lobbyId}/heartbeat`);
    server.clock.advance(15_000); // a: 36 s silent; b: 15 s
    expect(await dropSilentMembers(server.app.deps)).toBe(1);
    const after = (await getLobby(server, b, lobby.lobbyId)).body;
    expect([after.hostPublicId, after.members.length]).toEqual([b.body.account.publicId, 1]);
    expect(errorCode(await getLobby(server, a, lobby.lobbyId))).toBe("forbidden");
    server.clock.advance(31_000);
    expect(await dropSilentMembers(server.app.deps)).toBe(1);
    expect(await dropSilentMembers(server.app.deps)).toBe(0);
    expect((await server.store.getLobby(server.environmentId, lobby.lobbyId))?.state).toBe("closed");
  });
});
