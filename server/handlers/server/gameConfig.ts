import { activateGameConfig, activeGameConfigRecord, listGameConfigs, publishGameConfig } from "../../domain/gameConfig.js";
import type { OperationAccess, operations } from "../../../generated/server.js";
import type { HandlerTable } from "../../http/types.js";
import { gameConfigView } from "./views.js";

type GameConfigOps = "publishGameConfig" | "listGameConfigVersions" | "getActiveGameConfig" | "activateGameConfigVersion";

export const gameConfigHandlers: Pick<HandlerTable<operations, OperationAccess>, GameConfigOps> = {
  async publishGameConfig({ caller, body }, deps) {
    const environment = caller.principal.environment;
    const published = await publishGameConfig(deps, environment, body.config);
    return { status: 201, body: gameConfigView(published, true, true), audit: { before: { activeVersion: environment.activeGameConfigVersion }, after: { activeVersion: published.version } } };
  },

  async listGameConfigVersions({ caller }, deps) {
    const { activeVersion, versions } = await listGameConfigs(deps, caller.principal.environment);
    return { status: 200, body: { activeVersion, versions: versions.map((v) => gameConfigView(v.record, v.active, false)) } };
  },

  async getActiveGameConfig({ caller }, deps) {
    return { status: 200, body: gameConfigView(await activeGameConfigRecord(deps, caller.principal.environment), true, true) };
  },

  async activateGameConfigVersion({ caller, path }, deps) {
    const environment = caller.principal.environment;
    const active = await activateGameConfig(deps, environment, path.version);
    return { status: 200, body: gameConfigView(active, true, true), audit: { before: { activeVersion: environment.activeGameConfigVersion }, after: { activeVersion: active.version } } };
  },
};
