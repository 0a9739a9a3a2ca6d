#!/usr/bin/env node
// The operator CLI's entry point (package.json "bin"): runs the CLI's bundle, rebuilding it first when
// a server source file is newer (about 0.1 s), so a command starts without compiling TypeScript.
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bundlePath = join(root, "build/persistly.mjs");
const newestSource = () =>
  readdirSync(join(root, "server"), { recursive: true, encoding: "utf8" }).reduce((newest, file) => Math.max(newest, statSync(join(root, "server", file)).mtimeMs), 0);

if (!existsSync(bundlePath) || statSync(bundlePath).mtimeMs < newestSource()) {
  const { bundle } = await import("./build-server.mjs");
  await bundle("build/persistly.mjs");
}
await import(pathToFileURL(bundlePath).href);
