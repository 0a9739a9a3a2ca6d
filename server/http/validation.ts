// express-openapi-validator's validators, bound to each operation's route once at start-up.
//
// The package's own middleware finds the operation of every request by compiling each spec path to a
// regular expression and trying them in turn, and crosses four promise-chained steps per surface — about
// a tenth of a getSlot's time (docs/performance.md). Express has already matched the route, so the
// operation is known: this module loads and preprocesses the spec as the package does, tags the request
// with the operation's metadata, and runs the package's RequestValidator and ResponseValidator on it.
import type { Request, RequestHandler } from "express";
import { OpenApiValidator } from "express-openapi-validator/dist/openapi.validator.js";
import { OpenApiSpecLoader } from "express-openapi-validator/dist/framework/openapi.spec.loader.js";
import { SchemaPreprocessor } from "express-openapi-validator/dist/middlewares/parsers/schema.preprocessor.js";
import { RequestValidator, ResponseValidator } from "express-openapi-validator/dist/middlewares/index.js";

export type ResponseProblemHandler = (err: { message: string; errors?: unknown }, body: unknown, req: Request) => void;

export interface OperationValidation {
  /** The operation's path in Express syntax (`/sdk/v1/accounts/:accountId`). */
  expressRoute: string;
  /** Validates the request (parameters, headers, body) and, when asked, the JSON response. */
  handlers: RequestHandler[];
}

export interface SurfaceValidation {
  operation(method: string, path: string): OperationValidation;
}

export async function loadValidation(spec: object, name: string, onResponseProblem: ResponseProblemHandler | null): Promise<SurfaceValidation> {
  const validator = new OpenApiValidator({
    apiSpec: spec as any,
    validateApiSpec: false,
    validateRequests: { allowUnknownQueryParameters: false, coerceTypes: false },
    validateResponses: onResponseProblem ? { onError: onResponseProblem } : false,
    validateSecurity: false,
  });
  let loaded;
  try {
    loaded = await new OpenApiSpecLoader({ apiDoc: structuredClone(spec) as any, validateApiSpec: false, $refParser: { mode: "bundle" } }).load();
  } catch (error) {
    throw new Error(`${name} cannot be loaded: ${(error as Error).message}`);
  }
  const { apiDoc, routes, serial } = loaded;
  const { apiDocRes } = new SchemaPreprocessor(apiDoc, validator.ajvOpts.preprocessor, validator.options.validateResponses as any).preProcess();
  const requests = new RequestValidator(apiDoc, validator.ajvOpts.request);
  const validateRequest: RequestHandler = (req, res, next) => requests.validate(req as any, res as any, next);
  const responses = onResponseProblem ? new ResponseValidator(apiDocRes, validator.ajvOpts.response, validator.options.validateResponses as any, serial).validate() : null;

  return {
    operation(method, path) {
      const route = routes.find((r) => r.openApiRoute === path && r.method === method.toUpperCase());
      if (!route) throw new Error(`${name}: ${method.toUpperCase()} ${path} was not loaded`);
      const pathKey = route.openApiRoute.substring(route.basePath.length);
      const metadata = {
        expressRoute: route.expressRoute, openApiRoute: route.openApiRoute, serial,
        schema: (apiDoc.paths as any)[pathKey][method], _responseSchema: (apiDocRes?.paths as any)?.[pathKey]?.[method],
      };
      const tag: RequestHandler = (req, _res, next) => {
        (req as any).openapi = { ...metadata, pathParams: { ...req.params } };
        next();
      };
      return { expressRoute: route.expressRoute, handlers: responses ? [tag, validateRequest, responses as RequestHandler] : [tag, validateRequest] };
    },
  };
}
