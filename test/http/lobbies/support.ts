// Calls every lobby test makes, as a player of the test server.
import { sdk, trusted, type TestAccount, type TestServer } from "../../support/helpers.js";

export const lobbyCall = (server: TestServer, p: TestAccount, path: string, body: Record<string, unknown> = {}) =>
  sdk(server).post(`/sdk/v1/accounts/${p.accountId}/lobbies${path}`, body, p.token);

export const getLobby = (server: TestServer, p: TestAccount, lobbyId: string) => sdk(server).get(`/sdk/v1/accounts/${p.accountId}/lobbies/${lobbyId}`, p.token);

export const quickJoin = (server: TestServer, p: TestAccount, body: Record<string, unknown> = { mode: "squad", maxPlayers: 4 }) => lobbyCall(server, p, "/quick-join", body);

export const pushMatch = (server: TestServer, body: Record<string, unknown>) => trusted(server).post("/server/v1/matches", body);
