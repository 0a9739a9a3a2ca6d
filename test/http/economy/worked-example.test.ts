// The economy guide's worked example runs as written: its TypeScript, against a live server with the
// guide's catalog, for a real account; then the ledger adds up and shows every step.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import ts from "typescript";
import { createSdkClient, createServerClient } from "../../../client/index.js";
import { sdk } from "../../support/helpers.js";
import { ledgerAddsUp, shop } from "./support.js";

const example = () => {
  const guide = readFileSync("docs/guides/economy.md", "utf8");
  const code = guide.slice(guide.indexOf("## A worked example")).match(/```ts\n([\s\S]*?)```/)![1];
  return ts.transpileModule(code, { compilerOptions: { target: ts.ScriptTarget.ES2022 } }).outputText;
};

describe("the economy guide's worked example", () => {
  it("runs against a live server: bonus, purchase, gift claimed, IAP fulfilled and refunded", async () => {
    const server = await shop();
    const listener = createServer(server.app).listen(0, "127.0.0.1");
    await new Promise((r) => listener.once("listening", r));
    try {
      const baseUrl = `http://127.0.0.1:${(listener.address() as AddressInfo).port}`;
      const p = await sdk(server).createAccount();
      const code = example().replace('const accountId = "acc_…";', `const accountId = ${JSON.stringify(p.accountId)};`);
      const logged: unknown[][] = [];
      const run = new Function("backend", "player", "console", `return (async () => {\n${code}\n})();`);
      await run(
        createServerClient({ baseUrl, serverKey: server.serverKey }),
        createSdkClient({ baseUrl, runtimeKey: server.runtimeKey }).withSession(p.token),
        { log: (...args: unknown[]) => logged.push(args) },
      );
      expect(logged.at(-1)).toEqual(["not recovered:", null]);
      const entries = (await sdk(server).get(`/sdk/v1/accounts/${p.accountId}/wallet/ledger`, p.token)).body.entries;
      expect(entries.map((e: { source: string }) => e.source).reverse()).toEqual(["initial", "server", "purchase", "grant", "iap", "iap_refund"]);
      await ledgerAddsUp(server, p.accountId, p.token);
    } finally {
      listener.closeAllConnections();
      listener.close();
    }
  });
});
