// The official TypeScript/JavaScript client for Persistly (Node 20+ and browsers; fetch only).
export { createSdkClient, syncWithMerge, type SdkClient, type SdkClientOptions, type MergeInput, type SyncWithMergeOptions, type Slot, type SlotData, type SlotInfo } from "./sdk.js";
export { quickJoin, type Lobby, type LobbyForming, type QuickJoinOptions } from "./lobbies.js";
export { createServerClient, type ServerClient, type ServerClientOptions } from "./server.js";
export { createAdminClient, type AdminClient, type AdminClientOptions } from "./admin.js";
export { leaderboardLive, liveEvents, LiveEventsError, type AccountEvent, type LeaderboardEvent, type LeaderboardLiveOptions, type LiveEvents, type LiveEventsOptions } from "./events.js";
export type { ClientOptions, RetryOptions, PersistlyResult, UnexpectedResponseError } from "./core.js";
export type { ResponseMeta, RateLimitState, DeprecationInfo } from "./meta.js";
export { CLIENT_NAME, CLIENT_VERSION } from "./version.js";
