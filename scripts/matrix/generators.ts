// The generator matrix's entries: for each, how a client is generated from a published spec, compiled
// where the language compiles, and how its smoke scenario runs against a live server. Versions are
// pinned here; the jar and the Python tools are fetched once into a cache (scripts/matrix/run.ts).

export interface Toolchain {
  /** The openapi-generator CLI jar from Maven Central, checked against its SHA-256. */
  jar: string;
  /** The Python of a virtual environment holding requirements.txt. */
  python: string;
}

export interface Entry {
  language: string;
  generator: string;
  version: string;
  spec: "sdk" | "server" | "admin";
  /** Commands run in the entry's empty output directory, given the spec's path; each is [program, ...args]. */
  generate: (spec: string, tools: Toolchain) => string[][];
  /** Compiles or imports what was generated (skipped where nothing compiles). */
  compile?: (tools: Toolchain) => string[][];
  /** Runs the smoke scenario with PERSISTLY_URL and PERSISTLY_RUNTIME_KEY set. */
  smoke: (tools: Toolchain, smokeDir: string) => string[][];
  /** Extra environment for compile and smoke (PYTHONPATH and the like), given the output directory. */
  env?: (dir: string) => Record<string, string>;
}

const HERE = import.meta.dirname;
const bin = (name: string) => `${HERE}/../../node_modules/.bin/${name}`;

export const OPENAPI_GENERATOR = { version: "7.27.0", sha256: "db9c4b738727698748746144394cb7ee96512fe50166555baaeeca9311ee1dba" };

const openapiGenerator = (name: string, options: string[] = []) => (spec: string, tools: Toolchain) =>
  [["java", "-jar", tools.jar, "generate", "-g", name, "-i", spec, "-o", ".", ...options]];

export const ENTRIES: Entry[] = [
  {
    // The types this repository's own client (@persistly/client) is built on. Without
    // --default-non-nullable false, a request field with a default (`force`) would be required.
    language: "TypeScript", generator: "openapi-typescript + openapi-fetch", version: "7.13.0 + 0.17.0", spec: "sdk",
    generate: (spec) => [["cp", `${HERE}/smoke/openapi-fetch.ts`, `${HERE}/tsconfig.smoke.json`, "."], [bin("openapi-typescript"), spec, "-o", "schema.d.ts", "--default-non-nullable", "false"]],
    compile: () => [[bin("tsc"), "-p", "tsconfig.smoke.json"]],
    smoke: () => [[bin("tsx"), "openapi-fetch.ts"]],
  },
  {
    language: "Python", generator: "openapi-generator python", version: OPENAPI_GENERATOR.version, spec: "sdk",
    generate: openapiGenerator("python", ["--package-name", "persistly_sdk"]),
    compile: (tools) => [[tools.python, "-c", "import persistly_sdk"]],
    smoke: (tools, smoke) => [[tools.python, `${smoke}/openapi-generator-python.py`]],
    env: (dir) => ({ PYTHONPATH: dir }),
  },
  {
    language: "Python", generator: "openapi-python-client", version: "0.29.1", spec: "sdk",
    generate: (spec, tools) => [[tools.python, "-m", "openapi_python_client", "generate", "--path", spec, "--output-path", "persistly_opc", "--meta", "none", "--config", "../openapi-python-client.json"]],
    compile: (tools) => [[tools.python, "-c", "import persistly_opc"]],
    smoke: (tools, smoke) => [[tools.python, `${smoke}/openapi-python-client.py`]],
    env: (dir) => ({ PYTHONPATH: dir }),
  },
  {
    // go.mod pins the generator as a tool, and go.sum every module it and the client use.
    language: "Go", generator: "oapi-codegen", version: "2.8.2", spec: "sdk",
    generate: (spec) => [["cp", "-r", `${HERE}/go/.`, "."], ["go", "tool", "oapi-codegen", "-config", "oapi-codegen.yaml", spec]],
    compile: () => [["go", "build", "-o", "smoke", "."]],
    smoke: () => [["./smoke"]],
    env: () => ({ GOFLAGS: "-mod=mod" }),
  },
];
