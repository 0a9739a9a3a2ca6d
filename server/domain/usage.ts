// The usage report of the trusted surface: this month's runtime requests against the quota, storage
// against the limit, requests per SDK, and counts.
import type { Deps } from "./context.js";
import type { EnvironmentRecord, WorkspaceRecord } from "../store/types.js";

/** This month's requests, storage, SDKs and counts of an environment (a game) and its workspace (the studio). */
export async function usageReport(deps: Pick<Deps, "store" | "plans" | "now" | "usage">, principal: { workspace: WorkspaceRecord; environment: EnvironmentRecord }) {
  // Counts still in the meter's memory are written first, so the report includes this very request.
  await deps.usage.flush();
  const month = deps.now().toISOString().slice(0, 7);
  const plan = deps.plans[principal.workspace.plan];
  const [used, sdks, usedBytes, counts] = await Promise.all([
    deps.store.monthlyRequests(principal.workspace.id, "sdk", month),
    deps.store.usageBySdk(principal.environment.id, `${month}-01`, `${month}-31`),
    deps.store.storageBytes(principal.workspace.id),
    deps.store.countAccounts(principal.environment.id),
  ]);
  return {
    month,
    plan: principal.workspace.plan,
    runtimeRequests: { used, quota: plan.monthlyRuntimeRequests },
    storage: { usedBytes, limitBytes: plan.storageBytes },
    sdks: [...sdks].sort((a, b) => b.requests - a.requests),
    accounts: counts.accounts,
    slots: counts.slots,
  };
}
