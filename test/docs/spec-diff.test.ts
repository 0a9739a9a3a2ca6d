// The breaking-change gate (scripts/spec-diff.mjs), run on copies of the specs: what it lets through
// within v1 and what it stops.
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const SCRIPT = resolve("scripts/spec-diff.mjs");

function gate(change: (sdk: any) => void) {
  const dir = mkdtempSync(join(tmpdir(), "persistly-spec-diff-"));
  cpSync("spec", join(dir, "spec"), { recursive: true });
  const file = join(dir, "spec", "openapi.sdk.json");
  const sdk = JSON.parse(readFileSync(file, "utf8"));
  change(sdk);
  writeFileSync(file, JSON.stringify(sdk));
  return spawnSync(process.execPath, [SCRIPT], { cwd: dir, encoding: "utf8" });
}

describe("the breaking-change gate", () => {
  it("passes the specs as they are", () => {
    expect(gate(() => {}).status).toBe(0);
  });

  it("lets a new error code into an error union through as additive", () => {
    const run = gate((sdk) => {
      sdk.components.schemas.SyncSlotConflictError.anyOf.push({ $ref: "#/components/schemas/GoneError" });
    });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
  });

  it("stops a property taken out of a request body: old clients still sending it would be refused", () => {
    const run = gate((sdk) => {
      delete sdk.components.schemas.CreateTransferCodeRequest.properties.expiresInSeconds;
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("expiresInSeconds");
  });

  it("stops a response field removed within v1, naming it", () => {
    const run = gate((sdk) => {
      delete sdk.components.schemas.Slot.properties.updatedAt;
      sdk.components.schemas.Slot.required = sdk.components.schemas.Slot.required.filter((f: string) => f !== "updatedAt");
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("updatedAt");
  });

  it("lets a schema's new name through when every path sends and answers the same", () => {
    const run = gate((sdk) => {
      const text = JSON.stringify(sdk).replaceAll("#/components/schemas/Slot\"", "#/components/schemas/SaveSlot\"");
      Object.assign(sdk, JSON.parse(text));
      sdk.components.schemas.SaveSlot = sdk.components.schemas.Slot;
      delete sdk.components.schemas.Slot;
    });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
  });

  it("reads another spelling of the same values as the same (a list of all six JSON types, and no type), but not fewer values", () => {
    const same = gate((sdk) => {
      sdk.components.schemas.SlotData = { ...sdk.components.schemas.SlotData, type: ["object", "array", "string", "number", "boolean", "null"], additionalProperties: true, items: true };
    });
    expect(same.stderr).toBe("");
    expect(same.status).toBe(0);
    const fewer = gate((sdk) => {
      sdk.components.schemas.SlotData = { ...sdk.components.schemas.SlotData, type: ["object", "array", "string", "number", "boolean"] };
    });
    expect(fewer.status).toBe(1);
    expect(fewer.stderr).toContain("data");
  });

  it("stops additions under the released version: info.version moves to the next minor with them", () => {
    const baseline = JSON.parse(readFileSync("spec/baseline/openapi.sdk.json", "utf8")).info.version;
    const run = gate((sdk) => {
      sdk.info.version = baseline;
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`info.version is still ${baseline}`);
  });
});
