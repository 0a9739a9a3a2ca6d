import { subscribeAccount } from "../../domain/events.js";
import type { Deps } from "../../domain/context.js";
import type { operations } from "../../../generated/sdk.js";
import type { HandlerTable } from "../../http/types.js";

export const eventHandlers = (deps: Deps): Pick<HandlerTable<operations>, "streamAccountEvents"> => ({
  async streamAccountEvents({ session, header }) {
    return { status: 200, body: subscribeAccount(deps, session!, header["Last-Event-ID"]) };
  },
});
