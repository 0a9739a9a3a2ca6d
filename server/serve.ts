// One server process: open (and migrate) the database, bootstrap a first environment, serve; stop
// gracefully. `npm start` runs one; `persistly serve --workers N` runs N of them as cluster workers.
import { createServer } from "node:http";
import { createServer as createNetServer } from "node:net";
import { resolve } from "node:path";
import type { Logger } from "pino";
import { answerClientErrors } from "./http/clientErrors.js";
import { createLogger } from "./logger.js";
import { createApp } from "./app.js";
import { DEFAULT_DB_PATH, type Config } from "./config.js";
import { bootstrapIfEmpty, DEFAULT_WORKSPACE } from "./domain/operator.js";
import { describeDatabase, openStore } from "./store/index.js";
import type { Store } from "./store/types.js";
import { connectShared } from "./shared/redis.js";

/** The CLI line that issues a key against this server's database, with the variable it needs to find it. */
function keyCommand(config: Config, environment: string) {
  const database = config.database !== config.dbPath
    ? `PERSISTLY_DATABASE_URL=${describeDatabase(config.database)} `
    : config.dbPath !== resolve(DEFAULT_DB_PATH) ? `PERSISTLY_DB=${config.dbPath} ` : "";
  return `${database}npx persistly keys create --env ${environment} --kind runtime`;
}

/**
 * Creates the first environment of an empty database and shows its keys, once; on later starts, says
 * how to issue one.
 */
export async function announceKeys(store: Store, config: Config, logger: Logger) {
  const firstStart = await bootstrapIfEmpty(store);
  if (!firstStart) {
    const workspace = await store.transaction((tx) => tx.ensureWorkspace(DEFAULT_WORKSPACE, new Date().toISOString()));
    const environment = (await store.listEnvironments(workspace.id))[0]?.name ?? "development";
    return logger.info(`Keys are shown only when issued. A new one: ${keyCommand(config, environment)}`);
  }
  process.stdout.write(
    [
      "",
      `Created environment "development" in ${describeDatabase(config.database)}. These keys are shown once; store them now:`,
      `  runtime key (ships in game builds):      ${firstStart.runtimeKey}`,
      `  server key  (trusted backend only):      ${firstStart.serverKey}`,
      `More with: ${keyCommand(config, "development")}`,
      "",
    ].join("\n") + "\n",
  );
}

/** Refuses to start on a port another process holds, before anything is created (keys shown once would be lost). */
export async function assertPortFree(config: Config) {
  if (config.port === 0) return;
  const probe = createNetServer();
  await new Promise<void>((resolve, reject) => {
    probe.once("error", reject);
    probe.listen({ port: config.port, host: config.host, exclusive: true }, () => probe.close(() => resolve()));
  }).catch((error: NodeJS.ErrnoException) => {
    const reason = error.code === "EADDRINUSE" ? "is already in use (another Persistly?)" : error.code === "EACCES" ? "needs privileges this user lacks" : `cannot be opened (${error.code ?? error.message})`;
    process.stderr.write(`persistly: port ${config.port} on ${config.host} ${reason}; stop that process or choose another: PORT=${config.port + 1} npm start\n`);
    process.exit(1);
  });
}

export async function serve(config: Config, { clusterWorker = false } = {}) {
  const logger = createLogger(config);
  if (!clusterWorker) await assertPortFree(config);
  const store = await openStore({ database: config.database, synchronous: config.synchronous, poolSize: config.poolSize, backgroundCheckpoints: true, principalCacheMs: config.keyCacheMs });
  if (!clusterWorker) await announceKeys(store, config, logger);
  const shared = config.redisUrl ? await connectShared(config.redisUrl, logger) : undefined;
  const app = await createApp({
    store, logger, shared, clusterWorker, settings: { ...(config.maxStreams ? { maxStreamsPerProcess: config.maxStreams } : {}), insecureAdminCookie: config.insecureAdminCookie, lobbyTimeoutMs: config.lobbyTimeoutSeconds * 1000 }, validateResponses: config.validateResponses, bodyLimitBytes: config.bodyLimitBytes, explorer: config.explorer, publicUrl: config.publicUrl,
  });
  // Slow clients cannot hold a connection open while sending their request.
  const server = createServer(
    { headersTimeout: config.headersTimeoutMs, requestTimeout: config.requestTimeoutMs, connectionsCheckingInterval: Math.min(1000, config.headersTimeoutMs) },
    app,
  );
  answerClientErrors(server);
  server.on("error", (error: NodeJS.ErrnoException) => {
    logger.fatal(`cannot listen on ${config.host}:${config.port}: ${error.code ?? error.message}`);
    process.exit(1);
  });
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
