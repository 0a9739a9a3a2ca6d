// `npm start` runs the server from one JavaScript bundle (build/main.mjs) rather than compiling its
// TypeScript at every start: esbuild bundles server/ in about 0.1 s; packages stay in node_modules.
import { build } from "esbuild";

await build({
  entryPoints: ["server/main.ts"],
  outfile: "build/main.mjs",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  sourcemap: true,
  logLevel: "warning",
});
