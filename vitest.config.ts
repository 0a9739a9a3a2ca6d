import { defineConfig } from "vitest/config";
import { createConnection } from "node:net";
import { availableParallelism } from "node:os";

/** Whether a TCP server answers on 127.0.0.1:port (PostgreSQL, Redis). */
const answers = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = createConnection({ host: "127.0.0.1", port, timeout: 1000 });
    socket.once("connect", () => (socket.end(), resolve(true)));
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => (socket.destroy(), resolve(false)));
  });

// The tiers (test/README.md): store/ and http/ talk to a store, and run once per engine; domain/,
// docs/, process/ and reliability/ run once; postgres/ is about PostgreSQL itself. Which engine a file
// runs on follows from its folder, so a new file is never left out.
// The fuzzer too: every string and date-time it sends must be storable on each engine.
const BOTH_ENGINES = ["test/store/**/*.test.ts", "test/http/**/*.test.ts", "test/reliability/fuzz.test.ts"];
const POSTGRES_ONLY = ["test/postgres/**/*.test.ts"];
// The fast tier (npm run test:fast, run first by npm test): domain rules and the store contract on
// SQLite, no HTTP server, no build. npm test then runs the slow tiers with PERSISTLY_TEST_TIER=slow,
// which leaves these out rather than running them twice; a plain `vitest run` runs every tier.
const FAST = ["test/domain/**/*.test.ts", "test/store/**/*.test.ts"];
const tier = process.env.PERSISTLY_TEST_TIER;

export default defineConfig(async () => {
  const postgres = await answers(5432);
  if (!postgres && process.env.CI === "true") {
    // A green CI that skipped the PostgreSQL half of the suite would be a lie: .ci/run starts it.
    throw new Error("CI=true and nothing answers on 127.0.0.1:5432: the PostgreSQL tests must run (scripts/services.sh starts PostgreSQL and Redis)");
  }
  if (!postgres) {
    console.log("PostgreSQL tests skipped: nothing answers on 127.0.0.1:5432 (start PostgreSQL with trust auth and a database `test`, or set PERSISTLY_TEST_POSTGRES_URL; bash scripts/services.sh does it all, then run npm test)");
  }
  return {
    test: {
      environment: "node",
      testTimeout: 20_000,
      // Files share a worker's module cache (the specs' validators compile once per worker, not per
      // file); every test starts its own app on its own database, so no state leaks between files.
      isolate: false,
      // Most time is spent waiting on servers and processes: two workers even on two cores.
      maxWorkers: Math.max(2, availableParallelism()),
      globalSetup: ["test/support/build.ts"],
      projects: [
        ...(tier === "slow" ? [] : [{ test: { name: "fast", include: FAST, environment: "node", isolate: false } }]),
        ...(tier === "fast" ? [] : [{ extends: true, test: { name: "sqlite", include: ["test/**/*.test.ts"], exclude: [...POSTGRES_ONLY, ...FAST] } }]),
        ...(postgres && tier !== "fast"
          ? [{ extends: true, test: { name: "postgres", include: [...BOTH_ENGINES, ...POSTGRES_ONLY], env: { PERSISTLY_TEST_STORE: "postgres" }, globalSetup: ["test/support/postgres-setup.ts"], setupFiles: ["test/support/postgres-file.ts"] } }]
          : []),
      ],
    },
  };
});
