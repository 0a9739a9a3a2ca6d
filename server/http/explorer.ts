// The API explorer: Swagger UI (swagger-ui-dist, served from node_modules — the page makes no request
// outside this server) at GET /docs for both specs, and the specs themselves at /openapi.*.json.
import express from "express";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import type { OpenApiDocument } from "./spec.js";
import { projectFile } from "../paths.js";

const require = createRequire(import.meta.url);
const SWAGGER_UI = dirname(require.resolve("swagger-ui-dist/package.json"));
const PAGE = readFileSync(projectFile("server/explorer/index.html"), "utf8");
const INIT = readFileSync(projectFile("server/explorer/explorer.js"), "utf8");

// Swagger UI sets inline styles; everything else comes from this origin.
const EXPLORER_CSP = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** The spec as served: "this server" first among its servers, so that try-it-now calls the server that served it. */
function servedSpec(spec: OpenApiDocument, origin: string) {
  return { ...spec, servers: [{ url: origin, description: "This server" }, ...((spec as { servers?: Array<{ url: string }> }).servers ?? []).filter((s) => s.url !== origin)] };
}

export function explorer(specs: { sdk: OpenApiDocument; server: OpenApiDocument }): express.Router {
  const router = express.Router();
  const page = (type: string, body: string): express.RequestHandler => (_req, res) => {
    res.setHeader("Content-Security-Policy", EXPLORER_CSP);
    res.setHeader("Cache-Control", "no-cache");
    res.type(type).send(body);
  };
  router.get("/docs", page("html", PAGE));
  router.get("/docs/explorer.js", page("js", INIT));
  router.use("/docs/assets", express.static(SWAGGER_UI, { index: false, maxAge: "1h", setHeaders: (res) => res.setHeader("Cache-Control", "public, max-age=3600") }));
  for (const [name, spec] of Object.entries(specs)) {
    router.get(`/openapi.${name}.json`, (req, res) => {
      res.setHeader("Cache-Control", "no-cache");
      res.json(servedSpec(spec, `${req.protocol}://${req.get("host")}`));
    });
  }
  return router;
}
