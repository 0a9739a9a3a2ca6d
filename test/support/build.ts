// vitest globalSetup: the bundles that tests run as real processes (the server of `npm start`, the
// operator CLI) are built once per run, as `npm start` builds them, instead of compiled per process.
import { execFileSync } from "node:child_process";

export function setup() {
  execFileSync(process.execPath, ["scripts/build-server.mjs"], { stdio: "inherit" });
}
