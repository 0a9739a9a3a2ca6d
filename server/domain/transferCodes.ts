// Transfer codes: `XXXX-XXXX-XXXX` over an unambiguous 32-letter alphabet (60 bits). The first group
// locates the code inside the environment, the other two verify it; only their salted hash is stored.
import type { Randomness } from "./randomness.js";
import { ApiError, gone, Refusal } from "./errors.js";
import { nowIso, type Caller, type SessionCaller, type TxDeps } from "./context.js";
import { hashSecret, sameHash } from "./secrets.js";
import { loadAccountState, mintSession, type AccountState } from "./accounts.js";
import type { TransferCodeRecord } from "../store/types.js";

export const CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
const CODE_LENGTH = 12;
const LOCATOR_LENGTH = 4;
/** A spent or expired code's locator is not handed out again for this long, so its holder hears why it failed. */
const LOCATOR_QUARANTINE_MS = 60 * 60_000;
const CODE_SHAPE = new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`);

const transferError = (status: number, code: string, message: string, details: Record<string, unknown> = {}) =>
  new ApiError(status, code, message, details);
const invalidCode = () => transferError(400, "transfer_code_invalid", "the transfer code is not valid");
const disabled = () => transferError(400, "transfer_code_disabled", "transfer codes are not enabled for this environment");

const verifierHash = (environmentId: string, verifier: string) => hashSecret(`${environmentId}:${verifier}`);

const drawCode = (random: Randomness) => Array.from({ length: CODE_LENGTH }, () => CODE_ALPHABET[random.int(CODE_ALPHABET.length)]).join("");
const formatCode = (code: string) => code.match(/.{4}/g)!.join("-");
/** Players type codes loosely: any case, with or without dashes and spaces. */
const normalizeCode = (typed: string) => typed.toUpperCase().replace(/[\s-]/g, "");

export async function createTransferCode(
  deps: TxDeps, caller: SessionCaller, input: { expiresInSeconds?: number },
): Promise<{ code: string; record: TransferCodeRecord }> {
  const environment = caller.principal.environment;
  if (!environment.transferCodesEnabled) throw disabled();
  const ttlSeconds = Math.min(input.expiresInSeconds ?? deps.settings.transferCodeDefaultTtlSeconds, deps.settings.transferCodeMaxTtlSeconds);
  const now = deps.now();
  const reusableBefore = new Date(now.getTime() - LOCATOR_QUARANTINE_MS).toISOString();
  for (let attempt = 0; attempt < 8; attempt++) {
    const code = drawCode(deps.random);
    const record: TransferCodeRecord = {
      environmentId: environment.id,
      locator: code.slice(0, LOCATOR_LENGTH),
      accountId: caller.account.id,
      verifierHash: verifierHash(environment.id, code.slice(LOCATOR_LENGTH)),
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + ttlSeconds * 1000).toISOString(),
      consumedAt: null,
      failedAttempts: 0,
      sessionId: caller.session.id,
      revokedAt: null,
    };
    if (await deps.store.insertTransferCode(record, reusableBefore)) return { code: formatCode(code), record };
  }
  throw new Error("could not draw a free transfer-code locator after 8 attempts");
}

/**
 * Redeems a code for a new session, or returns the refusal of a counted wrong guess. A code's state (expired, consumed, burned) is only revealed to a
 * caller who typed it correctly; wrong guesses against a live code are counted and burn it at the limit.
 */
export async function consumeTransferCode(
  deps: TxDeps, caller: Caller, typed: string, clientAddress: string,
): Promise<{ token: string; state: AccountState } | Refusal> {
  const environment = caller.principal.environment;
  if (!environment.transferCodesEnabled) throw disabled();
  await deps.limits.transferCodeAttempt(caller.principal.key.id, clientAddress);
  const code = normalizeCode(typed);
  if (!CODE_SHAPE.test(code)) throw invalidCode();
  const locator = code.slice(0, LOCATOR_LENGTH);
  const record = await deps.store.findTransferCode(environment.id, locator);
  if (!record) {
    await deps.limits.transferCodeWrongGuess(caller.principal.key.id);
    throw invalidCode();
  }

  const now = nowIso(deps);
  const maxAttempts = deps.settings.transferCodeMaxAttempts;
  const burned = () =>
    transferError(429, "transfer_code_rate_limited", "too many attempts were made against this transfer code; create a new code on the original device", { maxAttempts });
  if (!sameHash(record.verifierHash, verifierHash(environment.id, code.slice(LOCATOR_LENGTH)))) {
    await deps.limits.transferCodeWrongGuess(caller.principal.key.id);
    const live = record.consumedAt === null && record.revokedAt === null && record.expiresAt > now && record.failedAttempts < maxAttempts;
    if (!live) throw invalidCode();
    // The counted guess must outlive the refusal: it is returned, so the request's transaction commits it.
    const failures = await deps.store.recordTransferCodeFailure(environment.id, locator);
    return new Refusal(failures >= maxAttempts ? burned() : invalidCode());
  }
  await deps.limits.transferCodeRight(clientAddress); // typed right: the address spent nothing
  if (record.failedAttempts >= maxAttempts) throw burned();
  if (record.consumedAt !== null) {
    throw transferError(400, "transfer_code_consumed", "the transfer code was already used; transfer codes are single-use");
  }
  if (record.revokedAt !== null) {
    const account = await deps.store.getAccount(record.accountId);
    if (!account || account.erasedAt) throw gone(record.accountId);
    throw transferError(400, "transfer_code_revoked", "the transfer code was revoked with the sessions of its account; sign in again on the original device and create a new code", { revokedAt: record.revokedAt });
  }
  if (record.expiresAt <= now) {
    throw transferError(400, "transfer_code_expired", `the transfer code expired at ${record.expiresAt}; create a new code on the original device`, { expiredAt: record.expiresAt });
  }
  const account = await deps.store.getAccount(record.accountId);
  if (!account || account.erasedAt) throw gone(record.accountId);

  const { token, session } = mintSession(deps.random, caller);
  if (!(await deps.store.consumeTransferCode(environment.id, locator, { ...session, accountId: account.id }, now))) {
    throw transferError(400, "transfer_code_consumed", "the transfer code was already used; transfer codes are single-use");
  }
  return { token, state: await loadAccountState(deps, account.id) };
}
