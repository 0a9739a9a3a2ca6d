// Stage 2 of a request: admission, once the key is known — the key's rate-limit bucket for the
// surface and method, then the workspace's monthly quota and the request's count in usage.
import type { Admit } from "./authenticate.js";
import type { ConsumeRateLimit } from "./rateLimits.js";
import type { UsageMeter } from "./usageMeter.js";

export type Surface = "sdk" | "server";

export function createAdmission(surface: Surface, consumeRateLimit: ConsumeRateLimit, usage: UsageMeter): Admit {
  return async (op, req, res, caller) => {
    const bucket = surface === "server" ? "server_api" : op.method === "get" ? "sdk_read" : "sdk_write";
    await consumeRateLimit(res, bucket, caller.principal.workspace.plan, caller.principal.key.id);
    await usage.admit(caller.principal, surface, req.get("x-persistly-sdk"));
  };
}
