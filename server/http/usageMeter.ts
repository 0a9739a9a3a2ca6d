// Request metering, part of admitting a request: counts per environment, surface, SDK and UTC day
// (kept in the store), and the workspace's monthly runtime quota (counted by a QuotaCounter, shared by
// the processes that share state). Counts are kept in memory and flushed every few seconds, so the hot
// path never waits on a write; a flush also happens on shutdown.
import { ApiError } from "../domain/errors.js";
import type { PlanLimits, PlanName } from "../domain/plans.js";
import type { KeyPrincipal, Store, UsageIncrement } from "../store/types.js";
import { localQuotaCounter, type QuotaCounter } from "../shared/quota.js";

/** Distinct `X-Persistly-SDK` labels one environment records in a UTC day; past it, `(other)`. */
export const MAX_SDK_LABELS_PER_DAY = 50;
const SDK_HEADER = /^[A-Za-z0-9@._~+-]+(\/[A-Za-z0-9@._~+-]+)*\/[A-Za-z0-9._+-]+$/;

/** `X-Persistly-SDK` as recorded: `name/version`, or `(none)` / `(malformed)` — never a reason to refuse. */
export function sdkLabel(header: string | undefined | null): string {
  if (!header) return "(none)";
  return header.length <= 100 && SDK_HEADER.test(header) ? header : "(malformed)";
}

export type Surface = UsageIncrement["surface"];

export function createUsageMeter(
  store: Store, plans: Record<PlanName, PlanLimits>, now: () => Date, quota: QuotaCounter = localQuotaCounter(), flushEveryMs = 2000,
) {
  const pending = new Map<string, UsageIncrement>();

  async function flush() {
    if (pending.size === 0) return;
    const batch = [...pending.values()];
    pending.clear();
    try {
      await store.transaction((tx) => tx.addUsage(batch));
    } catch (error) {
      for (const item of batch) record(item);
      throw error;
    }
  }

  function record(item: UsageIncrement) {
    const key = `${item.environmentId}|${item.day}|${item.surface}|${item.sdk}`;
    const entry = pending.get(key);
    if (entry) entry.requests += item.requests;
    else pending.set(key, { ...item });
  }

  // A caller chooses its SDK header: the labels one environment records in a day are bounded (their rows
  // in the store, and this memory), the rest counted together as `(other)`.
  const labelsSeen = new Map<string, Set<string>>();
  function boundedLabel(environmentId: string, day: string, label: string) {
    const key = `${environmentId}|${day}`;
    let seen = labelsSeen.get(key);
    if (!seen) {
      for (const old of labelsSeen.keys()) if (!old.endsWith(day)) labelsSeen.delete(old); // a new day: forget the last
      labelsSeen.set(key, (seen = new Set()));
    }
    if (seen.has(label)) return label;
    if (seen.size >= MAX_SDK_LABELS_PER_DAY) return "(other)";
    seen.add(label);
    return label;
  }

  const timer = setInterval(() => void flush().then(() => quota.refresh()).catch(() => undefined), flushEveryMs);
  timer.unref();

  return {
    /** Counts one request; on the SDK surface, refuses it with 402 once the month's quota is spent. */
    async admit(principal: KeyPrincipal, surface: Surface, sdk: string | undefined | null): Promise<void> {
      const day = now().toISOString().slice(0, 10);
      if (surface === "sdk") {
        const month = day.slice(0, 7);
        const limit = plans[principal.workspace.plan].monthlyRuntimeRequests;
        const workspaceId = principal.workspace.id;
        if (limit !== null && !(await quota.take(`${workspaceId}:${month}`, limit, () => store.monthlyRequests(workspaceId, "sdk", month)))) {
          throw new ApiError(402, "monthly_quota_exceeded", `the workspace has used its ${limit} runtime requests for ${month}`, { quota: limit, month });
        }
      }
      record({ environmentId: principal.environment.id, day, surface, sdk: boundedLabel(principal.environment.id, day, sdkLabel(sdk)), requests: 1 });
    },
    flush,
    async stop() {
      clearInterval(timer);
      await flush();
    },
  };
}

export type UsageMeter = ReturnType<typeof createUsageMeter>;
