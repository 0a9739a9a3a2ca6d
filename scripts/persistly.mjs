#!/usr/bin/env node
// The operator CLI's entry point (package.json "bin"): runs the TypeScript CLI through tsx.
import { register } from "tsx/esm/api";

register();
await import("../server/cli/persistly.ts");
