// Running a studio over HTTP (#17): plan, games and their switches, keys and game config, each gated by
// role and recorded in the audit log with what it changed.
import { describe, expect, it } from "vitest";
import { errorCode, sdk } from "../../support/helpers.js";
import { member, signIn, startAdminServer, studioOf } from "./support.js";

async function studioWith(role: "owner" | "admin" | "support" | "viewer" = "owner") {
  const server = await startAdminServer();
  await member(server, "owner@studio.example");
  if (role !== "owner") await member(server, `${role}@studio.example`, role);
  const op = await signIn(server, `${role}@studio.example`);
  const studio = (await studioOf(server)).id;
  return { server, op, studio, game: server.environmentId, base: `/admin/v1/studios/${studio}` };
}

const actions = async (op: Awaited<ReturnType<typeof signIn>>, base: string) =>
  (await op.get(`${base}/audit-log`)).body.entries.map((e: { action: string; before: unknown; after: unknown }) => [e.action, e.before, e.after]);

describe("games and keys", () => {
  it("lets an admin create a game, issue a key that works at once, list it by prefix only, and revoke it", async () => {
    const { server, op, base } = await studioWith("admin");
    const game = await op.post(`${base}/games`, { name: "production" });
    expect(game.status).toBe(201);
    expect(errorCode(await op.post(`${base}/games`, { name: "production" }))).toBe("game_exists");
    expect(errorCode(await op.post(`${base}/games`, { name: "Prod Env" }))).toBe("invalid_request");
    const issued = await op.post(`${base}/games/${game.body.gameId}/keys`, { kind: "runtime" });
    expect(issued.status).toBe(201);
    expect(issued.body.key).toMatch(/^pst_rt_production_/);
    expect((await sdk(server, issued.body.key).post("/sdk/v1/accounts", {})).status).toBe(201);
    const listed = await op.get(`${base}/games/${game.body.gameId}/keys`);
    expect(listed.body.keys).toEqual([expect.objectContaining({ keyId: issued.body.apiKey.keyId, prefix: issued.body.apiKey.prefix, revokedAt: null })]);
    expect(JSON.stringify(listed.body)).not.toContain(issued.body.key);
    const revoked = await op.post(`${base}/games/${game.body.gameId}/keys/${issued.body.apiKey.keyId}/revoke`);
    expect(revoked.body.revokedAt).toEqual(expect.any(String));
    expect((await sdk(server, issued.body.key).post("/sdk/v1/accounts", {})).status).toBe(401);
    expect((await op.post(`${base}/games/${server.environmentId}/keys/${issued.body.apiKey.keyId}/revoke`)).status, "a key of another game").toBe(404);
    const log = await actions(op, base);
    expect(log.map(([a]: string[]) => a)).toEqual(["revokeApiKey", "createApiKey", "createGame"]);
    expect(JSON.stringify(log)).not.toContain(issued.body.key);
  });

  it("switches transfer codes and sets browser origins, refusing a malformed origin without changing anything", async () => {
    const { server, op, base, game } = await studioWith("admin");
    const bad = await op.post(`${base}/games/${game}`, { transferCodesEnabled: false, allowedOrigins: ["https://game.example/play"] });
    expect([bad.status, bad.body.error.details.field]).toEqual([400, "allowedOrigins/0"]);
    expect(bad.body.error.message).toMatch(/https:\/\/game\.example/);
    expect((await server.store.getEnvironment(game))!.transferCodesEnabled).toBe(true);
    const ok = await op.post(`${base}/games/${game}`, { transferCodesEnabled: false, allowedOrigins: ["https://game.example"] });
    expect(ok.body).toMatchObject({ transferCodesEnabled: false, allowedOrigins: ["https://game.example"] });
    const account = await sdk(server).createAccount();
    expect(errorCode(await sdk(server).post(`/sdk/v1/accounts/${account.accountId}/transfer-codes`, {}, account.token))).toBe("transfer_code_disabled");
    expect((await actions(op, base))[0]).toEqual(["updateGame", { transferCodesEnabled: true, allowedOrigins: [] }, { transferCodesEnabled: false, allowedOrigins: ["https://game.example"] }]);
  });

  it("publishes, lists and activates game config that clients receive", async () => {
    const { server, op, base, game } = await studioWith("admin");
    expect((await op.post(`${base}/games/${game}/game-config`, { config: { maxLevel: 30 } })).status).toBe(201);
    expect((await op.post(`${base}/games/${game}/game-config`, { config: { maxLevel: 40 } })).body.version).toBe(2);
    expect((await op.get(`${base}/games/${game}/game-config`)).body.activeVersion).toBe(2);
    expect((await op.post(`${base}/games/${game}/game-config/1/activate`)).body).toMatchObject({ version: 1, active: true, config: { maxLevel: 30 } });
    expect((await sdk(server).get("/sdk/v1/runtime-config")).body.gameConfig).toMatchObject({ version: 1, config: { maxLevel: 30 } });
    expect((await op.post(`${base}/games/${game}/game-config/9/activate`)).status).toBe(404);
    expect((await actions(op, base))[0]).toEqual(["activateGameConfigForGame", { activeVersion: 2 }, { activeVersion: 1 }]);
  });
});

describe("roles", () => {
  it("lets viewers and support read but not configure, admins configure but not change the plan or members, owners all", async () => {
    for (const role of ["viewer", "support"] as const) {
      const { op, base, game } = await studioWith(role);
      expect((await op.get(`${base}/games/${game}/keys`)).status, role).toBe(200);
      expect(errorCode(await op.post(`${base}/games/${game}/keys`, { kind: "server" })), role).toBe("forbidden");
      expect(errorCode(await op.post(`${base}/games`, { name: "qa" })), role).toBe("forbidden");
    }
    const admin = await studioWith("admin");
    expect(errorCode(await admin.op.post(`${admin.base}/plan`, { plan: "indie" }))).toBe("forbidden");
    expect(errorCode(await admin.op.post(`${admin.base}/members`, { email: "x@studio.example", role: "viewer" }))).toBe("forbidden");
    const owner = await studioWith("owner");
    const plan = await owner.op.post(`${owner.base}/plan`, { plan: "indie" });
    expect(plan.body.plan).toBe("indie");
    expect((await owner.server.store.listWorkspaces())[0].plan).toBe("indie");
    expect((await actions(owner.op, owner.base))[0]).toEqual(["setStudioPlan", { plan: "free" }, { plan: "indie" }]);
  });

  it("lets an owner change a role, effective on the member's next request, but never demote the last owner", async () => {
    const { server, op, base, studio } = await studioWith("owner");
    const viewer = await member(server, "viewer@studio.example", "viewer");
    const them = await signIn(server, "viewer@studio.example");
    expect(errorCode(await them.post(`${base}/games`, { name: "qa" }))).toBe("forbidden");
    expect((await op.post(`${base}/members/${viewer.id}/role`, { role: "admin" })).body.role).toBe("admin");
    expect((await them.post(`${base}/games`, { name: "qa" })).status).toBe(201);
    const owner = (await server.store.listMemberships(studio)).find((m) => m.role === "owner")!;
    expect(errorCode(await op.post(`${base}/members/${owner.id}/role`, { role: "admin" }))).toBe("last_owner");
  });
});
