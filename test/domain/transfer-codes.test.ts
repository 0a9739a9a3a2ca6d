// The transfer-code rules without HTTP or a database: a fake transaction store that keeps codes in a Map.
import { describe, expect, it } from "vitest";
import { consumeTransferCode, createTransferCode } from "../../server/domain/transferCodes.js";
import { ApiError, Refusal } from "../../server/domain/errors.js";
import { DEFAULT_SETTINGS, type SessionCaller, type TxDeps } from "../../server/domain/context.js";
import { systemRandomness } from "../../server/domain/randomness.js";
import { DEFAULT_PLANS } from "../../server/domain/plans.js";
import type { TransferCodeRecord, TxStore } from "../../server/store/types.js";

function fakeDeps() {
  const codes = new Map<string, TransferCodeRecord>();
  const sessions: string[] = [];
  const store = {
    async insertTransferCode(code: TransferCodeRecord) {
      if (codes.has(code.locator)) return false;
      codes.set(code.locator, { ...code });
      return true;
    },
    findTransferCode: async (_env: string, locator: string) => codes.get(locator) ?? null,
    async recordTransferCodeFailure(_env: string, locator: string) {
      return ++codes.get(locator)!.failedAttempts;
    },
    async consumeTransferCode(_env: string, locator: string, session: { id: string }) {
      const code = codes.get(locator)!;
      if (code.consumedAt) return false;
      code.consumedAt = "now";
      sessions.push(session.id);
      return true;
    },
    getAccount: async (id: string) => ({ id, environmentId: "env", playerRef: null, createdAt: "", updatedAt: "", erasedAt: null }),
    listSlotSummaries: async () => [],
  } as unknown as TxStore;
  const deps = {
    store, settings: DEFAULT_SETTINGS, plans: DEFAULT_PLANS, now: () => new Date("2026-11-24T10:00:00.000Z"), random: systemRandomness,
    limits: { transferCodeAttempt: async () => {}, transferCodeRight: async () => {}, transferCodeWrongGuess: async () => {} },
  } as unknown as TxDeps;
  return { deps, codes, sessions };
}

const principal = { environment: { id: "env", transferCodesEnabled: true }, key: { id: "key" }, workspace: { plan: "free" } };
const holder = { principal, sdk: null, account: { id: "acc_1" }, session: { id: "ses_1" } } as unknown as SessionCaller;

describe("transfer codes (domain)", () => {
  it("redeems the right code once, in any typing, for a new session", async () => {
    const { deps, sessions } = fakeDeps();
    const { code } = await createTransferCode(deps, holder, {});
    const redeemed = await consumeTransferCode(deps, holder, code.toLowerCase().replaceAll("-", " "), "1.2.3.4");
    expect(redeemed).not.toBeInstanceOf(Refusal);
    expect(sessions).toHaveLength(1);
    await expect(consumeTransferCode(deps, holder, code, "1.2.3.4")).rejects.toMatchObject({ code: "transfer_code_consumed" });
  });

  it("returns (not throws) the refusal of a wrong guess, so that the counted guess commits; the last one burns the code", async () => {
    const { deps, codes } = fakeDeps();
    const { code, record } = await createTransferCode(deps, holder, {});
    const wrong = `${code.slice(0, 5)}${code[5] === "2" ? "3" : "2"}${code.slice(6)}`;
    const refusals: string[] = [];
    for (let i = 0; i < DEFAULT_SETTINGS.transferCodeMaxAttempts; i++) {
      const result = await consumeTransferCode(deps, holder, wrong, "1.2.3.4");
      expect(result).toBeInstanceOf(Refusal);
      refusals.push((result as Refusal).error.code);
    }
    expect(refusals).toEqual(["transfer_code_invalid", "transfer_code_invalid", "transfer_code_invalid", "transfer_code_invalid", "transfer_code_rate_limited"]);
    expect(codes.get(record.locator)!.failedAttempts).toBe(5);
    // Burned: even the right code is refused now, and a further wrong guess is no longer counted.
    await expect(consumeTransferCode(deps, holder, code, "1.2.3.4")).rejects.toMatchObject({ code: "transfer_code_rate_limited" });
    await expect(consumeTransferCode(deps, holder, wrong, "1.2.3.4")).rejects.toBeInstanceOf(ApiError);
    expect(codes.get(record.locator)!.failedAttempts).toBe(5);
  });
});
