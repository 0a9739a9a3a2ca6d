import { consumeTransferCode, createTransferCode } from "../../domain/transferCodes.js";
import { syncPolicy } from "../../domain/runtimeConfig.js";
import type { Deps } from "../../domain/context.js";
import type { operations } from "../../../generated/sdk.js";
import type { HandlerTable } from "../../http/types.js";
import { accountView } from "../views.js";

export const transferCodeHandlers = (deps: Deps): Pick<HandlerTable<operations>, "createTransferCode" | "consumeTransferCode"> => ({
  async createTransferCode({ session, body }) {
    const { code, record } = await createTransferCode(deps, session!, body);
    return { status: 201, body: { code, accountId: record.accountId, createdAt: record.createdAt, expiresAt: record.expiresAt } };
  },

  async consumeTransferCode({ caller, body, client }) {
    const { token, state } = await consumeTransferCode(deps, caller!, body.code, client.address);
    return {
      status: 200,
      body: { accountId: state.account.id, accountSessionToken: token, syncPolicy: syncPolicy(deps, caller!), account: accountView(state) },
    };
  },
});
