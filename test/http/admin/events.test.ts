// Events on the operator surface (#19): admins define them, change them within what their status
// allows, and cancel them with refunds; every change is audited.
import { describe, expect, it } from "vitest";
import { errorCode, sdk } from "../../support/helpers.js";
import { member, signIn, studioOf, TEST_KDF } from "./support.js";
import { shop } from "../economy/support.js";
import { players } from "../leaderboards/support.js";
import { enter } from "../events/support.js";

describe("events on the operator surface", () => {
  it("are created, changed within their status, listed, and cancelled with refunds, all audited", async () => {
    const server = await shop();
    server.app.deps.settings.passwordKdf = TEST_KDF;
    await member(server, "admin@studio.example", "admin");
    await member(server, "support@studio.example", "support");
    const admin = await signIn(server, "admin@studio.example");
    const support = await signIn(server, "support@studio.example");
    const studio = (await studioOf(server)).id;
    const base = `/admin/v1/studios/${studio}/games/${server.environmentId}/events`;
    const cup = { eventId: "cup", name: "Cup", startsAt: "2026-11-23T10:00:00+01:00", endsAt: "2026-11-23T12:00:00Z", entryCost: { gold: 20 }, maxAttemptsPerPlayer: 2, rewards: [{ fromRank: 1, toRank: 3, rewards: { currencies: { gems: 5 } } }] };
    const created = await admin.post(base, cup);
    expect([created.status, created.body.status, created.body.startsAt, created.body.leaderboardId], JSON.stringify(created.body)).toEqual([201, "active", "2026-11-23T09:00:00.000Z", "event-cup"]);
    expect(errorCode(await admin.post(base, cup))).toBe("event_exists");
    expect(errorCode(await support.post(base, { ...cup, eventId: "other" }))).toBe("forbidden");
    const overlap = await admin.post(base, { ...cup, eventId: "x", rewards: [{ fromRank: 1, toRank: 3, rewards: { currencies: { gems: 1 } } }, { fromRank: 3, toRank: 5, rewards: { currencies: { gems: 1 } } }] });
    expect([overlap.status, overlap.body.error.message]).toEqual([400, "rewards: ranks 3–3 are in two tiers"]);
    expect((await admin.post(base, { ...cup, eventId: "x", rewards: [{ fromRank: 1, toRank: 1, rewards: { items: { sword: 1 } } }] })).body.error.code).toBe("not_found");
    const frozen = await admin.post(`${base}/cup`, { entryCost: { gold: 1 } });
    expect([frozen.status, frozen.body.error.code, frozen.body.error.details.fields]).toEqual([409, "event_locked", ["entryCost"]]);
    const longer = await admin.post(`${base}/cup`, { endsAt: "2026-11-23T13:00:00Z", name: "Cup, extended" });
    expect([longer.status, longer.body.endsAt, longer.body.name]).toEqual([200, "2026-11-23T13:00:00.000Z", "Cup, extended"]);
    const [p] = await players(server, 1);
    await enter(server, p);
    const cancelled = await admin.post(`${base}/cup/cancel`, { reason: "outage" });
    expect([cancelled.status, cancelled.body.refunded, cancelled.body.event.status]).toEqual([200, 1, "cancelled"]);
    expect(errorCode(await admin.post(`${base}/cup/cancel`, { reason: "again" }))).toBe("event_locked");
    expect((await support.get(base)).body.events.map((e: { eventId: string; status: string }) => [e.eventId, e.status])).toEqual([["cup", "cancelled"]]);
    const wallet = (await sdk(server).get(`/sdk/v1/accounts/${p.accountId}/wallet`, p.token)).body.balances.find((b: { currencyId: string }) => b.currencyId === "gold");
    expect(wallet.balance).toBe(100);
    const log = (await admin.get(`/admin/v1/studios/${studio}/audit-log`)).body.entries;
    expect(log.slice(0, 3).map((e: { action: string; reason: string | null }) => [e.action, e.reason])).toEqual([["cancelEvent", "outage"], ["updateEvent", null], ["createEvent", null]]);
    expect([log[1].before, log[1].after]).toEqual([{ endsAt: "2026-11-23T12:00:00.000Z", name: "Cup" }, { endsAt: "2026-11-23T13:00:00.000Z", name: "Cup, extended" }]);
  });
});
