// Stage 5 of a request: how the handler runs. A read runs on the plain store. A mutation runs in one
// transaction (server/store/transaction.ts: commit when the handler returns, roll back when it throws),
// with its idempotency record saved in that same transaction when it carries a key. The handler is
// given the dependencies with the store bound to that transaction, so every write it makes joins it.
import type { Request, Response } from "express";
import type { AppDeps, Deps, TxDeps } from "../domain/context.js";
import { invalidRequest, Refusal } from "../domain/errors.js";
import type { TxStore } from "../store/types.js";
import type { Idempotency } from "./idempotency.js";
import type { AuditNote, AuditRecorder } from "./audit.js";

export interface InvokeResult {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
  /** What the audit entry of a change records beyond who, which operation and which path. */
  audit?: AuditNote;
}

/** Calls the handler with the dependencies it runs on: the process's (AppDeps) for a read, a transaction's (TxDeps) for a change. */
export type Invocation = (deps: AppDeps | TxDeps) => Promise<InvokeResult | Refusal>;

export type RunMode = "read" | "mutation" | "idempotent-mutation";

const bind = (deps: Deps, tx: TxStore): TxDeps => ({ ...deps, store: tx });

/** A refusal that had to keep its writes is answered once they committed. */
const settle = (result: InvokeResult | Refusal): InvokeResult => {
  if (result instanceof Refusal) throw result.error;
  return result;
};

/**
 * How an operation's handler runs. `audit`, for a change on an audited surface, writes its audit entry
 * in the change's own transaction, after the handler succeeded: an entry never exists without its
 * effect, nor an effect without its entry, and an idempotent replay (which runs no handler) adds none.
 */
export function runner(mode: RunMode, deps: AppDeps, idempotency: Idempotency, audit?: AuditRecorder) {
  return async (req: Request, res: Response, run: Invocation): Promise<InvokeResult> => {
    if (mode === "read") return settle(await run(deps));
    const invoke = audit ? async (d: TxDeps) => {
      const result = await run(d);
      if (!(result instanceof Refusal)) await audit(req, res, d.store, result);
      return result;
    } : run;
    const key = mode === "idempotent-mutation" ? idempotencyKeyOf(req) : undefined;
    if (typeof key === "string") {
      return settle(await idempotency.run(deps.store, req, res.locals.caller ?? res.locals.member, res.locals.session, key, (tx) => invoke(bind(deps, tx))));
    }
    return settle(await deps.store.transaction((tx) => invoke(bind(deps, tx))));
  };
}

/** The body's `idempotencyKey` or the IETF `Idempotency-Key` header (validated by the spec); both must agree. */
function idempotencyKeyOf(req: Request): string | undefined {
  const inBody = req.body?.idempotencyKey;
  const inHeader = req.get("idempotency-key");
  if (inBody !== undefined && inHeader !== undefined && inBody !== inHeader) {
    throw invalidRequest("the Idempotency-Key header and the body's idempotencyKey differ; send one of them, or the same key in both", {
      field: "idempotencyKey", reason: "idempotency_key_mismatch",
    });
  }
  return inBody ?? inHeader;
}
