// The API explorer: Swagger UI (swagger-ui-dist, served from node_modules — the page makes no request
// outside this server) at GET /docs for both specs, and the specs themselves at /openapi.*.json.
import express from "express";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { resolveRef, type OpenApiDocument } from "./spec.js";
import { projectFile } from "../paths.js";

const require = createRequire(import.meta.url);
const SWAGGER_UI = dirname(require.resolve("swagger-ui-dist/package.json"));
const PAGE = readFileSync(projectFile("server/explorer/index.html"), "utf8");
const INIT = readFileSync(projectFile("server/explorer/explorer.js"), "utf8");
const STYLE = readFileSync(projectFile("server/explorer/explorer.css"), "utf8");
const ICON = readFileSync(projectFile("server/explorer/favicon.svg"), "utf8");

// Swagger UI sets inline styles; everything else comes from this origin.
const EXPLORER_CSP = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** Request values try-it-now must not pre-fill: a fixed idempotency key would replay, a fixed event id would skip events. */
const UNFILLED_HEADERS = new Set(["idempotency-key", "last-event-id"]);

/**
 * The spec as try-it-now should see it: request examples without `idempotencyKey`, the headers above
 * without examples. The specs at /openapi.*.json stay exactly as written.
 */
function forTryItNow(spec: OpenApiDocument): OpenApiDocument {
  const copy = structuredClone(spec) as any;
  for (const item of Object.values<any>(copy.paths)) {
    for (const op of Object.values<any>(item)) {
      if (typeof op !== "object" || !op) continue;
      op.parameters = op.parameters?.map((p: any) => {
        const param = resolveRef(copy, p);
        if (!UNFILLED_HEADERS.has(String(param.name).toLowerCase())) return p;
        const { example: _e, examples: _x, ...bare } = param;
        return bare;
      });
      for (const media of Object.values<any>(resolveRef(copy, op.requestBody)?.content ?? {})) {
        if (media.example) delete media.example.idempotencyKey;
        for (const example of Object.values<any>(media.examples ?? {})) if (example.value && typeof example.value === "object") delete example.value.idempotencyKey;
      }
    }
  }
  return copy;
}

/**
 * The spec as served: "this server" first among its servers, so that try-it-now calls the server that
 * served it. That is the configured public URL, or `/` (relative to the document, as OpenAPI allows):
 * never the request's Host header, which a caller chooses and a cache would keep for everyone.
 */
function servedSpec(spec: OpenApiDocument, origin: string) {
  return { ...spec, servers: [{ url: origin, description: "This server" }, ...((spec as { servers?: Array<{ url: string }> }).servers ?? []).filter((s) => s.url !== origin)] };
}

export function explorer(specs: { sdk: OpenApiDocument; server: OpenApiDocument }, publicUrl: string | null = null): express.Router {
  const thisServer = publicUrl ?? "/";
  const router = express.Router();
  const page = (type: string, body: string): express.RequestHandler => (_req, res) => {
    res.setHeader("Content-Security-Policy", EXPLORER_CSP);
    res.setHeader("Cache-Control", "no-cache");
    res.type(type).send(body);
  };
  router.get("/docs", page("html", PAGE));
  router.get("/docs/explorer.js", page("js", INIT));
  router.get("/docs/explorer.css", page("css", STYLE));
  router.get("/docs/favicon.svg", page("image/svg+xml", ICON));
  // The root of the API says where its documentation is: a browser goes there, anything else reads the links.
  router.get("/", (req, res) => {
    res.setHeader("Link", '</docs>; rel="service-doc", </openapi.sdk.json>; rel="service-desc"');
    if (req.accepts(["json", "html"]) === "html") return res.redirect(302, "/docs");
    res.json({ name: "Persistly", docs: "/docs", specs: { sdk: "/openapi.sdk.json", server: "/openapi.server.json" }, health: "/healthz" });
  });
  router.use("/docs/assets", express.static(SWAGGER_UI, { index: false, maxAge: "1h", setHeaders: (res) => res.setHeader("Cache-Control", "public, max-age=3600") }));
  for (const [name, spec] of Object.entries(specs)) {
    const tryable = forTryItNow(spec);
    // Versioned for caches and CI jobs: the ETag names the contract's version and the served document's hash,
    // so a job can keep a copy, revalidate with If-None-Match (304 while unchanged), and notice any change.
    router.get(`/openapi.${name}.json`, (req, res) => {
      const body = JSON.stringify(servedSpec(req.query.for === "explorer" ? tryable : spec, thisServer));
      const version = String((spec as { info?: { version?: string } }).info?.version ?? "0");
      const etag = `"${version}-${createHash("sha256").update(body).digest("hex").slice(0, 16)}"`;
      res.setHeader("Cache-Control", "no-cache");
      res.setHeader("ETag", etag);
      if (req.get("If-None-Match")?.split(",").map((t) => t.trim()).includes(etag)) return void res.status(304).end();
      res.type("json").send(body);
    });
  }
  return router;
}
