// `npm start`: open (and migrate) the database, bootstrap a first environment, serve.
import { pino } from "pino";
import { createApp } from "./app.js";
import { loadConfig } from "./config.js";
import { bootstrapIfEmpty } from "./domain/operator.js";
import { openSqliteStore } from "./store/sqlite.js";

const config = loadConfig();
const logger = pino({ level: config.logLevel });
const store = openSqliteStore({ path: config.dbPath, synchronous: config.synchronous });

const firstStart = await bootstrapIfEmpty(store);
if (firstStart) {
  process.stdout.write(
    [
      "",
      `Created environment "development" in ${config.dbPath}. These keys are shown once; store them now:`,
      `  runtime key (ships in game builds):      ${firstStart.runtimeKey}`,
      `  server key  (trusted backend only):      ${firstStart.serverKey}`,
      "More with: npx persistly keys create --env development --kind runtime",
      "",
    ].join("\n") + "\n",
  );
}

const app = await createApp({ store, logger, validateResponses: config.validateResponses, bodyLimitBytes: config.bodyLimitBytes });
const server = app.listen(config.port, config.host, () => {
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  logger.info({ port, db: config.dbPath }, `Persistly listening on http://localhost:${port}`);
});
server.headersTimeout = 30_000;
server.requestTimeout = 60_000;

let stopping = false;
function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, "shutting down");
  server.close(async () => {
    await app.stop();
    store.close();
    process.exit(0);
  });
  server.closeIdleConnections();
  setTimeout(() => process.exit(1), 10_000).unref();
}
process.on("SIGTERM", () => stop("SIGTERM"));
process.on("SIGINT", () => stop("SIGINT"));
