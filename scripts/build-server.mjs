// Bundles the server (build/main.mjs, what `npm start` runs) and the operator CLI (build/persistly.mjs)
// with esbuild rather than compiling TypeScript at every start: about 0.1 s; packages stay in
// node_modules. The CLI's bundle is rebuilt on demand by scripts/persistly.mjs, possibly by several
// processes at once, so it is written next to its place (source map inline) and renamed into it.
import { build } from "esbuild";
import { copyFileSync, mkdirSync, renameSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

// Paths are the project's, wherever the command was run from (npx persistly in another folder).
const root = join(dirname(fileURLToPath(import.meta.url)), "..");

export const ENTRIES = { "build/main.mjs": "server/main.ts", "build/persistly.mjs": "server/cli/persistly.ts" };

export async function bundle(outfile) {
  const atomic = outfile === "build/persistly.mjs";
  const partial = join(root, atomic ? `${outfile}.${process.pid}.tmp` : outfile);
  await build({
    absWorkingDir: root,
    entryPoints: [ENTRIES[outfile]],
    outfile: partial,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    sourcemap: atomic ? "inline" : true,
    logLevel: "warning",
  });
  if (atomic) renameSync(partial, join(root, outfile));
}

/**
 * The operators' portal (served at /admin): Preact, bundled for the browser into build/portal/ with its
 * page and stylesheet — no CDN, nothing fetched at run time, one script the strict CSP allows.
 */
export async function bundlePortal() {
  const out = join(root, "build", "portal");
  mkdirSync(out, { recursive: true });
  await build({
    absWorkingDir: root,
    entryPoints: ["portal/app.tsx"],
    outfile: join(out, "app.js"),
    bundle: true,
    platform: "browser",
    format: "esm",
    target: "es2020",
    jsx: "automatic",
    jsxImportSource: "preact",
    minify: true,
    sourcemap: true,
    logLevel: "warning",
  });
  for (const file of ["index.html", "app.css"]) copyFileSync(join(root, "portal", file), join(out, file));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const only = process.argv[2];
  for (const outfile of Object.keys(ENTRIES)) if (!only || only === outfile) await bundle(outfile);
  // The server serves the portal: building the server builds it too.
  if (!only || only === "build/main.mjs") await bundlePortal();
}
