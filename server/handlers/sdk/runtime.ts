import { activeGameConfig, syncPolicy } from "../../domain/runtimeConfig.js";
import type { OperationAccess, operations } from "../../../generated/sdk.js";
import type { HandlerTable } from "../../http/types.js";
import { catalogForClient } from "../../domain/catalog.js";

export const runtimeHandlers: Pick<HandlerTable<operations, OperationAccess>, "getRuntimeConfig" | "getCatalog"> = {
  async getCatalog({ caller, query }, deps) {
    return { status: 200, body: await catalogForClient(deps, caller.principal.environment, query.catalogVersion) };
  },

  async getRuntimeConfig({ caller, query }, deps) {
    return {
      status: 200,
      body: { syncPolicy: syncPolicy(deps, caller), gameConfig: await activeGameConfig(deps, caller, query.gameConfigVersion) },
    };
  },
};
