import { createAccount, getAccount } from "../../domain/accounts.js";
import { updateProfile } from "../../domain/profiles.js";
import { syncPolicy } from "../../domain/runtimeConfig.js";
import type { OperationAccess, operations } from "../../../generated/sdk.js";
import type { HandlerTable } from "../../http/types.js";
import { accountView, slotView } from "../views.js";

export const accountHandlers: Pick<HandlerTable<operations, OperationAccess>, "createAccount" | "getAccount" | "updateProfile"> = {
  async createAccount({ caller, body }, deps) {
    const { token, state, slot } = await createAccount(deps, caller, body ?? {}); // an absent body reads as {}
    return {
      status: 201,
      body: {
        accountId: state.account.id,
        accountSessionToken: token,
        syncPolicy: syncPolicy(deps, caller),
        account: accountView(state),
        slot: slot ? slotView(slot) : null,
      },
    };
  },

  async getAccount({ session }, deps) {
    return { status: 200, body: accountView(await getAccount(deps, session)) };
  },

  async updateProfile({ session, body }, deps) {
    return { status: 200, body: await updateProfile(deps, session.account, body) };
  },
};
