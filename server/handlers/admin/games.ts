import type { operations } from "../../../generated/admin.js";
import { openStreams } from "../../domain/streamAdmission.js";
import type { HandlerTable } from "../../http/types.js";
import { requireRole, studioFor, studioGameFor } from "../../domain/members.js";
import { createGame, revokeGameKey, setPlan, updateGame } from "../../domain/games.js";
import { issueKey } from "../../domain/operator.js";
import { usageReport } from "../../domain/usage.js";
import { activateGameConfig, listGameConfigs, publishGameConfig } from "../../domain/gameConfig.js";
import { gameConfigView } from "../server/views.js";
import { apiKeyView, gameView, studioSummaryView } from "./views.js";

type GameOps = "setStudioPlan" | "listGames" | "getGameOverview" | "createGame" | "updateGame" | "listApiKeys" | "createApiKey" | "revokeApiKey"
  | "listGameConfigsForGame" | "publishGameConfigForGame" | "activateGameConfigForGame";

const CONFIGURE = { role: "admin" as const, what: "configure games" };

export const gameHandlers: Pick<HandlerTable<operations>, GameOps> = {
  async setStudioPlan({ member, path, body }, deps) {
    const { workspace, role } = await studioFor(deps, member!, path.studioId);
    requireRole(role, "owner", "change the plan");
    const after = await setPlan(deps, workspace, body.plan);
    return { status: 200, body: studioSummaryView({ workspace: after, role }), audit: { before: { plan: workspace.plan }, after: { plan: after.plan } } };
  },

  async listGames({ member, path }, deps) {
    const { workspace } = await studioFor(deps, member!, path.studioId);
    return { status: 200, body: { games: (await deps.store.listEnvironments(workspace.id)).map(gameView) } };
  },

  async getGameOverview({ member, path }, deps) {
    const { workspace, game } = await studioGameFor(deps, member!, path.studioId, path.gameId);
    return { status: 200, body: { ...(await usageReport(deps, { workspace, environment: game })), openStreams: openStreams(deps, game.id) } };
  },

  async createGame({ member, path, body }, deps) {
    const { workspace, role } = await studioFor(deps, member!, path.studioId);
    requireRole(role, CONFIGURE.role, CONFIGURE.what);
    const game = await createGame(deps, workspace, body.name);
    return { status: 201, body: gameView(game), audit: { after: { gameId: game.id, name: game.name } } };
  },

  async updateGame({ member, path, body }, deps) {
    const { game } = await studioGameFor(deps, member!, path.studioId, path.gameId, CONFIGURE);
    const changed = await updateGame(deps, game, body);
    return { status: 200, body: gameView(changed.game), audit: { before: changed.before, after: changed.after } };
  },

  async listApiKeys({ member, path }, deps) {
    const { game } = await studioGameFor(deps, member!, path.studioId, path.gameId);
    return { status: 200, body: { keys: (await deps.store.listApiKeys(game.id)).map(apiKeyView) } };
  },

  async createApiKey({ member, path, body }, deps) {
    const { game } = await studioGameFor(deps, member!, path.studioId, path.gameId, CONFIGURE);
    const { key, record } = await issueKey(deps.store, game, body.kind);
    return { status: 201, body: { key, apiKey: apiKeyView(record) }, audit: { after: { keyId: record.id, kind: record.kind, prefix: record.prefix } } };
  },

  async revokeApiKey({ member, path }, deps) {
    const { game } = await studioGameFor(deps, member!, path.studioId, path.gameId, CONFIGURE);
    const key = await revokeGameKey(deps, game, path.keyId);
    return { status: 200, body: apiKeyView(key), audit: { after: { keyId: key.id, prefix: key.prefix, revokedAt: key.revokedAt } } };
  },

  async listGameConfigsForGame({ member, path }, deps) {
    const { game } = await studioGameFor(deps, member!, path.studioId, path.gameId);
    const { activeVersion, versions } = await listGameConfigs(deps, game);
    return { status: 200, body: { activeVersion, versions: versions.map((v) => gameConfigView(v.record, v.active, false)) } };
  },

  async publishGameConfigForGame({ member, path, body }, deps) {
    const { game } = await studioGameFor(deps, member!, path.studioId, path.gameId, CONFIGURE);
    const published = await publishGameConfig(deps, game, body.config);
    return { status: 201, body: gameConfigView(published, true, true), audit: { before: { activeVersion: game.activeGameConfigVersion }, after: { activeVersion: published.version } } };
  },

  async activateGameConfigForGame({ member, path }, deps) {
    const { game } = await studioGameFor(deps, member!, path.studioId, path.gameId, CONFIGURE);
    const active = await activateGameConfig(deps, game, path.version);
    return { status: 200, body: gameConfigView(active, true, true), audit: { before: { activeVersion: game.activeGameConfigVersion }, after: { activeVersion: active.version } } };
  },
};
