// `npm start` (and `persistly serve`): one server process, or with PERSISTLY_WORKERS=N a cluster
// primary that starts N worker processes sharing the port and the database.
import cluster from "node:cluster";
import { setFlagsFromString } from "node:v8";
import { ConfigError, loadConfig, type Config } from "./config.js";
import { serve } from "./serve.js";
import { runPrimary } from "./primary.js";

let config: Config;
try {
  config = loadConfig();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`persistly: ${error.message}\n`);
  process.exit(2);
}
// V8 reads this factor at each full collection, so setting it here, before the load, takes effect.
if (config.heapGrowthPercent > 0) setFlagsFromString(`--heap-growing-percent=${config.heapGrowthPercent}`);
if (config.workers > 1 && cluster.isPrimary) await runPrimary(config);
else await serve(config, { clusterWorker: cluster.isWorker });
