import { describe, expect, it } from "vitest";
import { buildDeps, createApp, loadSdkSpec } from "../server/app.js";
import { openSqliteStore } from "../server/store/sqlite.js";
import { specOperations } from "../server/http/mount.js";
import { sdkHandlers } from "../server/handlers/index.js";

const store = () => openSqliteStore({ path: ":memory:" });

describe("the server is mounted from the spec", () => {
  it("serves exactly the spec's operations, each with a handler", () => {
    const ids = specOperations(loadSdkSpec()).map((o) => o.operationId).sort();
    const handlers = Object.keys(sdkHandlers(buildDeps({ store: store() }))).sort();
    expect(ids).toEqual(handlers);
    expect(ids).toEqual(["checkHealth", "consumeTransferCode", "createAccount", "createSlot", "createTransferCode", "getAccount", "getRuntimeConfig", "getSlot", "syncSlot"]);
  });

  it("refuses to start when an operation has no handler", async () => {
    const spec = loadSdkSpec() as any;
    spec.paths["/sdk/v1/leaderboards"] = { get: { ...spec.paths["/sdk/v1/runtime-config"].get, operationId: "listLeaderboards", parameters: [] } };
    await expect(createApp({ store: store(), sdkSpec: spec })).rejects.toThrow(/operation listLeaderboards has no handler/);
  });

  it("refuses to start when a handler has no operation", async () => {
    const spec = loadSdkSpec() as any;
    delete spec.paths["/sdk/v1/runtime-config"];
    await expect(createApp({ store: store(), sdkSpec: spec })).rejects.toThrow(/handler getRuntimeConfig has no operation/);
  });

  it("refuses to start on a spec that is not valid OpenAPI, instead of failing on the first request", async () => {
    const spec = loadSdkSpec() as any;
    delete spec.paths["/healthz"].get.responses["200"].description;
    await expect(createApp({ store: store(), sdkSpec: spec })).rejects.toThrow(/openapi.sdk.json is not a valid OpenAPI document: \/paths\/~1healthz\/get\/responses\/200 must have required property 'description'/);
  });

  it("refuses to start on a spec with a broken $ref", async () => {
    const spec = loadSdkSpec() as any;
    spec.paths["/healthz"].get.responses["500"] = { $ref: "#/components/responses/NoSuchResponse" };
    await expect(createApp({ store: store(), sdkSpec: spec })).rejects.toThrow(/cannot be loaded/);
  });

  it("refuses to start when a security scheme has no check", async () => {
    const spec = loadSdkSpec() as any;
    spec.components.securitySchemes.apiToken = { type: "apiKey", in: "header", name: "X-Token" };
    await expect(createApp({ store: store(), sdkSpec: spec })).rejects.toThrow(/no check for security schemes apiToken/);
  });
});
