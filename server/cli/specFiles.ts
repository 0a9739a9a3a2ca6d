// Files the CLI publishes (`catalog publish`, `leaderboards create`), checked against the spec's schemas
// (the same ones the HTTP surface validates with) before the domain checks what only it can.
import { Ajv2020 } from "ajv/dist/2020.js";
import { readFileSync } from "node:fs";
import { projectFile } from "../paths.js";
import type { Catalog } from "../domain/catalog.js";
import type { NewLeaderboard } from "../domain/leaderboards.js";
import type { NewEvent } from "../domain/tournaments.js";

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${file} is not valid JSON: ${(error as Error).message}`);
  }
}

/** Checks `value` against an admin-spec schema; the error names the file, the noun and the first problems. */
function checkAgainst<T>(value: unknown, schema: string, file: string, noun: string): T {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addSchema(JSON.parse(readFileSync(projectFile("spec/openapi.admin.json"), "utf8")), "admin");
  const validate = ajv.getSchema(`admin#/components/schemas/${schema}`)!;
  if (!validate(value)) {
    const problems = validate.errors!.slice(0, 5).map((e) => `${e.instancePath || "/"} ${e.message}`);
    throw new Error(`${file} is not ${noun}: ${problems.join("; ")}`);
  }
  return value as T;
}

export const parseCatalog = (text: string, file: string): Catalog => checkAgainst(parseJson(text, file), "Catalog", file, "a catalog");

/** One definition, or an array of them, each checked against `schema`. */
function parseDefinitions<T>(text: string, file: string, schema: string, noun: string): T[] {
  const value = parseJson(text, file);
  const list = Array.isArray(value) ? value : [value];
  return list.map((item, i) => checkAgainst<T>(item, schema, list.length > 1 ? `${file} [${i}]` : file, noun));
}

export const parseLeaderboards = (text: string, file: string) => parseDefinitions<NewLeaderboard>(text, file, "CreateLeaderboardRequest", "a leaderboard definition");
export const parseEvents = (text: string, file: string) => parseDefinitions<NewEvent>(text, file, "CreateEventRequest", "an event definition");
