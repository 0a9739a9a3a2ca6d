import { beforeEach, describe, expect, it } from "vitest";
import { errorCode, sdk, startServer, type TestServer } from "../support/helpers.js";

let server: TestServer;
beforeEach(async () => {
  server = await startServer();
});

describe("runtime key", () => {
  const routes = [
    ["GET", "/sdk/v1/runtime-config"],
    ["POST", "/sdk/v1/accounts"],
    ["POST", "/sdk/v1/account-transfer-codes/consume"],
  ] as const;
  const call = (method: string, path: string, authorization?: string) => {
    const req = method === "GET" ? server.http.get(path) : server.http.post(path).send({});
    return authorization ? req.set("Authorization", authorization) : req;
  };

  it.each(routes)("%s %s without a key is 401 unauthorized", async (method, path) => {
    const res = await call(method, path);
    expect(res.status).toBe(401);
    expect(errorCode(res)).toBe("unauthorized");
  });

  it.each([
    ["a malformed header", "Basic abc"],
    ["an unknown key", `Bearer pst_rt_${"A".repeat(43)}`],
    ["a server key", "SERVER"],
  ])("refuses %s with 401", async (_name, authorization) => {
    const header = authorization === "SERVER" ? `Bearer ${server.serverKey}` : authorization;
    const res = await call("POST", "/sdk/v1/accounts", header);
    expect(res.status).toBe(401);
    expect(errorCode(res)).toBe("unauthorized");
    expect((await server.store.countAccounts(server.environmentId)).accounts).toBe(0);
  });

  it("stops working at once when revoked, for sessions made with it too", async () => {
    const client = sdk(server);
    const { accountId, token } = await client.createAccount();
    const key = (await server.store.listApiKeys(server.environmentId)).find((k) => k.kind === "runtime")!;
    await server.store.transaction((tx) => tx.revokeApiKey(key.id, new Date().toISOString()));
    const res = await client.get(`/sdk/v1/accounts/${accountId}`, token);
    expect(res.status).toBe(401);
    expect(res.body.error.message).toMatch(/revoked/);
  });

  it("checks credentials before parsing the body", async () => {
    const res = await server.http.post("/sdk/v1/accounts").set("Content-Type", "application/json").send("{not json");
    expect(res.status).toBe(401);
  });
});
