// The store's area for game configs: immutable versions per environment, one of them active.
import { sql } from "kysely";
import { gameConfig } from "./rows.js";
import { changed, hot } from "./statements.js";
import type { GameConfigRecord } from "./types.js";
import type { AreaMethods } from "./context.js";

export interface GameConfigReads {
  listGameConfigs(environmentId: string): Promise<GameConfigRecord[]>;
  getGameConfig(environmentId: string, version: number): Promise<GameConfigRecord | null>;
  getActiveGameConfig(environmentId: string): Promise<GameConfigRecord | null>;
}

/** Changes and locks: only on the store a transaction hands out (Store.transaction). */
export interface GameConfigWrites {
  publishGameConfig(environmentId: string, config: string, now: string): Promise<GameConfigRecord>;
  activateGameConfig(environmentId: string, version: number): Promise<boolean>;
}

export type GameConfigStore = GameConfigReads & GameConfigWrites;

export const gameConfigStore: AreaMethods<GameConfigStore> = {
  publishGameConfig(environmentId: string, config: string, now: string): Promise<GameConfigRecord> {
    return this.writePrincipals(async (db) => {
      await this.lock(db, "environments", environmentId);
      const { v } = await db.selectFrom("game_configs").select(sql<number>`COALESCE(MAX(version), 0)`.as("v")).where("environment_id", "=", environmentId).executeTakeFirstOrThrow();
      const version = Number(v) + 1;
      await db.insertInto("game_configs").values({ environment_id: environmentId, version, config, published_at: now }).execute();
      await db.updateTable("environments").set({ active_game_config_version: version }).where("id", "=", environmentId).execute();
      return { version, config, publishedAt: now };
    });
  },

  async listGameConfigs(environmentId: string) {
    return (await this.read.selectFrom("game_configs").selectAll().where("environment_id", "=", environmentId).orderBy("version", "desc").execute()).map(gameConfig);
  },

  async getGameConfig(environmentId: string, version: number) {
    const row = await this.read.selectFrom("game_configs").selectAll().where("environment_id", "=", environmentId).where("version", "=", version).executeTakeFirst();
    return row ? gameConfig(row) : null;
  },

  activateGameConfig(environmentId: string, version: number) {
    return this.writePrincipals(async (db) =>
      changed(await db.updateTable("environments").set({ active_game_config_version: version }).where("id", "=", environmentId)
        .where((eb) => eb.exists(eb.selectFrom("game_configs").select("version").where("environment_id", "=", environmentId).where("version", "=", version)))
        .executeTakeFirst()) === 1);
  },

  async getActiveGameConfig(environmentId: string) {
    const row = (await hot.activeConfig(this.engine, this.read, { environmentId })).rows[0];
    return row ? gameConfig(row) : null;
  },
};
