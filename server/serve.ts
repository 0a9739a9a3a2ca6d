// One server process: open (and migrate) the database, bootstrap a first environment, serve; stop
// gracefully. `npm start` runs one; `persistly serve --workers N` runs N of them as cluster workers.
import { createServer } from "node:http";
import { answerClientErrors } from "./http/clientErrors.js";
import { pino } from "pino";
import { createApp } from "./app.js";
import type { Config } from "./config.js";
import { bootstrapIfEmpty } from "./domain/operator.js";
import { describeDatabase, openStore } from "./store/index.js";
import type { Store } from "./store/types.js";
import { connectShared } from "./shared/redis.js";

/** Creates the first environment of an empty database and shows its keys, once. */
export async function announceFirstStart(store: Store, config: Config) {
  const firstStart = await bootstrapIfEmpty(store);
  if (!firstStart) return;
  process.stdout.write(
    [
      "",
      `Created environment "development" in ${describeDatabase(config.database)}. These keys are shown once; store them now:`,
      `  runtime key (ships in game builds):      ${firstStart.runtimeKey}`,
      `  server key  (trusted backend only):      ${firstStart.serverKey}`,
      "More with: npx persistly keys create --env development --kind runtime",
      "",
    ].join("\n") + "\n",
  );
}

export async function serve(config: Config, { clusterWorker = false } = {}) {
  const logger = pino({ level: config.logLevel });
  const store = await openStore({ database: config.database, synchronous: config.synchronous, poolSize: config.poolSize, backgroundCheckpoints: true });
  await announceFirstStart(store, config);
  const shared = config.redisUrl ? await connectShared(config.redisUrl, logger) : undefined;
  const app = await createApp({
    store, logger, shared, clusterWorker, settings: config.maxStreams ? { maxStreamsPerProcess: config.maxStreams } : undefined, validateResponses: config.validateResponses, bodyLimitBytes: config.bodyLimitBytes, explorer: config.explorer,
  });
  // Slow clients cannot hold a connection open while sending their request.
  const server = createServer(
    { headersTimeout: config.headersTimeoutMs, requestTimeout: config.requestTimeoutMs, connectionsCheckingInterval: Math.min(1000, config.headersTimeoutMs) },
    app,
  );
  answerClientErrors(server);
  server.listen(config.port, config.host, () => {
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : config.port;
    logger.info({ port, db: describeDatabase(config.database), shared: shared ? "Redis" : clusterWorker ? "cluster primary" : "in process" }, `Persistly listening on http://localhost:${port}${config.explorer ? ` (API explorer: http://localhost:${port}/docs)` : ""}`);
  });

  let stopping = false;
  /**
   * SIGTERM/SIGINT: stop accepting connections, tell event streams `closed`, let in-flight requests
   * finish, flush usage counts, close the database, exit 0 — or exit 1 if that takes too long.
   */
  function shutdown(signal: string) {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down");
    app.deps.lifecycle.draining = true;
    setTimeout(() => {
      logger.error("shutdown took too long; exiting");
      process.exit(1);
    }, config.shutdownTimeoutMs).unref();
    server.close(async () => {
      await app.stop();
      await store.close();
      await shared?.close();
      logger.info("stopped");
      process.exit(0);
    });
    app.deps.events.closeAll("server_shutdown");
    // Keep-alive connections go idle once their in-flight request is answered; close them as they do.
    setInterval(() => server.closeIdleConnections(), 50).unref();
  }
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  process.on("SIGINT", () => shutdown("SIGINT"));
  // A worker whose primary is gone (killed, say) must not keep serving on its own.
  if (clusterWorker) process.on("disconnect", () => shutdown("primary gone"));
}
