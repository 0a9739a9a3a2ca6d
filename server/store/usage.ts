// The store's area for usage: requests counted per environment, surface, SDK and UTC day.
import { sql } from "kysely";
import type { UsageIncrement } from "./types.js";
import type { AreaMethods } from "./context.js";

export interface UsageReads {
  /** Requests counted on a surface for a workspace in one UTC month (YYYY-MM). */
  monthlyRequests(workspaceId: string, surface: "sdk" | "server", month: string): Promise<number>;
  /** Requests per surface and SDK for an environment, over UTC days [fromDay, toDay]. */
  usageBySdk(environmentId: string, fromDay: string, toDay: string): Promise<Array<{ surface: UsageIncrement["surface"]; sdk: string; requests: number }>>;
}

/** Changes and locks: only on the store a transaction hands out (Store.transaction). */
export interface UsageWrites {
  addUsage(increments: UsageIncrement[]): Promise<void>;
}

export type UsageStore = UsageReads & UsageWrites;

export const usageStore: AreaMethods<UsageStore> = {
  addUsage(increments: UsageIncrement[]) {
    return this.write(async (db) => {
      for (const i of increments) {
        await db.insertInto("usage_daily").values({ environment_id: i.environmentId, day: i.day, surface: i.surface, sdk: i.sdk, requests: i.requests })
          .onConflict((oc) => oc.columns(["environment_id", "day", "surface", "sdk"]).doUpdateSet((eb) => ({ requests: eb("usage_daily.requests", "+", eb.ref("excluded.requests")) })))
          .execute();
      }
    });
  },

  async monthlyRequests(workspaceId: string, surface: UsageIncrement["surface"], month: string) {
    const row = await this.read.selectFrom("usage_daily as u").innerJoin("environments as e", "e.id", "u.environment_id")
      .select(sql<number>`COALESCE(SUM(u.requests), 0)`.as("n"))
      .where("e.workspace_id", "=", workspaceId).where("u.surface", "=", surface).where("u.day", ">=", `${month}-01`).where("u.day", "<", `${month}-32`)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  },

  async usageBySdk(environmentId: string, fromDay: string, toDay: string) {
    return (await this.read.selectFrom("usage_daily").select(["surface", "sdk", sql<number>`SUM(requests)`.as("requests")])
      .where("environment_id", "=", environmentId).where("day", ">=", fromDay).where("day", "<=", toDay)
      .groupBy(["surface", "sdk"]).orderBy("surface").orderBy(sql`SUM(requests)`, "desc").orderBy("sdk")
      .execute()).map((r) => ({ surface: r.surface, sdk: r.sdk, requests: Number(r.requests) }));
  },
};
