// Idempotency keys (conventions §Idempotency): a retried request with the same key and body gets the
// stored response, byte for byte, with no second effect. The record is saved in the same transaction as
// the effect. Responses can hold secrets (a new session token), so they are stored encrypted under a key
// derived from the idempotency key, which only the client holds; the store keeps just its hash.
import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from "node:crypto";
import canonicalize from "canonicalize";
import type { Request } from "express";
import { ApiError, invalidRequest, Refusal } from "../domain/errors.js";
import type { MemberCaller } from "../domain/members.js";
import type { Caller, SessionCaller } from "../domain/context.js";
import type { Store, TxStore } from "../store/types.js";
import type { Redis } from "ioredis";

export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60_000;

/**
 * Idempotency keys anyone can read: the specs' examples (which Swagger try-it, Bruno and Postman's
 * converter send as they are) and the docs pages' (`docs-example-…`). On the runtime key, the key is
 * the only thing that tells one caller's retry from another caller, so a published one would hand the
 * first caller's answer, session token included, to the second: they are refused. Made once, from the
 * specs the app serves.
 */
export function publishedExampleKeys(specs: object[]): (key: string) => boolean {
  const published = specs.map(keysOf);
  return (key) => published.some((keys) => keys.has(key)) || DOCS_PAGE_KEY.test(key);
}

// A spec's keys are found once per process, however many apps serve it (tests start many).
const found = new WeakMap<object, Set<string>>();
const keysOf = (spec: object) => found.get(spec) ?? found.set(spec, new Set(exampleKeys(spec))).get(spec)!;

/** The docs pages' keys as printed (`persistly contract verify` sends its own in their place). */
const DOCS_PAGE_KEY = /^docs-example-\d{4}-0{12}$/;

/** Every value a spec shows for an idempotency key: `idempotencyKey` in examples, and the key's schema and header examples. */
function exampleKeys(node: unknown, underKey = false): string[] {
  if (typeof node === "string") return underKey ? [node] : [];
  if (Array.isArray(node)) return node.flatMap((item) => exampleKeys(item, underKey));
  if (!node || typeof node !== "object") return [];
  const record = node as Record<string, unknown>;
  const isKeyDefinition = record.name === "Idempotency-Key" || (typeof record.pattern === "string" && String(record.description ?? "").includes("dempotency"));
  return Object.entries(record).flatMap(([name, value]) =>
    exampleKeys(value, name === "idempotencyKey" || ((name === "example" || name === "examples") && (underKey || isKeyDefinition))));
}

const publishedKeyRefused = () =>
  invalidRequest("this idempotencyKey is one published in Persistly's examples, which anyone may send; generate a random key (a UUID) for each operation", {
    field: "idempotencyKey", reason: "published_example_key",
  });

import type { InvokeResult } from "./transaction.js";

interface StoredResponse {
  status: number;
  body: unknown;
  headers: Record<string, string>;
}

const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest();
const cipherKey = (idempotencyKey: string, scope: string) =>
  Buffer.from(hkdfSync("sha256", idempotencyKey, scope, "persistly idempotent response", 32));

function seal(response: StoredResponse, idempotencyKey: string, scope: string): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", cipherKey(idempotencyKey, scope), iv);
  const text = Buffer.concat([cipher.update(JSON.stringify(response), "utf8"), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), text]);
}

function unseal(sealed: Buffer, idempotencyKey: string, scope: string): StoredResponse {
  const decipher = createDecipheriv("aes-256-gcm", cipherKey(idempotencyKey, scope), sealed.subarray(0, 12));
  decipher.setAuthTag(sealed.subarray(12, 28));
  return JSON.parse(Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]).toString("utf8"));
}

/** Locks on the keys of requests running right now: in this process, and in Redis across processes. */
function createInFlightLocks(redis: Redis | undefined) {
  const local = new Set<string>();
  return {
    async acquire(name: string): Promise<boolean> {
      if (local.has(name)) return false;
      local.add(name);
      // The expiry frees the key of a process that died holding it. With Redis unreachable the lock is
      // per process only; the record's save then decides which of two racing effects commits.
      if (redis && (await redis.set(`persistly:idem:${name}`, "1", "PX", IN_FLIGHT_LOCK_MS, "NX").catch(() => "OK")) !== "OK") {
        local.delete(name);
        return false;
      }
      return true;
    },
    async release(name: string) {
      local.delete(name);
      if (redis) await redis.del(`persistly:idem:${name}`).catch(() => {});
    },
  };
}

const IN_FLIGHT_LOCK_MS = 60_000;

/** Thrown inside the transaction to roll its effect back when another process saved the same key first. */
class LostRace extends Error {}

/** `published`: the keys refused as published (publishedExampleKeys); none for the docs scenario, whose pages publish the keys they send. */
export function createIdempotency(now: () => Date, redis?: Redis, published: (key: string) => boolean = () => false) {
  // A second request with the key of one still running is 409 in progress.
  const inFlight = createInFlightLocks(redis);

  /** Runs `work` in one transaction with the key's record, or replays the record a first run saved. */
  async function run(
    store: Store, req: Request, caller: Caller | MemberCaller, session: SessionCaller | null, idempotencyKey: string,
    work: (tx: TxStore) => Promise<InvokeResult | Refusal>,
  ): Promise<InvokeResult | Refusal> {
    if (published(idempotencyKey)) throw publishedKeyRefused();
    // The fingerprint is of the request without its key (an operation without a body has none).
    const { idempotencyKey: _, ...request } = (req.body ?? {}) as { idempotencyKey?: string };
    // Scoped to the environment, the key, and the account where there is one: the session's, or on the
    // server surface (no session) the account the path names.
    // An operator's keys are scoped to the member and the studio the path names.
    const account = session?.account.id ?? (typeof req.params.accountId === "string" ? req.params.accountId : "-");
    const scope = "member" in caller
      ? ["member", caller.member.id, String(req.params.studioId ?? "-")].join(":")
      : [caller.principal.environment.id, caller.principal.key.id, account].join(":");
    const keyHash = sha256(`${scope}\n${idempotencyKey}`);
    const path = (req.res?.locals.canonicalPath as string | undefined) ?? req.path;
    const fingerprint = sha256(`${req.method} ${path}\n${canonicalize(request)}`);
    const replay = (record: { fingerprint: Buffer; sealed: Buffer }): InvokeResult => {
      if (!record.fingerprint.equals(fingerprint)) {
        throw new ApiError(409, "idempotency_conflict", "this idempotencyKey was already used with a different request");
      }
      const stored = unseal(record.sealed, idempotencyKey, scope);
      return { ...stored, headers: { ...stored.headers, "Idempotent-Replay": "true" } };
    };

    const at = now();
    const existing = await store.findIdempotencyRecord(keyHash, at.toISOString());
    if (existing) return replay(existing);
    const lockName = keyHash.toString("hex");
    if (!(await inFlight.acquire(lockName))) {
      throw new ApiError(409, "idempotency_in_progress", "a request with this idempotencyKey is still in progress");
    }
    try {
      return await store.transaction(async (tx) => {
        // Another process may have committed the same key since the lookup above.
        const raced = await tx.findIdempotencyRecord(keyHash, at.toISOString());
        if (raced) return replay(raced);
        const result = await work(tx);
        // Only answers are kept: a refusal changed nothing worth replaying and can be retried as is.
        if (!(result instanceof Refusal) && result.status < 300) {
          const response = { status: result.status, body: result.body, headers: result.headers ?? {} };
          const saved = await tx.saveIdempotencyRecord(
            {
              keyHash, fingerprint, status: result.status, sealed: seal(response, idempotencyKey, scope),
              createdAt: at.toISOString(), expiresAt: new Date(at.getTime() + IDEMPOTENCY_TTL_MS).toISOString(),
            },
            at.toISOString(),
          );
          if (!saved) throw new LostRace();
        }
        return result;
      });
    } catch (error) {
      if (!(error instanceof LostRace)) throw error;
      // Another process committed this key while the effect ran (its lock was not shared: Redis was
      // unreachable, or the store lets both run, as PostgreSQL's READ COMMITTED does): this effect was
      // rolled back, and the request gets the winner's answer.
      const winner = await store.findIdempotencyRecord(keyHash, at.toISOString());
      if (winner) return replay(winner);
      throw new ApiError(409, "idempotency_in_progress", "a request with this idempotencyKey is still in progress");
    } finally {
      await inFlight.release(lockName);
    }
  }

  return { run };
}

export type Idempotency = ReturnType<typeof createIdempotency>;
