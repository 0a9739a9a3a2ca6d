import { subscribeAccount } from "../../domain/events.js";
import type { OperationAccess, operations } from "../../../generated/sdk.js";
import type { HandlerTable } from "../../http/types.js";

export const eventHandlers: Pick<HandlerTable<operations, OperationAccess>, "streamAccountEvents"> = {
  async streamAccountEvents({ session, header, client }, deps) {
    return { status: 200, body: await subscribeAccount(deps, session, header["Last-Event-ID"], client.address) };
  },
};
