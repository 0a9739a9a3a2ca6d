// Operators' access to a studio (domain/members.ts studioAccess), the rule the authorize stage applies:
// on a store, without HTTP.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addMember, newCredential, studioAccess, type MemberCaller } from "../../server/domain/members.js";
import { DEFAULT_SETTINGS } from "../../server/domain/context.js";
import { systemRandomness } from "../../server/domain/randomness.js";
import type { EnvironmentRecord, MemberRole, Store, WorkspaceRecord } from "../../server/store/types.js";
import { testStore } from "../support/helpers.js";

let store: Store;
let studio: WorkspaceRecord;
let rival: WorkspaceRecord;
let game: EnvironmentRecord;
let rivalGame: EnvironmentRecord;
const now = () => new Date().toISOString();
const settings = { ...DEFAULT_SETTINGS, passwordKdf: { N: 1024, r: 8, p: 1 } };

async function operator(workspace: WorkspaceRecord, email: string, role: MemberRole): Promise<MemberCaller> {
  const credential = await newCredential(settings, "correct-horse-battery");
  const { membership } = await store.transaction((tx) => addMember({ store: tx, random: systemRandomness }, workspace, { email, role }, credential, now()));
  return { member: { id: membership.id } } as MemberCaller;
}
const outcome = (promise: Promise<unknown>) => promise.then(() => "allowed", (error) => `${error.status} ${error.code}`);

beforeAll(async () => {
  store = await testStore();
  studio = await store.transaction((tx) => tx.ensureWorkspace("studio", now()));
  rival = await store.transaction((tx) => tx.ensureWorkspace("rival", now()));
  game = await store.transaction((tx) => tx.createEnvironment(studio.id, "production", now()));
  rivalGame = await store.transaction((tx) => tx.createEnvironment(rival.id, "production", now()));
});
afterAll(() => store.close());

describe("studio access", () => {
  it("allows a role at or above the one needed, refuses one below with 403, and hides other studios and their games (404)", async () => {
    const support = await operator(studio, "support@studio.example", "support");
    const needs = (role: MemberRole) => ({ role, what: "do it" });
    expect(await outcome(studioAccess({ store }, support, studio.id, needs("viewer")))).toBe("allowed");
    expect(await outcome(studioAccess({ store }, support, studio.id, needs("support"), game.id))).toBe("allowed");
    expect(await outcome(studioAccess({ store }, support, studio.id, needs("admin")))).toBe("403 forbidden");
    expect(await outcome(studioAccess({ store }, support, rival.id, needs("viewer")))).toBe("404 not_found");
    expect(await outcome(studioAccess({ store }, support, studio.id, needs("viewer"), rivalGame.id))).toBe("404 not_found");
    const access = await studioAccess({ store }, support, studio.id, needs("viewer"), game.id);
    expect([access.workspace.id, access.role, access.game?.id]).toEqual([studio.id, "support", game.id]);
  });
});
