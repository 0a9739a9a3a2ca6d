import { activateGameConfig, activeGameConfigRecord, listGameConfigs, publishGameConfig } from "../../domain/gameConfig.js";
import type { operations } from "../../../generated/server.js";
import type { HandlerTable } from "../../http/types.js";
import { gameConfigView } from "./views.js";

type GameConfigOps = "publishGameConfig" | "listGameConfigVersions" | "getActiveGameConfig" | "activateGameConfigVersion";

export const gameConfigHandlers: Pick<HandlerTable<operations>, GameConfigOps> = {
  async publishGameConfig({ caller, body }, deps) {
    return { status: 201, body: gameConfigView(await publishGameConfig(deps, caller!.principal.environment, body.config), true, true) };
  },

  async listGameConfigVersions({ caller }, deps) {
    const { activeVersion, versions } = await listGameConfigs(deps, caller!.principal.environment);
    return { status: 200, body: { activeVersion, versions: versions.map((v) => gameConfigView(v.record, v.active, false)) } };
  },

  async getActiveGameConfig({ caller }, deps) {
    return { status: 200, body: gameConfigView(await activeGameConfigRecord(deps, caller!.principal.environment), true, true) };
  },

  async activateGameConfigVersion({ caller, path }, deps) {
    return { status: 200, body: gameConfigView(await activateGameConfig(deps, caller!.principal.environment, path.version), true, true) };
  },
};
