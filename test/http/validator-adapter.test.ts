// What server/http/validatorAdapter.ts takes from express-openapi-validator's internals, pinned on a
// small spec: an upgrade that moves or changes them fails here, by name.
import { describe, expect, it } from "vitest";
import express from "express";
import request from "supertest";
import { loadSpec, openApiProblems } from "../../server/http/validatorAdapter.js";

const spec = {
  openapi: "3.1.0",
  info: { title: "adapter", version: "1" },
  paths: {
    "/things/{thingId}": {
      post: {
        operationId: "makeThing",
        parameters: [{ name: "thingId", in: "path", required: true, schema: { type: "integer" } }],
        // References, resolved by the adapter's own pointer lookup.
        requestBody: { $ref: "#/components/requestBodies/NewThing" },
        responses: { "200": { $ref: "#/components/responses/Thing" } },
      },
    },
    // A header array is reshaped from its comma-separated form even without a query string.
    "/tagged": {
      get: {
        operationId: "tagged",
        parameters: [{ name: "X-Tags", in: "header", required: true, style: "simple", schema: { type: "array", items: { type: "string" }, maxItems: 2 } }],
        responses: { "200": { $ref: "#/components/responses/Thing" } },
      },
    },
  },
  components: {
    responses: { Thing: { description: "ok", content: { "application/json": { schema: { type: "object", additionalProperties: false, required: ["id"], properties: { id: { type: "integer" } } } } } } },
    requestBodies: { NewThing: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/Thing" } } } } },
    schemas: {
      Thing: { type: "object", additionalProperties: false, required: ["name"], properties: { name: { $ref: "#/components/schemas/ShortName" } } },
      ShortName: { type: "string" },
    },
  },
};

async function app(answer: unknown) {
  const problems: unknown[] = [];
  const loaded = await loadSpec(spec, (err, body, req) => {
    problems.push({ err: err.message, body });
    req.res!.status(500).end();
  });
  const route = loaded.routes.find((r) => r.method === "post")!;
  const server = express();
  server.use(express.json());
  for (const r of loaded.routes) {
    server[r.method as "get" | "post"](r.expressRoute, (req, _res, next) => {
      (req as any).openapi = { ...r.metadata, pathParams: { ...req.params } };
      next();
    }, loaded.validateRequest, loaded.validateResponse!, (req, res) => res.json(answer ?? { id: Number(req.params.thingId ?? (req.headers["x-tags"] as string).length) }));
  }
  server.use(((err, _req, res, _next) => res.status(err.status ?? 500).json({ status: err.status, errors: err.errors })) as express.ErrorRequestHandler);
  return { http: request(server), problems, route };
}

describe("the validator adapter", () => {
  it("loads a spec's routes in Express syntax", async () => {
    const { route } = await app(null);
    expect(route).toMatchObject({ method: "post", openApiRoute: "/things/{thingId}", expressRoute: "/things/:thingId" });
  });

  it("validates a request and coerces its path parameters in place", async () => {
    const { http } = await app(null);
    const ok = await http.post("/things/7").send({ name: "a" });
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual({ id: 7 });
    const paths = async (body: object) => (await http.post("/things/7").send(body).expect(400)).body.errors.map((e: { path: string }) => e.path);
    expect(await paths({ name: 1 })).toEqual(["/body/name"]);
    expect(await paths({ name: "a", extra: true })).toEqual(["/body/extra"]);
    expect((await http.post("/things/seven").send({ name: "a" })).status).toBe(400);
  });

  it("reshapes parameters the schema describes as arrays, with or without a query string", async () => {
    const { http } = await app(null);
    const two = await http.get("/tagged").set("X-Tags", "a,b");
    expect(two.body).toEqual({ id: 2 }); // the handler answers how many tags it was given
    expect((await http.get("/tagged?").set("X-Tags", "a,b")).status).toBe(200);
    const tooMany = await http.get("/tagged").set("X-Tags", "a,b,c").expect(400);
    expect(tooMany.body.errors.map((e: { path: string }) => e.path)).toEqual(["/headers/x-tags"]);
  });

  it("hands a response that breaks the spec to the problem handler", async () => {
    const { http, problems } = await app({ id: "not a number" });
    expect((await http.post("/things/7").send({ name: "a" })).status).toBe(500);
    expect(problems).toEqual([expect.objectContaining({ body: { id: "not a number" } })]);
  });

  it("reports what the OpenAPI schema rejects in a document", () => {
    expect(openApiProblems(spec)).toEqual([]);
    const broken = structuredClone(spec) as any;
    delete broken.components.responses.Thing.description;
    expect(openApiProblems(broken).join()).toMatch(/must have required property 'description'/);
  });
});
