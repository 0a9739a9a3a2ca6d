// The trusted backend's surface: the server key on every call.
import type { paths } from "../generated/server.js";
import { createPersistlyClient, type ClientOptions, type PersistlyClient } from "./core.js";

export type ServerClient = PersistlyClient<paths>;

export interface ServerClientOptions extends ClientOptions {
  serverKey: string;
}

export function createServerClient(options: ServerClientOptions): ServerClient {
  return createPersistlyClient<paths>(options, (headers) => headers.set("Authorization", `Bearer ${options.serverKey}`));
}
