import type { OperationAccess, operations } from "../../../generated/admin.js";
import { openStreams } from "../../domain/streamAdmission.js";
import type { HandlerTable } from "../../http/types.js";
import { createGame, revokeGameKey, setPlan, updateGame } from "../../domain/games.js";
import { issueKey } from "../../domain/operator.js";
import { usageReport } from "../../domain/usage.js";
import { activateGameConfig, listGameConfigs, publishGameConfig } from "../../domain/gameConfig.js";
import { gameConfigView } from "../server/views.js";
import { apiKeyView, gameView, studioSummaryView } from "./views.js";

type GameOps = "setStudioPlan" | "listGames" | "getGameOverview" | "createGame" | "updateGame" | "listApiKeys" | "createApiKey" | "revokeApiKey"
  | "listGameConfigsForGame" | "publishGameConfigForGame" | "activateGameConfigForGame";

export const gameHandlers: Pick<HandlerTable<operations, OperationAccess>, GameOps> = {
  async setStudioPlan({ studio, body }, deps) {
    const { workspace, role } = studio;
    const after = await setPlan(deps, workspace, body.plan);
    return { status: 200, body: studioSummaryView({ workspace: after, role }), audit: { before: { plan: workspace.plan }, after: { plan: after.plan } } };
  },

  async listGames({ studio }, deps) {
    const { workspace } = studio;
    return { status: 200, body: { games: (await deps.store.listEnvironments(workspace.id)).map(gameView) } };
  },

  async getGameOverview({ studio }, deps) {
    const { workspace, game } = studio;
    return { status: 200, body: { ...(await usageReport(deps, { workspace, environment: game })), openStreams: openStreams(deps, game.id) } };
  },

  async createGame({ studio, body }, deps) {
    const { workspace } = studio;
    const game = await createGame(deps, workspace, body.name);
    return { status: 201, body: gameView(game), audit: { after: { gameId: game.id, name: game.name } } };
  },

  async updateGame({ studio, body }, deps) {
    const { game } = studio;
    const changed = await updateGame(deps, game, body);
    return { status: 200, body: gameView(changed.game), audit: { before: changed.before, after: changed.after } };
  },

  async listApiKeys({ studio }, deps) {
    const { game } = studio;
    return { status: 200, body: { keys: (await deps.store.listApiKeys(game.id)).map(apiKeyView) } };
  },

  async createApiKey({ studio, body }, deps) {
    const { game } = studio;
    const { key, record } = await issueKey(deps.store, game, body.kind, deps.random, deps.now());
    return { status: 201, body: { key, apiKey: apiKeyView(record) }, audit: { after: { keyId: record.id, kind: record.kind, prefix: record.prefix } } };
  },

  async revokeApiKey({ studio, path }, deps) {
    const { game } = studio;
    const key = await revokeGameKey(deps, game, path.keyId);
    return { status: 200, body: apiKeyView(key), audit: { after: { keyId: key.id, prefix: key.prefix, revokedAt: key.revokedAt } } };
  },

  async listGameConfigsForGame({ studio }, deps) {
    const { game } = studio;
    const { activeVersion, versions } = await listGameConfigs(deps, game);
    return { status: 200, body: { activeVersion, versions: versions.map((v) => gameConfigView(v.record, v.active, false)) } };
  },

  async publishGameConfigForGame({ studio, body }, deps) {
    const { game } = studio;
    const published = await publishGameConfig(deps, game, body.config);
    return { status: 201, body: gameConfigView(published, true, true), audit: { before: { activeVersion: game.activeGameConfigVersion }, after: { activeVersion: published.version } } };
  },

  async activateGameConfigForGame({ studio, path }, deps) {
    const { game } = studio;
    const active = await activateGameConfig(deps, game, path.version);
    return { status: 200, body: gameConfigView(active, true, true), audit: { before: { activeVersion: game.activeGameConfigVersion }, after: { activeVersion: active.version } } };
  },
};
