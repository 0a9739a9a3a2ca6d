// Stage 2 of a request: admission, once the key is known — the key's rate-limit bucket for the
// surface and method, then the workspace's monthly quota and the request's count in usage; on the
// operator surface, the member session's `admin` bucket.
import type { Admit } from "./authenticate.js";
import type { ConsumeRateLimit } from "./rateLimits.js";
import type { UsageMeter } from "./usageMeter.js";
import type { Caller } from "../domain/context.js";
import type { MemberCaller } from "../domain/members.js";

export type Surface = "sdk" | "server";

export function createAdmission(surface: Surface, consumeRateLimit: ConsumeRateLimit, usage: UsageMeter): Admit {
  return async (op, req, res, who) => {
    const caller = who as Caller;
    const bucket = surface === "server" ? "server_api" : op.method === "get" ? "sdk_read" : "sdk_write";
    await consumeRateLimit(res, bucket, caller.principal.workspace.plan, caller.principal.key.id);
    await usage.admit(caller.principal, surface, req.get("x-persistly-sdk"));
  };
}

/** The operator surface: the `admin` bucket per member session; operators' requests are not metered. */
export function createAdminAdmission(consumeRateLimit: ConsumeRateLimit): Admit {
  return async (_op, _req, res, who) => {
    await consumeRateLimit(res, "admin", "free", (who as MemberCaller).session.id);
  };
}
