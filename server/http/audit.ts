// The audit log's writer for the HTTP surfaces: one entry per successful change on `/admin/v1` and
// `/server/v1`, with the actor (member or server key), the operation, the resource (the request's path
// inside its studio) and what the handler adds (before/after, a reason). It never holds a secret: no
// request or response body goes in, only what a handler chooses to note.
import type { Request, Response } from "express";
import type { Caller } from "../domain/context.js";
import type { MemberCaller } from "../domain/members.js";
import type { AuditActor, TxStore } from "../store/types.js";
import type { InvokeResult } from "./transaction.js";

export interface AuditNote {
  before?: unknown;
  after?: unknown;
  reason?: string;
}

export type AuditRecorder = (req: Request, res: Response, store: TxStore, result: InvokeResult) => Promise<void>;

/** `/server/v1/accounts/acc_1/erase` → `accounts/acc_1/erase`; `/admin/v1/studios/<id>/members` → `members`. */
const resourceOf = (path: string) => path.replace(/^\/(?:server|admin|sdk|api)\/v\d+\//, "").replace(/^studios\/[^/]+\/?/, "") || "studio";

export function auditRecorder(action: string, now: () => Date): AuditRecorder {
  return async (req, res, store, result) => {
    const member = res.locals.member as MemberCaller | null;
    const caller = res.locals.caller as Caller | null;
    let actor: AuditActor;
    let workspaceId: string;
    let environmentId: string | null;
    if (member) {
      actor = { kind: "member", id: member.member.id, label: member.member.email };
      if (!req.params.studioId) throw new Error(`${action} changes no studio: run its handler with runAs({ audited: false })`);
      workspaceId = String(req.params.studioId);
      environmentId = req.params.gameId ? String(req.params.gameId) : null;
    } else if (caller) {
      actor = { kind: "server_key", id: caller.principal.key.id, label: caller.principal.key.prefix };
      workspaceId = caller.principal.workspace.id;
      environmentId = caller.principal.environment.id;
    } else {
      return;
    }
    const note = result.audit ?? {};
    await store.appendAudit({
      workspaceId, environmentId, at: now().toISOString(), actor, action, resource: resourceOf(res.locals.canonicalPath ?? req.path),
      before: note.before ?? null, after: note.after ?? null, reason: note.reason ?? null, requestId: String(res.locals.requestId),
    });
  };
}
