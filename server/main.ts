// `npm start` (and `persistly serve`): one server process, or with PERSISTLY_WORKERS=N a cluster
// primary that starts N worker processes sharing the port and the database.
import cluster from "node:cluster";
import { loadConfig } from "./config.js";
import { serve } from "./serve.js";
import { runPrimary } from "./primary.js";

const config = loadConfig();
if (config.workers > 1 && cluster.isPrimary) await runPrimary(config);
else await serve(config, { clusterWorker: cluster.isWorker });
