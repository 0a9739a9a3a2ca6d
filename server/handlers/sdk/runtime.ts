import { activeGameConfig, syncPolicy } from "../../domain/runtimeConfig.js";
import type { operations } from "../../../generated/sdk.js";
import type { HandlerTable } from "../../http/types.js";

export const runtimeHandlers: Pick<HandlerTable<operations>, "getRuntimeConfig"> = {
  async getRuntimeConfig({ caller, query }, deps) {
    return {
      status: 200,
      body: { syncPolicy: syncPolicy(deps, caller!), gameConfig: await activeGameConfig(deps, caller!, query.gameConfigVersion) },
    };
  },
};
