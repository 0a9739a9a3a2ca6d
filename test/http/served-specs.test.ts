// The specs as served (#23's fourth point): each carries its contract version, and an ETag made of that
// version and the served document's hash, so that a CI job can cache it and notice when it changes.
import { describe, expect, it } from "vitest";
import { loadSdkSpec } from "../../server/app.js";
import { listenLocal, startServer } from "../support/helpers.js";

describe("the served specs", () => {
  it("carry info.version and an ETag that answers 304 while unchanged and changes with the spec", async () => {
    const server = await listenLocal((await startServer()).app);
    try {
      for (const name of ["sdk", "server"]) {
        const first = await fetch(`${server.origin}/openapi.${name}.json`);
        const { info } = (await first.json()) as { info: { version: string } };
        expect(info.version).toMatch(/^\d+\.\d+\.\d+$/);
        const etag = first.headers.get("etag")!;
        expect(etag).toMatch(new RegExp(`^"${info.version.replace(/\./g, "\\.")}-[0-9a-f]{16}"$`));
        expect(first.headers.get("cache-control")).toBe("no-cache");
        const again = await fetch(`${server.origin}/openapi.${name}.json`, { headers: { "If-None-Match": etag } });
        expect([again.status, await again.text()]).toEqual([304, ""]);
        expect((await fetch(`${server.origin}/openapi.${name}.json`, { headers: { "If-None-Match": '"0.0.0-0000000000000000"' } })).status).toBe(200);
      }
      const spec = loadSdkSpec() as any;
      spec.info = { ...spec.info, version: "1.3.0" };
      spec.paths["/sdk/v1/runtime-config"].get.description += " Changed.";
      const changed = await listenLocal((await startServer({ sdkSpec: spec })).app);
      try {
        const after = await fetch(`${changed.origin}/openapi.sdk.json`);
        expect(after.headers.get("etag")).toMatch(/^"1\.3\.0-/);
      } finally {
        await changed.close();
      }
    } finally {
      await server.close();
    }
  });
});
