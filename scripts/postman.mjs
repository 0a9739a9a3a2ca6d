// Converts both specs to Postman collections (openapi-to-postmanv2) and fails on any conversion error:
// the collections are what an integrator without an SDK imports. Written to build/postman/.
import Converter from "openapi-to-postmanv2";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const OUT = join("build", "postman");
const convert = (spec) =>
  new Promise((resolve) =>
    Converter.convert({ type: "json", data: spec }, { folderStrategy: "Tags", requestParametersResolution: "Example", exampleParametersResolution: "Example" }, (err, result) =>
      resolve(err ? { result: false, reason: err.message } : result),
    ),
  );

mkdirSync(OUT, { recursive: true });
let failed = false;
for (const name of ["openapi.sdk.json", "openapi.server.json"]) {
  const spec = JSON.parse(readFileSync(join("spec", name), "utf8"));
  const result = await convert(spec);
  const collection = result.result ? result.output?.[0]?.data : undefined;
  if (!collection) {
    console.error(`spec/${name}: Postman conversion failed: ${result.reason ?? "no collection produced"}`);
    failed = true;
    continue;
  }
  const requests = JSON.stringify(collection).match(/"request":/g)?.length ?? 0;
  const file = join(OUT, name.replace("openapi.", "persistly.").replace(".json", ".postman_collection.json"));
  writeFileSync(file, JSON.stringify(collection, null, 2));
  console.log(`spec/${name} → ${file} (${requests} requests)`);
}
process.exit(failed ? 1 : 0);
