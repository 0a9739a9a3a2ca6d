import { consumeTransferCode, createTransferCode } from "../../domain/transferCodes.js";
import { Refusal } from "../../domain/errors.js";
import { syncPolicy } from "../../domain/runtimeConfig.js";
import type { OperationAccess, operations } from "../../../generated/sdk.js";
import type { HandlerTable } from "../../http/types.js";
import { accountView } from "../views.js";

export const transferCodeHandlers: Pick<HandlerTable<operations, OperationAccess>, "createTransferCode" | "consumeTransferCode"> = {
  async createTransferCode({ session, body }, deps) {
    const { code, record } = await createTransferCode(deps, session, body ?? {});
    return { status: 201, body: { code, accountId: record.accountId, createdAt: record.createdAt, expiresAt: record.expiresAt } };
  },

  async consumeTransferCode({ caller, body, client }, deps) {
    const redeemed = await consumeTransferCode(deps, caller, body.code, client.address);
    if (redeemed instanceof Refusal) return redeemed;
    const { token, state } = redeemed;
    return {
      status: 200,
      body: { accountId: state.account.id, accountSessionToken: token, syncPolicy: syncPolicy(deps, caller), account: accountView(state) },
    };
  },
};
