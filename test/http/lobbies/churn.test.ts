// Host migration under churn (#20), on both engines: 20 players join, quick-join and leave at random,
// in parallel, round after round (12 rounds; for 30 seconds with PERSISTLY_RELIABILITY_LONG=1). After every round: no lobby holds more than maxPlayers, every lobby
// with members has exactly one host (its oldest member), no player is in two lobbies, and each lobby's
// member count is the members it has.
import { describe, expect, it } from "vitest";
import { DEFAULT_PLANS, type PlanLimits, type PlanName } from "../../../server/domain/plans.js";
import { sdk, startServer } from "../../support/helpers.js";
import { getLobby, lobbyCall, quickJoin } from "./support.js";
import { LONG } from "../../reliability/report.js";

const roomy: Record<PlanName, PlanLimits> = { ...DEFAULT_PLANS, free: { ...DEFAULT_PLANS.free, perMinute: { sdk_read: 100_000, sdk_write: 100_000, server_api: 100_000 } } };

/** A small deterministic generator, so that a failing run can be replayed. */
function random(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

describe("lobbies under churn", () => {
  it("keep their invariants while 20 players join and leave at random", async () => {
    const server = await startServer({ plans: roomy });
    const ps = await Promise.all(Array.from({ length: 20 }, (_, i) => sdk(server).createAccount({ displayName: `P${i}` })));
    const rnd = random(20);
    const lobbyIds = new Set<string>();
    const until = Date.now() + 30_000;
    for (let round = 0; LONG ? Date.now() < until : round < 12; round++) {
      await Promise.all(ps.map(async (p) => {
        const choice = rnd();
        const member = await server.store.membershipOf(p.accountId);
        if (member && choice < 0.4) return lobbyCall(server, p, `/${member.lobbyId}/leave`);
        if (!member && choice < 0.5) {
          const r = await quickJoin(server, p, { mode: "churn", maxPlayers: 3 });
          expect([200, 202], JSON.stringify(r.body)).toContain(r.status);
          lobbyIds.add(r.status === 200 ? r.body.lobby.lobbyId : r.body.error.details.lobbyId);
          return r;
        }
        if (!member && choice < 0.8 && lobbyIds.size) {
          const r = await lobbyCall(server, p, `/${[...lobbyIds][Math.floor(rnd() * lobbyIds.size)]}/join`);
          expect([200, 409], JSON.stringify(r.body)).toContain(r.status);
          return r;
        }
        if (!member) {
          const r = await lobbyCall(server, p, "", { maxPlayers: 4, visibility: "public", mode: "churn" });
          if (r.status === 201) lobbyIds.add(r.body.lobbyId);
          return r;
        }
        return undefined;
      }));
      const seen = new Set<string>();
      for (const lobbyId of lobbyIds) {
        const lobby = (await server.store.getLobby(server.environmentId, lobbyId))!;
        const members = await server.store.lobbyMembers(lobbyId);
        expect(members.length, `${lobbyId} round ${round}`).toBeLessThanOrEqual(lobby.maxPlayers);
        expect(lobby.memberCount, `${lobbyId} count`).toBe(members.length);
        expect(lobby.state === "closed", `${lobbyId} closed iff empty`).toBe(members.length === 0);
        for (const m of members) {
          expect(seen.has(m.accountId), `${m.accountId} in two lobbies`).toBe(false);
          seen.add(m.accountId);
        }
        if (members.length) {
          const member = ps.find((p) => p.accountId === members[0].accountId)!;
          const view = (await getLobby(server, member, lobbyId)).body;
          expect(view.members.filter((m: { host: boolean }) => m.host).map((m: { publicId: string }) => m.publicId), `${lobbyId} host`).toEqual([members[0].publicId]);
        }
      }
    }
    expect(lobbyIds.size).toBeGreaterThan(2);
  }, LONG ? 120_000 : 20_000);
});
