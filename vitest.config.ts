import { defineConfig } from "vitest/config";
import { createConnection } from "node:net";

/** Whether a TCP server answers on 127.0.0.1:port (PostgreSQL, Redis). */
const answers = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = createConnection({ host: "127.0.0.1", port, timeout: 1000 });
    socket.once("connect", () => (socket.end(), resolve(true)));
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => (socket.destroy(), resolve(false)));
  });

// The behavioural suites, run once per store. The rest (spec, docs, CLI and crash tests on SQLite
// files, the browser test) is about one thing and runs once.
const BEHAVIOURAL = [
  "accounts", "slots", "transfer-codes", "runtime-config", "auth", "bad-input", "idempotency", "limits", "events",
  "security", "client", "docs-examples", "server-accounts", "server-sessions", "server-history", "server-config-usage",
  "server-migration",
].map((name) => `test/${name}.test.ts`);

// Tests of PostgreSQL itself: moving data into it, and several processes sharing it.
const POSTGRES_ONLY = ["test/copy.test.ts", "test/multi-process.test.ts"];

export default defineConfig(async () => {
  const postgres = await answers(5432);
  if (!postgres) {
    console.log("PostgreSQL tests skipped: nothing answers on 127.0.0.1:5432 (start PostgreSQL with trust auth and a database `test`, or set PERSISTLY_TEST_POSTGRES_URL, then run npm test)");
  }
  return {
    test: {
      environment: "node",
      testTimeout: 20_000,
      projects: [
        { extends: true, test: { name: "sqlite", include: ["test/**/*.test.ts"], exclude: POSTGRES_ONLY } },
        ...(postgres
          ? [{ extends: true, test: { name: "postgres", include: [...BEHAVIOURAL, ...POSTGRES_ONLY], env: { PERSISTLY_TEST_STORE: "postgres" }, globalSetup: ["test/postgres-setup.ts"], setupFiles: ["test/postgres-file.ts"] } }]
          : []),
      ],
    },
  };
});
