// The operators' portal at /admin: the page, its one script and its stylesheet, built into
// build/portal/ (scripts/build-server.mjs, run by `npm start` and by the tests). Same origin as
// /admin/v1, so the session cookie stays HttpOnly and SameSite=Strict; the CSP allows nothing but this
// origin's script, style and API — no inline script, no other origin.
import express from "express";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { projectFile } from "../paths.js";

export const PORTAL_CSP = [
  "default-src 'none'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "connect-src 'self'",
  "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'",
].join("; ");

const FILES: Record<string, string> = { "app.js": "text/javascript", "app.css": "text/css", "app.js.map": "application/json" };

/** The portal's routes, or a page that says how to build it when build/portal/ is missing. */
export function portal(): express.Router {
  const router = express.Router();
  const dir = fileURLToPath(projectFile("build/portal"));
  const read = (file: string) => (existsSync(`${dir}/${file}`) ? readFileSync(`${dir}/${file}`) : null);
  const send = (res: express.Response, type: string, body: Buffer | string) => {
    res.setHeader("Content-Security-Policy", PORTAL_CSP);
    res.setHeader("Cache-Control", "no-cache");
    res.type(type).send(body);
  };
  router.get(["/admin", "/admin/"], (_req, res) => {
    const page = read("index.html");
    if (!page) return send(res.status(503), "text/plain", "The portal is not built: run `npm start` (or node scripts/build-server.mjs).");
    send(res, "html", page);
  });
  for (const [file, type] of Object.entries(FILES)) {
    router.get(`/admin/${file}`, (_req, res, next) => {
      const body = read(file);
      if (!body) return next();
      send(res, type, body);
    });
  }
  return router;
}
