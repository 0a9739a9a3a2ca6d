// Crash safety: kill -9 the real server while it takes writes, restart it, and check that every write
// it acknowledged is there, exactly, with contiguous versions, matching idempotency records, and an
// intact database file.
import { describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import { isDeepStrictEqual } from "node:util";
import { tempDbPath } from "../support/helpers.js";
import { startProcess, type ServerProcess } from "../support/process.js";
import { DURATION_MS, LONG, SEED, report, seeded } from "./report.js";

interface Ack {
  accountId: string;
  slotId: string;
  version: number;
  data: unknown;
}

interface Player {
  accountId: string;
  token: string;
  slots: Map<string, number>;
}

describe("crash safety", () => {
  it("loses no acknowledged write across kill -9 and restart", async () => {
    const db = tempDbPath();
    let server: ServerProcess = await startProcess(db);
    const runtimeKey = server.runtimeKey;
    const rng = seeded(SEED);
    const pick = rng.pick;
    const acks: Ack[] = [];
    const players: Player[] = [];
    const keyed = new Map<string, { playerRef: string; accountId?: string }>();
    const counts = { requests: 0, serverErrors: 0, faults: 0, lostWrites: 0 };
    let counter = 0;

    const call = async (path: string, body: unknown, token?: string) => {
      counts.requests++;
      const res = await fetch(`${server.base}${path}`, {
        method: "POST",
        headers: { Authorization: `Bearer ${runtimeKey}`, "Content-Type": "application/json", ...(token ? { "X-Persistly-Account-Session": token } : {}) },
        body: JSON.stringify(body),
      });
      if (res.status >= 500) counts.serverErrors++;
      return { status: res.status, body: (await res.json()) as any };
    };

    async function createAccount() {
      const n = ++counter;
      const key = `crash-key-${String(n).padStart(8, "0")}`;
      const playerRef = `crash-player-${n}`;
      const data = { n, kind: "first" };
      keyed.set(key, { playerRef });
      const res = await call("/sdk/v1/accounts", { playerRef, slot: { slotId: "main", data }, idempotencyKey: key });
      if (res.status !== 201) return;
      keyed.get(key)!.accountId = res.body.accountId;
      players.push({ accountId: res.body.accountId, token: res.body.accountSessionToken, slots: new Map([["main", 1]]) });
      acks.push({ accountId: res.body.accountId, slotId: "main", version: 1, data });
    }

    async function sync(player: Player) {
      const slotId = pick([...player.slots.keys()]);
      const data = { n: ++counter, pad: "x".repeat(rng.int(0, 2000)) };
      const res = await call(`/sdk/v1/accounts/${player.accountId}/slots/${slotId}/sync`, { baseVersion: player.slots.get(slotId), data }, player.token);
      if (res.status === 200) {
        player.slots.set(slotId, res.body.version);
        acks.push({ accountId: player.accountId, slotId, version: res.body.version, data });
      } else if (res.status === 409) {
        player.slots.set(slotId, res.body.error.details.cloud.version);
      }
    }

    async function createSlot(player: Player) {
      const slotId = `s${++counter}`;
      const data = { n: counter, kind: "slot" };
      const res = await call(`/sdk/v1/accounts/${player.accountId}/slots`, { slotId, data }, player.token);
      if (res.status === 201) {
        player.slots.set(slotId, 1);
        acks.push({ accountId: player.accountId, slotId, version: 1, data });
      }
    }

    async function worker() {
      try {
        for (;;) {
          const roll = rng.int(0, 9);
          if (roll < 2 || players.length === 0) await createAccount();
          else if (roll < 4) await createSlot(pick(players));
          else await sync(pick(players));
        }
      } catch {
        // The server was killed under this request; its outcome is unknown until the restart.
      }
    }

    function verify() {
      const file = new Database(db, { readonly: true });
      try {
        expect(file.pragma("integrity_check", { simple: true })).toBe("ok");
        const version = file.prepare("SELECT data FROM slot_versions WHERE account_id = ? AND slot_id = ? AND version = ?");
        for (const ack of acks) {
          const row = version.get(ack.accountId, ack.slotId, ack.version) as { data: string } | undefined;
          if (!row || !isDeepStrictEqual(JSON.parse(row.data), ack.data)) counts.lostWrites++;
        }
        // Versions are contiguous from 1, and every slot's head has its version row.
        const gaps = file.prepare(`SELECT s.account_id, s.slot_id FROM slots s
          WHERE s.version != (SELECT COUNT(*) FROM slot_versions v WHERE v.account_id = s.account_id AND v.slot_id = s.slot_id)
             OR s.version != (SELECT MAX(version) FROM slot_versions v WHERE v.account_id = s.account_id AND v.slot_id = s.slot_id)`).all();
        expect(gaps).toEqual([]);
        // Resume each player from what survived: an unanswered write may or may not have landed.
        const head = file.prepare("SELECT version FROM slots WHERE account_id = ? AND slot_id = ?");
        for (const player of players) {
          for (const slotId of player.slots.keys()) player.slots.set(slotId, (head.get(player.accountId, slotId) as { version: number }).version);
        }
      } finally {
        file.close();
      }
    }

    async function verifyIdempotency() {
      // Some first answers must have arrived, or the replay check below would compare nothing.
      expect([...keyed.values()].filter((k) => k.accountId).length).toBeGreaterThan(0);
      for (const [key, { playerRef, accountId }] of keyed) {
        const replay = await call("/sdk/v1/accounts", { playerRef, slot: { slotId: "main", data: { n: Number(key.split("-").at(-1)), kind: "first" } }, idempotencyKey: key });
        expect(replay.status).toBe(201);
        if (accountId) expect(replay.body.accountId).toBe(accountId);
      }
      const file = new Database(db, { readonly: true });
      const perRef = file.prepare("SELECT player_ref, COUNT(*) AS n FROM accounts WHERE player_ref LIKE 'crash-player-%' GROUP BY player_ref HAVING n > 1").all();
      file.close();
      expect(perRef).toEqual([]);
    }

    for (let i = 0; i < 2; i++) await createAccount();
    const deadline = Date.now() + DURATION_MS;
    for (let round = 0; round < 4 || (LONG && Date.now() < deadline); round++) {
      const traffic = Promise.all(Array.from({ length: 8 }, worker));
      // Kill once the round has acknowledged a few writes (however loaded the machine), at a random moment after.
      const before = acks.length;
      const cap = Date.now() + 10_000;
      while (acks.length < before + 6 && Date.now() < cap) await new Promise((r) => setTimeout(r, 20));
      await new Promise((r) => setTimeout(r, rng.int(0, 300)));
      server.child.kill("SIGKILL");
      await server.exited;
      counts.faults++;
      await traffic;
      server = await startProcess(db);
      verify();
    }
    await verifyIdempotency();
    server.child.kill("SIGTERM");
    await server.exited;

    report("crash safety", { ...counts, acknowledgedWrites: acks.length });
    expect(counts.lostWrites).toBe(0);
    expect(counts.serverErrors).toBe(0);
    expect(acks.length).toBeGreaterThanOrEqual(24);
  }, LONG ? 0 : 60_000);
});
