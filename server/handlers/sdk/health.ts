import { readFileSync } from "node:fs";
import { projectFile } from "../../paths.js";
import { ApiError } from "../../domain/errors.js";
import type { OperationAccess, operations } from "../../../generated/sdk.js";
import type { HandlerTable } from "../../http/types.js";

/** The server release (package.json); the specs' `info.version` is the API contract's (CHANGELOG.md). */
export const SERVER_VERSION: string = JSON.parse(readFileSync(projectFile("package.json"), "utf8")).version;

export const healthHandlers: Pick<HandlerTable<operations, OperationAccess>, "checkHealth"> = {
  async checkHealth(_input, deps) {
    if (deps.lifecycle.draining) throw new ApiError(503, "unavailable", "the server is shutting down");
    const up = await deps.store.ping().catch(() => false);
    if (!up) throw new ApiError(503, "unavailable", "the database is not reachable");
    return { status: 200, body: { status: "ok", version: SERVER_VERSION, time: deps.now().toISOString() } };
  },
};
