import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { errorCode, sdk, startServer, trusted, type TestAccount, type TestServer } from "../../support/helpers.js";
import { openStream } from "../../support/sse.js";

let server: TestServer;
let client: ReturnType<typeof sdk>;
let backend: ReturnType<typeof trusted>;
let account: TestAccount;
let listening: Server | undefined;
beforeEach(async () => {
  server = await startServer();
  client = sdk(server);
  backend = trusted(server);
  account = await client.createAccount();
});
afterEach(() => {
  listening?.closeAllConnections();
  listening?.close();
});

const sessionsPath = () => `/server/v1/accounts/${account.accountId}/sessions`;

describe("account sessions on the server surface", () => {
  it("mints a session the game client can use at once", async () => {
    const res = await backend.post(sessionsPath(), {}).set("X-Persistly-SDK", "studio-backend/2.4.0");
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ accountId: account.accountId, session: { sdk: "studio-backend/2.4.0", revokedAt: null } });
    expect((await client.get(`/sdk/v1/accounts/${account.accountId}`, res.body.accountSessionToken)).status).toBe(200);
  });

  it("lists sessions with their metadata and never a token", async () => {
    await backend.post(sessionsPath(), {}).expect(201);
    const res = await backend.get(sessionsPath());
    expect(res.status).toBe(200);
    expect(res.body.sessions).toHaveLength(2);
    for (const s of res.body.sessions) expect(Object.keys(s).sort()).toEqual(["createdAt", "lastUsedAt", "revokedAt", "sdk", "sessionId"]);
    expect(JSON.stringify(res.body)).not.toContain("pst_as_");
  });

  it("revokes one session: it gets 403 at once, the others keep working", async () => {
    const minted = (await backend.post(sessionsPath(), {})).body;
    const res = await backend.post(`${sessionsPath()}/${minted.session.sessionId}/revoke`, {});
    expect(res.status).toBe(200);
    expect(res.body.revokedAt).not.toBeNull();
    expect(errorCode(await client.get(`/sdk/v1/accounts/${account.accountId}`, minted.accountSessionToken))).toBe("forbidden");
    expect((await client.get(`/sdk/v1/accounts/${account.accountId}`, account.token)).status).toBe(200);
  });

  it("revokes every session and ends their event streams with closed", async () => {
    listening = server.app.listen(0, "127.0.0.1");
    await new Promise((r) => listening!.once("listening", r));
    const base = `http://127.0.0.1:${(listening.address() as AddressInfo).port}`;
    const stream = await openStream(`${base}/sdk/v1/accounts/${account.accountId}/events`, {
      Authorization: `Bearer ${server.runtimeKey}`, "X-Persistly-Account-Session": account.token,
    });
    await stream.next("ready");
    await backend.post(sessionsPath(), {}).expect(201);
    const res = await backend.post(`${sessionsPath()}/revoke-all`, {});
    expect(res.body).toEqual({ accountId: account.accountId, revoked: 2 });
    expect((await stream.next("closed")).data).toEqual({ reason: "session_revoked" });
    await stream.ended;
    expect((await client.get(`/sdk/v1/accounts/${account.accountId}`, account.token)).status).toBe(403);
  });

  it("answers 404 for a session the account does not have", async () => {
    const other = await client.createAccount();
    const foreign = (await backend.get(`/server/v1/accounts/${other.accountId}/sessions`)).body.sessions[0].sessionId;
    const res = await backend.post(`${sessionsPath()}/${foreign}/revoke`, {});
    expect(res.status).toBe(404);
    expect((await client.get(`/sdk/v1/accounts/${other.accountId}`, other.token)).status).toBe(200);
  });
});
