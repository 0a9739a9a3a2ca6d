// `persistly catalog publish`: a catalog file checked against the spec's Catalog schema (the same one
// the HTTP surface validates with) before the domain checks its references.
import { Ajv2020 } from "ajv/dist/2020.js";
import { readFileSync } from "node:fs";
import { projectFile } from "../paths.js";
import type { Catalog } from "../domain/catalog.js";

export function parseCatalog(text: string, file: string): Catalog {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file} is not valid JSON: ${(error as Error).message}`);
  }
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addSchema(JSON.parse(readFileSync(projectFile("spec/openapi.admin.json"), "utf8")), "admin");
  const validate = ajv.getSchema("admin#/components/schemas/Catalog")!;
  if (!validate(value)) {
    const problems = validate.errors!.slice(0, 5).map((e) => `${e.instancePath || "/"} ${e.message}`);
    throw new Error(`${file} is not a catalog: ${problems.join("; ")}`);
  }
  return value as Catalog;
}
