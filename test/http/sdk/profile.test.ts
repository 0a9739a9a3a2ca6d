// Player profiles (#19, first part): a random public handle per account and a display name the player
// sets, trimmed and checked; other players only ever see these two.
import { describe, expect, it } from "vitest";
import { errorCode, sdk, startServer, trusted } from "../../support/helpers.js";

describe("player profiles", () => {
  it("give every account a random public handle and take a display name at creation or later", async () => {
    const server = await startServer();
    const named = await sdk(server).createAccount({ playerRef: "p-1", displayName: " Moonfox " });
    const plain = await sdk(server).createAccount({});
    const a = named.body.account;
    expect([a.publicId, a.displayName]).toEqual([expect.stringMatching(/^plr_[0-9a-f]{32}$/), "Moonfox"]);
    expect(plain.body.account.displayName).toBeNull();
    expect(plain.body.account.publicId).not.toBe(a.publicId);
    expect(a.publicId).not.toContain(named.accountId.slice(4, 12));
    const renamed = await sdk(server).post(`/sdk/v1/accounts/${plain.accountId}/profile`, { displayName: "星の狐 🦊" }, plain.token);
    expect(renamed.body).toEqual({ accountId: plain.accountId, publicId: plain.body.account.publicId, displayName: "星の狐 🦊" });
    expect((await sdk(server).get(`/sdk/v1/accounts/${plain.accountId}`, plain.token)).body.displayName).toBe("星の狐 🦊");
    expect((await trusted(server).get(`/server/v1/accounts/${named.accountId}`)).body).toMatchObject({ publicId: a.publicId, displayName: "Moonfox" });
  });

  it("refuse an empty, overlong or unprintable name, and change nothing", async () => {
    const server = await startServer();
    const p = await sdk(server).createAccount({ displayName: "Moonfox" });
    const set = (displayName: string) => sdk(server).post(`/sdk/v1/accounts/${p.accountId}/profile`, { displayName }, p.token);
    for (const bad of ["   ", "x".repeat(33), "bell\u0007", "evil\u202eedoc", "zero\u200bwidth"]) {
      const res = await set(bad);
      expect([res.status, errorCode(res), res.body.error.details?.field ?? res.body.error.details?.issues?.[0]?.path], JSON.stringify(bad)).toEqual([400, "invalid_request", expect.stringMatching(/displayName/)]);
    }
    expect((await set("🦊".repeat(32))).status).toBe(200); // 32 characters, 64 UTF-16 units
    expect(errorCode(await sdk(server).post("/sdk/v1/accounts", { displayName: "\u0000" }))).toBe("invalid_request");
    const other = await sdk(server).createAccount();
    expect(errorCode(await sdk(server).post(`/sdk/v1/accounts/${p.accountId}/profile`, { displayName: "x" }, other.token))).toBe("forbidden");
  });

  it("lose the display name on erasure, keeping only the random handle", async () => {
    const server = await startServer();
    const p = await sdk(server).createAccount({ playerRef: "p-9", displayName: "Moonfox" });
    await trusted(server).post(`/server/v1/accounts/${p.accountId}/erase`, {});
    expect((await server.store.getAccount(p.accountId))).toMatchObject({ displayName: null, publicId: p.body.account.publicId, playerRef: null });
  });
});
