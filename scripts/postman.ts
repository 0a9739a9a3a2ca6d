// `npm run postman`: writes the walk-through collection (scripts/docs/collection.ts) to build/postman/,
// and checks that both specs still import into Postman (openapi-to-postmanv2, the converter Postman
// itself uses), failing on any conversion error: integrators import the specs as well as the collection.
import Converter from "openapi-to-postmanv2";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildCollection } from "./docs/collection.js";

const OUT = join("build", "postman");
const FILE = join(OUT, "persistly.postman_collection.json");

const convert = (spec: object) =>
  new Promise<{ result: boolean; reason?: string; output?: Array<{ data?: unknown }> }>((resolve) =>
    Converter.convert({ type: "json", data: spec }, {}, (err: { message: string } | null, result: any) =>
      resolve(err ? { result: false, reason: err.message } : result),
    ),
  );

let failed = false;
for (const name of ["openapi.sdk.json", "openapi.server.json"]) {
  const result = await convert(JSON.parse(readFileSync(join("spec", name), "utf8")));
  if (!result.result || !result.output?.[0]?.data) {
    console.error(`spec/${name}: does not import into Postman: ${result.reason ?? "no collection produced"}`);
    failed = true;
  }
}

const collection = buildCollection();
mkdirSync(OUT, { recursive: true });
writeFileSync(FILE, `${JSON.stringify(collection, null, 2)}\n`);
console.log(`${FILE}: ${collection.item.length} requests; set runtimeKey and serverKey, then run it (newman run ${FILE} --env-var runtimeKey=… --env-var serverKey=…)`);
process.exit(failed ? 1 : 0);
