// The game-client surface: runtime key on every call, an account session on account routes.
import type { components, paths, SessionPaths } from "../generated/sdk.js";
import { createPersistlyClient, type ClientOptions, type PersistlyClient } from "./core.js";

type Schemas = components["schemas"];

/** Without a session, account routes do not type-check: set one with `withSession`. */
export interface SdkClient<HasSession extends boolean = boolean> extends PersistlyClient<paths, HasSession extends true ? never : SessionPaths> {
  /** This client's session token, if any. */
  readonly session: string | null;
  /** A client for the same key that sends this session (after createAccount or consumeTransferCode). */
  withSession(token: string): SdkClient<true>;
}

export interface SdkClientOptions extends ClientOptions {
  runtimeKey: string;
}

export function createSdkClient(options: SdkClientOptions & { session: string }): SdkClient<true>;
export function createSdkClient(options: SdkClientOptions & { session?: undefined }): SdkClient<false>;
export function createSdkClient(options: SdkClientOptions & { session?: string }): SdkClient {
  const session = options.session ?? null;
  const client = createPersistlyClient<paths>(options, (headers) => {
    headers.set("Authorization", `Bearer ${options.runtimeKey}`);
    if (session) headers.set("X-Persistly-Account-Session", session);
  });
  return {
    ...client,
    session,
    withSession: (token: string) => createSdkClient({ ...options, session: token }),
  } as SdkClient;
}

export type Slot = Schemas["Slot"];
export type SlotInfo = Schemas["SlotInfo"];
/** A save payload: any JSON value. */
export type SlotData = Schemas["SlotData"];
export type ConflictDetails = Schemas["ConflictDetails"];

export interface MergeInput {
  local: ConflictDetails["local"];
  cloud: Slot;
  base: Slot | null;
}

export interface SyncWithMergeOptions {
  accountId: string;
  slotId: string;
  baseVersion: number;
  data: SlotData;
  slotInfo?: SlotInfo;
  /** Three-way merge: return what to write on top of `cloud`. */
  merge: (input: MergeInput) => { data: SlotData; slotInfo?: SlotInfo } | Promise<{ data: SlotData; slotInfo?: SlotInfo }>;
  /** Conflicts resolved before giving up (the last conflict is returned). Default 3. */
  maxMerges?: number;
}

/** Syncs a slot; on 409 `conflict`, merges with the caller's function and retries from `cloud.version`. */
export async function syncWithMerge(client: SdkClient<true>, options: SyncWithMergeOptions) {
  let body: { baseVersion: number; data: SlotData; slotInfo?: SlotInfo } = { baseVersion: options.baseVersion, data: options.data, slotInfo: options.slotInfo };
  for (let merges = 0; ; merges++) {
    const result = await client.POST("/sdk/v1/accounts/{accountId}/slots/{slotId}/sync", {
      params: { path: { accountId: options.accountId, slotId: options.slotId } },
      body,
    });
    if (result.error?.code !== "conflict" || merges >= (options.maxMerges ?? 3)) return result;
    const { local, cloud, base } = result.error.details;
    const merged = await options.merge({ local, cloud, base });
    body = { baseVersion: cloud.version, data: merged.data, slotInfo: merged.slotInfo };
  }
}
