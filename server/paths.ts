// Files that ship with the server (the specs, the explorer's page), found from the package root, so the
// same code runs from server/*.ts under tsx and from the bundle `npm start` builds into build/.
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

function packageRoot(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    if (existsSync(join(dir, "package.json"))) return dir;
    if (dirname(dir) === dir) throw new Error("the server's package.json was not found");
  }
}

const ROOT = packageRoot();

export const projectFile = (path: string): URL => pathToFileURL(join(ROOT, path));
