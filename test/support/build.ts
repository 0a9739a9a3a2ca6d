// vitest globalSetup: the bundles that tests run as real processes (the server of `npm start`, the
// operator CLI) are built once per run, as `npm start` builds them, instead of compiled per process;
// and the client package, as `npm pack` builds it.
import { execFileSync } from "node:child_process";

export function setup() {
  execFileSync(process.execPath, ["scripts/build-server.mjs"], { stdio: "inherit" });
  // The client package's dist/ (ESM + declarations): the docs' snippets import it by its package name.
  execFileSync(process.execPath, ["node_modules/typescript/bin/tsc", "-p", "client/tsconfig.json"], { stdio: "inherit" });
}
