// Quick-join (#20), on both engines: a forming lobby answers 202 in the error envelope with Retry-After
// until it fills; calling again never takes a second place; concurrent quick-joins fill lobbies exactly.
import { describe, expect, it } from "vitest";
import { DEFAULT_PLANS, type PlanLimits, type PlanName } from "../../../server/domain/plans.js";
import { errorCode, sdk, startServer } from "../../support/helpers.js";
import { players } from "../leaderboards/support.js";
import { lobbyCall, quickJoin } from "./support.js";

const roomy: Record<PlanName, PlanLimits> = { ...DEFAULT_PLANS, free: { ...DEFAULT_PLANS.free, perMinute: { sdk_read: 100_000, sdk_write: 100_000, server_api: 100_000 } } };

describe("quick-join", () => {
  it("answers 202 lobby_forming with Retry-After until the lobby fills, then 200 with it, one place per player", async () => {
    const server = await startServer();
    const [a, b, c] = await players(server, 3);
    const first = await quickJoin(server, a, { mode: "trio", maxPlayers: 3, region: "eu" });
    expect([first.status, first.headers["retry-after"], first.body.error]).toEqual([202, "2", {
      code: "lobby_forming", message: "waiting for 2 more players",
      details: { lobbyId: expect.stringMatching(/^lby_/), members: 1, needed: 2, retryAfterSeconds: 2 }, requestId: expect.stringMatching(/^req_/),
    }]);
    const again = await quickJoin(server, a, { mode: "trio", maxPlayers: 3, region: "eu" });
    expect([again.status, again.body.error.details.members]).toEqual([202, 1]);
    expect((await quickJoin(server, b, { mode: "trio", maxPlayers: 3, region: "eu" })).body.error.details).toMatchObject({ members: 2, needed: 1 });
    const third = await quickJoin(server, c, { mode: "trio", maxPlayers: 3, region: "eu" });
    expect([third.status, third.body.lobby.state, third.body.lobby.members.length]).toEqual([200, "open", 3]);
    const firstAgain = await quickJoin(server, a, { mode: "trio", maxPlayers: 3, region: "eu" });
    expect([firstAgain.status, firstAgain.body.lobby.lobbyId]).toEqual([200, first.body.error.details.lobbyId]);
    expect(errorCode(await quickJoin(server, a, { mode: "duel", maxPlayers: 2 }))).toBe("already_in_lobby");
  });

  it("joins an open public lobby that fits before forming a new one", async () => {
    const server = await startServer();
    const [host, p] = await players(server, 2);
    const made = (await lobbyCall(server, host, "", { maxPlayers: 4, visibility: "public", mode: "squad" })).body;
    const joined = await quickJoin(server, p, { mode: "squad", maxPlayers: 4 });
    expect([joined.status, joined.body.lobby.lobbyId]).toEqual([200, made.lobbyId]);
  });

  it("answers one player's concurrent quick-joins, joins and leaves without a server error", async () => {
    const server = await startServer({ plans: roomy });
    const [host, p] = await players(server, 2);
    const lobby = (await lobbyCall(server, host, "", { maxPlayers: 4, visibility: "public", mode: "squad" })).body;
    const calls = Array.from({ length: 24 }, (_, i) => [
      () => quickJoin(server, p, { mode: "squad", maxPlayers: 4 }),
      () => lobbyCall(server, p, `/${lobby.lobbyId}/join`),
      () => lobbyCall(server, p, `/${lobby.lobbyId}/leave`),
    ][i % 3]());
    const answers = await Promise.all(calls);
    expect(answers.filter((r) => r.status >= 500).map((r) => r.text)).toEqual([]);
    const members = await server.store.lobbyMembers(lobby.lobbyId);
    expect((await server.store.getLobby(server.environmentId, lobby.lobbyId))!.memberCount).toBe(members.length);
  });

  it("100 parallel quick-joins for four-player lobbies give 25 full lobbies, nobody in two", async () => {
    const server = await startServer({ plans: roomy });
    const ps = await Promise.all(Array.from({ length: 100 }, () => sdk(server).createAccount({})));
    const answers = await Promise.all(ps.map((p) => quickJoin(server, p)));
    expect(answers.every((r) => r.status === 200 || r.status === 202)).toBe(true);
    const lobbyOf = (r: { status: number; body: any }) => (r.status === 200 ? r.body.lobby.lobbyId : r.body.error.details.lobbyId);
    const sizes = new Map<string, number>();
    for (const r of answers) sizes.set(lobbyOf(r), (sizes.get(lobbyOf(r)) ?? 0) + 1);
    expect([...sizes.values()]).toEqual(Array(25).fill(4));
    // Asked again, everyone is in a full, open lobby.
    const settled = await Promise.all(ps.map((p) => quickJoin(server, p)));
    expect(settled.every((r) => r.status === 200 && r.body.lobby.state === "open" && r.body.lobby.members.length === 4)).toBe(true);
  });
});
