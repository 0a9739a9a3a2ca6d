// The Postman collection (#16): `npm run postman` writes the walk-through, and newman runs it end to end
// against a fresh `npm start` server with nothing but the two keys set; every request must be green, and
// a second run against the same server too (idempotency keys are fresh per run).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import newman, { type NewmanRunSummary } from "newman";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startProcess, type ServerProcess } from "../support/process.js";
import { buildCollection, collectionSteps } from "../../scripts/docs/collection.js";

function run(server: ServerProcess, keys: { runtimeKey?: string; serverKey?: string }): Promise<NewmanRunSummary> {
  const envVar = [{ key: "baseUrl", value: server.base }, ...Object.entries(keys).map(([key, value]) => ({ key, value: value! }))];
  return new Promise((resolve, reject) =>
    newman.run({ collection: buildCollection() as never, envVar, reporters: [] }, (err, summary) => (err ? reject(err) : resolve(summary))),
  );
}

const failures = (summary: NewmanRunSummary) =>
  summary.run.failures.map((f) => `${f.source?.name}: ${f.error.message}`);

describe("the Postman collection under newman", () => {
  let server: ServerProcess;
  beforeAll(async () => {
    server = await startProcess(join(mkdtempSync(join(tmpdir(), "persistly-postman-")), "fresh.db"));
  });
  afterAll(() => server?.child.kill("SIGKILL"));

  it("runs every request of the walk-through green, twice, carrying ids from one answer to the next", async () => {
    const keys = { runtimeKey: server.runtimeKey, serverKey: server.serverKey };
    const steps = collectionSteps();
    for (const pass of [1, 2]) {
      const summary = await run(server, keys);
      expect(failures(summary), `run ${pass}`).toEqual([]);
      expect(summary.run.executions.map((e) => e.response?.code), `run ${pass}`).toEqual(steps.map(({ step }) => step.status));
      expect(summary.run.stats.assertions.total).toBeGreaterThan(steps.length);
      const urls = summary.run.executions.map((e) => e.request.url.toString());
      expect(urls.join("\n"), "no placeholder is sent").not.toMatch(/\{\{|%7B%7B/);
      const created = summary.run.executions.find((e) => e.response?.code === 201 && /\/sdk\/v1\/accounts$/.test(e.request.url.toString()))!;
      const accountId = JSON.parse(created.response.stream!.toString()).accountId;
      expect(urls.filter((url) => url.includes(accountId)).length, "later requests use the new account").toBeGreaterThan(20);
    }
  }, 60_000); // two runs of ~100 requests, the first on a fresh server that compiles each operation's validator on first use

  it("says which variables to set when the keys are missing", async () => {
    const summary = await run(server, {});
    expect(failures(summary).join("\n")).toMatch(/Set the collection variable runtimeKey/);
  });
});
