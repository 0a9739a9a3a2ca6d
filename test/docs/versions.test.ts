// One release, stated once: the server's version (package.json, /healthz) and the client's agree, and
// CHANGELOG.md has an entry for both the release and the API contract version of the specs.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { loadSdkSpec, loadServerSpec } from "../../server/app.js";
import { CLIENT_VERSION } from "../../client/version.js";
import { startServer } from "../support/helpers.js";

const json = (file: string) => JSON.parse(readFileSync(file, "utf8"));
const contract = (spec: object) => (spec as { info: { version: string } }).info.version;

describe("versions", () => {
  it("package.json, /healthz and the client are one release, and both specs one contract version", async () => {
    const release = json("package.json").version;
    expect(json("client/package.json").version).toBe(release);
    expect(CLIENT_VERSION).toBe(release);
    const server = await startServer();
    expect((await server.http.get("/healthz")).body.version).toBe(release);
    expect(contract(loadServerSpec())).toBe(contract(loadSdkSpec()));
  });

  it("CHANGELOG.md has an entry naming the release and the contract version", () => {
    const changelog = readFileSync("CHANGELOG.md", "utf8");
    const entry = `## ${json("package.json").version} — API ${contract(loadSdkSpec())}`;
    expect(changelog.split("\n").some((line) => line.startsWith(entry))).toBe(true);
  });
});
