// A server with the docs' SHOP catalog and events defined through the domain (the operator surface's
// own tests cover defining them over HTTP), and the calls every event test makes.
import { sdk, trusted, type TestAccount, type TestServer } from "../../support/helpers.js";
import { shop } from "../economy/support.js";
import { createEvent, type EventInput } from "../../../server/domain/tournaments.js";

export const HOUR = 3600_000;
/** The test clock starts at 2026-11-23T09:00Z: this event runs from then for two hours. */
export const CUP = { eventId: "cup", name: "The Cup", startsAt: "2026-11-23T09:00:00Z", endsAt: "2026-11-23T11:00:00Z" };

export async function withEvents(...events: Array<EventInput & { eventId: string; name: string; startsAt: string; endsAt: string }>): Promise<TestServer> {
  const server = await shop();
  for (const e of events) await server.app.deps.store.transaction((store) => createEvent({ ...server.app.deps, store }, server.environmentId, e));
  return server;
}

export const enter = (server: TestServer, p: TestAccount, eventId = "cup") =>
  sdk(server).post(`/sdk/v1/accounts/${p.accountId}/events/${eventId}/attempts`, {}, p.token);

export const score = (server: TestServer, p: TestAccount, attemptId: string, body: Record<string, unknown>, eventId = "cup") =>
  sdk(server).post(`/sdk/v1/accounts/${p.accountId}/events/${eventId}/attempts/${attemptId}/score`, body, p.token);

export const getEvent = (server: TestServer, eventId = "cup") => sdk(server).get(`/sdk/v1/events/${eventId}`);

export const gold = (server: TestServer, accountId: string, amount: number) =>
  trusted(server).post(`/server/v1/accounts/${accountId}/wallet/transactions`, { changes: { gold: amount }, reason: "test" });
