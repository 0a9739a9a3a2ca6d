// Cross-origin calls from browser games (CORS) on the SDK surface, as the spec's `x-persistly-cors`
// declares them, with the maintained `cors` package. Allowed origins belong to each environment, but a
// preflight carries no key: it is answered for any origin some environment allows (read at most every
// 5 s), and the actual response keeps Access-Control-Allow-Origin only when the key's own environment
// allows the origin. The server surface is never mounted with this.
import cors from "cors";
import type { RequestHandler } from "express";
import type { Caller } from "../domain/context.js";
import type { Store } from "../store/types.js";

export interface CorsDeclaration {
  prefixes: string[];
  allowedMethods: string[];
  allowedHeaders: string[];
  exposedHeaders: string[];
  maxAgeSeconds: number;
}

const ORIGINS_TTL_MS = 5000;
const allows = (origins: Iterable<string>, origin: string) => {
  for (const allowed of origins) if (allowed === "*" || allowed === origin) return true;
  return false;
};

export function corsPolicy(declaration: CorsDeclaration, store: Store) {
  let cached: { at: number; origins: Promise<string[]> } | null = null;
  const anyEnvironmentAllows = async (origin: string) => {
    if (!cached || Date.now() - cached.at > ORIGINS_TTL_MS) cached = { at: Date.now(), origins: store.allAllowedOrigins().catch(() => []) };
    return allows(await cached.origins, origin);
  };
  const handler = cors({
    origin: (origin, done) => void (origin ? anyEnvironmentAllows(origin).then((ok) => done(null, ok), done) : done(null, false)),
    methods: declaration.allowedMethods,
    allowedHeaders: declaration.allowedHeaders,
    exposedHeaders: declaration.exposedHeaders,
    maxAge: declaration.maxAgeSeconds,
    optionsSuccessStatus: 204,
  });

  /** Preflights, and the CORS headers of any request from an origin some environment allows. */
  const early: RequestHandler = (req, res, next) => {
    if (!req.get("origin")) return next();
    // A bare OPTIONS is not a preflight: it gets the 405 any undeclared method gets.
    if (req.method === "OPTIONS" && !req.get("access-control-request-method")) return next();
    handler(req, res, next);
  };

  /** Once the key is known: its environment's origins decide whether the response may be read. */
  const narrow: RequestHandler = (req, res, next) => {
    const origin = req.get("origin");
    const caller = res.locals.caller as Caller | undefined;
    if (origin && caller && res.getHeader("Access-Control-Allow-Origin") && !allows(caller.principal.environment.allowedOrigins, origin)) {
      res.removeHeader("Access-Control-Allow-Origin");
      res.removeHeader("Access-Control-Expose-Headers");
    }
    next();
  };

  return { prefixes: declaration.prefixes, early, narrow };
}
