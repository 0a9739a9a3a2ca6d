// A server with leaderboards defined through the domain (the admin surface's own tests cover creating
// them over HTTP), and the calls every leaderboard test makes.
import { sdk, startServer, trusted, type TestAccount, type TestServer } from "../../support/helpers.js";
import { createLeaderboard, type NewLeaderboard } from "../../../server/domain/leaderboards.js";
import { inTransaction } from "../../../server/domain/context.js";

export async function boards(...definitions: NewLeaderboard[]): Promise<TestServer> {
  const server = await startServer();
  for (const d of definitions) await inTransaction(server.app.deps, (tx) => createLeaderboard(tx, server.environmentId, d));
  return server;
}

export const submit = (server: TestServer, p: TestAccount, board: string, body: Record<string, unknown>) =>
  sdk(server).post(`/sdk/v1/accounts/${p.accountId}/leaderboards/${board}/scores`, body, p.token);

export const submitFor = (server: TestServer, accountId: string, board: string, body: Record<string, unknown>) =>
  trusted(server).post(`/server/v1/leaderboards/${board}/scores`, { accountId, ...body });

export const top = (server: TestServer, board: string, query = "") => sdk(server).get(`/sdk/v1/leaderboards/${board}/records${query}`);

export const standingOf = (server: TestServer, p: TestAccount, board: string, query = "") =>
  sdk(server).get(`/sdk/v1/accounts/${p.accountId}/leaderboards/${board}${query}`, p.token);

/** `count` players named P0, P1, …, each with an account. */
export async function players(server: TestServer, count: number): Promise<TestAccount[]> {
  const made: TestAccount[] = [];
  for (let i = 0; i < count; i++) made.push(await sdk(server).createAccount({ displayName: `P${i}` }));
  return made;
}

/** The (name, rank, score) of each record, the shape most assertions compare. */
export const ranks = (records: Array<{ displayName: string | null; rank: number; score: number }>) => records.map((r) => [r.displayName, r.rank, r.score]);
