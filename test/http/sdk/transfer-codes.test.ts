import { beforeEach, describe, expect, it } from "vitest";
import { errorCode, otherEnvironmentKey, sdk, startServer, trusted, type TestAccount, type TestServer } from "../../support/helpers.js";

let server: TestServer;
let client: ReturnType<typeof sdk>;
let account: TestAccount;
const CODE_SHAPE = /^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/;

const createCode = (body: unknown = {}, a = account) => client.post(`/sdk/v1/accounts/${a.accountId}/transfer-codes`, body, a.token);
const consume = (code: string, c = client) => c.post("/sdk/v1/account-transfer-codes/consume", { code });

beforeEach(async () => {
  server = await startServer();
  client = sdk(server);
  account = await client.createAccount();
});

/** A wrong guess that shares the code's locator, so it counts against that code. */
function wrongGuess(code: string) {
  const last = code.at(-1) === "Z" ? "Y" : "Z";
  return code.slice(0, -1) + last;
}

describe("createTransferCode", () => {
  it("creates a human-typeable code that expires in 10 minutes by default", async () => {
    const res = await createCode();
    expect(res.status).toBe(201);
    expect(res.body.code).toMatch(CODE_SHAPE);
    expect(res.body.accountId).toBe(account.accountId);
    expect(Date.parse(res.body.expiresAt) - Date.parse(res.body.createdAt)).toBe(600_000);
  });

  it("accepts a lifetime between 1 and 15 minutes, and nothing else", async () => {
    const res = await createCode({ expiresInSeconds: 60 });
    expect(Date.parse(res.body.expiresAt) - Date.parse(res.body.createdAt)).toBe(60_000);
    expect((await createCode({ expiresInSeconds: 901 })).status).toBe(400);
    expect((await createCode({ expiresInSeconds: 59 })).status).toBe(400);
  });

  it("needs the account's own session", async () => {
    const other = await client.createAccount();
    const res = await client.post(`/sdk/v1/accounts/${account.accountId}/transfer-codes`, {}, other.token);
    expect(res.status).toBe(403);
  });

  it("answers 400 transfer_code_disabled when the environment has them switched off", async () => {
    await server.store.transaction((tx) => tx.setTransferCodesEnabled(server.environmentId, false));
    const res = await createCode();
    expect(res.status).toBe(400);
    expect(errorCode(res)).toBe("transfer_code_disabled");
  });

  it("answers 410 once the account is erased", async () => {
    await server.store.transaction((tx) => tx.eraseAccount(account.accountId, new Date().toISOString()));
    expect((await createCode()).status).toBe(410);
  });
});

describe("consumeTransferCode", () => {
  it("returns a new session for the same account; both devices keep working", async () => {
    const { code } = (await createCode()).body;
    const res = await consume(code);
    expect(res.status).toBe(200);
    expect(res.body.accountId).toBe(account.accountId);
    expect(res.body.accountSessionToken).not.toBe(account.token);
    expect(res.body.account.slots.map((s: { slotId: string }) => s.slotId)).toEqual(["main"]);
    for (const token of [account.token, res.body.accountSessionToken]) {
      expect((await client.get(`/sdk/v1/accounts/${account.accountId}`, token)).status).toBe(200);
    }
  });

  it("accepts the code in any case, with or without dashes and spaces", async () => {
    const { code } = (await createCode()).body;
    expect((await consume(` ${code.toLowerCase().replaceAll("-", " ")} `)).status).toBe(200);
  });

  it("is single-use: a second redemption is 400 transfer_code_consumed", async () => {
    const { code } = (await createCode()).body;
    await consume(code).expect(200);
    const again = await consume(code);
    expect(again.status).toBe(400);
    expect(errorCode(again)).toBe("transfer_code_consumed");
  });

  it("gives exactly one session when redeemed concurrently", async () => {
    const { code } = (await createCode()).body;
    const results = await Promise.all(Array.from({ length: 8 }, () => consume(code)));
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.filter((r) => errorCode(r) === "transfer_code_consumed")).toHaveLength(7);
  });

  it("expires: after its lifetime the code is 400 transfer_code_expired", async () => {
    const { code, expiresAt } = (await createCode({ expiresInSeconds: 60 })).body;
    server.clock.advance(60_000);
    const res = await consume(code);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: "transfer_code_expired", details: { expiredAt: expiresAt } });
  });

  it("burns a code after 5 wrong guesses: 429 transfer_code_rate_limited, even for the right code afterwards", async () => {
    const { code } = (await createCode()).body;
    const guesses = [];
    for (let i = 0; i < 5; i++) guesses.push(await consume(wrongGuess(code)));
    expect(guesses.slice(0, 4).map(errorCode)).toEqual(Array(4).fill("transfer_code_invalid"));
    expect(guesses[4].status).toBe(429);
    expect(errorCode(guesses[4])).toBe("transfer_code_rate_limited");
    const right = await consume(code);
    expect(right.status).toBe(429);
    expect(errorCode(right)).toBe("transfer_code_rate_limited");
  });

  it("still redeems after fewer wrong guesses than the limit", async () => {
    const { code } = (await createCode()).body;
    for (let i = 0; i < 4; i++) await consume(wrongGuess(code)).expect(400);
    expect((await consume(code)).status).toBe(200);
  });

  it("reveals nothing about a spent code to a wrong guess", async () => {
    const { code } = (await createCode()).body;
    await consume(code).expect(200);
    expect(errorCode(await consume(wrongGuess(code)))).toBe("transfer_code_invalid");
  });

  it.each([["malformed", "hello"], ["too short", "K7QF-9XM2"], ["ambiguous letters", "K7QF-9XM2-P4T0"], ["unknown", "ZZZZ-ZZZZ-ZZZZ"]])(
    "answers a %s code with 400 transfer_code_invalid",
    async (_name, code) => {
      const res = await consume(code);
      expect(res.status).toBe(400);
      expect(errorCode(res)).toBe("transfer_code_invalid");
    },
  );

  it("does not accept a code from another environment", async () => {
    const { code } = (await createCode()).body;
    const res = await consume(code, sdk(server, await otherEnvironmentKey(server)));
    expect(res.status).toBe(400);
    expect(errorCode(res)).toBe("transfer_code_invalid");
  });

  it("answers 400 transfer_code_disabled when the environment has them switched off", async () => {
    const { code } = (await createCode()).body;
    await server.store.transaction((tx) => tx.setTransferCodesEnabled(server.environmentId, false));
    const res = await consume(code);
    expect(res.status).toBe(400);
    expect(errorCode(res)).toBe("transfer_code_disabled");
  });

  it("answers 410 gone when the account was erased after the code was made", async () => {
    const { code } = (await createCode()).body;
    await server.store.transaction((tx) => tx.eraseAccount(account.accountId, new Date().toISOString()));
    const res = await consume(code);
    expect(res.status).toBe(410);
    expect(errorCode(res)).toBe("gone");
  });

  it("needs only the runtime key, and refuses without it", async () => {
    const { code } = (await createCode()).body;
    const res = await server.http.post("/sdk/v1/account-transfer-codes/consume").send({ code });
    expect(res.status).toBe(401);
    expect((await consume(code)).status).toBe(200);
  });

  it("rejects a body without a code", async () => {
    const res = await client.post("/sdk/v1/account-transfer-codes/consume", {});
    expect(res.status).toBe(400);
    expect(errorCode(res)).toBe("invalid_request");
  });
});

describe("revocation voids the transfer codes the revoked credentials could have minted", () => {
  const backend = () => trusted(server);
  const mintedBy = async (a = account) => (await createCode({}, a)).body.code as string;

  it("revoking every session of the account voids its open codes", async () => {
    const code = await mintedBy();
    await backend().post(`/server/v1/accounts/${account.accountId}/sessions/revoke-all`, {}).expect(200);
    const res = await consume(code);
    expect(res.status).toBe(400);
    expect(errorCode(res)).toBe("transfer_code_revoked");
    expect(res.body.accountSessionToken).toBeUndefined();
  });

  it("revoking the minting session voids its codes, and only those", async () => {
    const second = (await backend().post(`/server/v1/accounts/${account.accountId}/sessions`, {}).expect(201)).body;
    const byFirst = await mintedBy();
    const bySecond = await mintedBy({ ...account, token: second.accountSessionToken });
    await backend().post(`/server/v1/accounts/${account.accountId}/sessions/${second.session.sessionId}/revoke`, {}).expect(200);
    expect(errorCode(await consume(bySecond))).toBe("transfer_code_revoked");
    expect((await consume(byFirst)).status).toBe(200);
  });

  it("erasing the account answers 410 gone for its codes", async () => {
    const code = await mintedBy();
    await server.store.transaction((tx) => tx.eraseAccount(account.accountId, new Date().toISOString()));
    expect((await consume(code)).status).toBe(410);
  });

  it("a wrong guess against a revoked code is an ordinary invalid code and is not counted", async () => {
    const code = await mintedBy();
    await backend().post(`/server/v1/accounts/${account.accountId}/sessions/revoke-all`, {}).expect(200);
    expect(errorCode(await consume(wrongGuess(code)))).toBe("transfer_code_invalid");
    const record = await server.store.findTransferCode(server.environmentId, code.slice(0, 4));
    expect(record?.failedAttempts).toBe(0);
  });
});
