// Plan limits (DESIGN §2). All are configuration: PERSISTLY_PLANS_FILE may override any of them.
export const PLAN_NAMES = ["free", "indie", "studio", "enterprise"] as const;
export type PlanName = (typeof PLAN_NAMES)[number];

export interface PlanLimits {
  maxDataBytes: number;
  maxSlotInfoBytes: number;
  storageBytes: number;
  restoreHistoryHours: number;
  /** null: unlimited. */
  monthlyRuntimeRequests: number | null;
  perMinute: { sdk_read: number; sdk_write: number; server_api: number };
}

const KB = 1024;
const GB = 1024 ** 3;

export const DEFAULT_PLANS: Record<PlanName, PlanLimits> = {
  free: {
    maxDataBytes: 256 * KB, maxSlotInfoBytes: 16 * KB, storageBytes: 1 * GB, restoreHistoryHours: 24,
    monthlyRuntimeRequests: 100_000, perMinute: { sdk_read: 600, sdk_write: 120, server_api: 1_000 },
  },
  indie: {
    maxDataBytes: 512 * KB, maxSlotInfoBytes: 32 * KB, storageBytes: 10 * GB, restoreHistoryHours: 7 * 24,
    monthlyRuntimeRequests: 1_000_000, perMinute: { sdk_read: 6_000, sdk_write: 1_200, server_api: 10_000 },
  },
  studio: {
    maxDataBytes: 1024 * KB, maxSlotInfoBytes: 64 * KB, storageBytes: 100 * GB, restoreHistoryHours: 30 * 24,
    monthlyRuntimeRequests: 10_000_000, perMinute: { sdk_read: 60_000, sdk_write: 12_000, server_api: 100_000 },
  },
  enterprise: {
    maxDataBytes: 2048 * KB, maxSlotInfoBytes: 128 * KB, storageBytes: 500 * GB, restoreHistoryHours: 90 * 24,
    monthlyRuntimeRequests: null, perMinute: { sdk_read: 600_000, sdk_write: 120_000, server_api: 1_000_000 },
  },
};

export const isPlanName = (value: string): value is PlanName => (PLAN_NAMES as readonly string[]).includes(value);
