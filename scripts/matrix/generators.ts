// The generator matrix's entries: for each, how a client is generated from a published spec, compiled
// where the language compiles, and how its smoke scenario runs against a live server. Versions are
// pinned here; the jar and the Python tools are fetched once into a cache (scripts/matrix/run.ts).

export interface Toolchain {
  /** The openapi-generator CLI jar from Maven Central, checked against its SHA-256. */
  jar: string;
  /** The Python of a virtual environment holding requirements.txt. */
  python: string;
  /** The jars generated Java clients compile and run with (JAVA_RUNTIME), as a classpath. */
  javaClasspath: string;
  /** The Kotlin compiler (KOTLIN_COMPILER) and what generated Kotlin clients compile and run with (KOTLIN_RUNTIME). */
  kotlinCompiler: string;
  kotlinClasspath: string;
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
  /** Runs the smoke scenario with PERSISTLY_URL and PERSISTLY_RUNTIME_KEY set (none where nothing here can run it). */
  smoke?: (tools: Toolchain, smokeDir: string) => string[][];
  /** What the table says beside the entry: why something is not checked. */
  note?: string;
  /** Extra environment for compile and smoke (PYTHONPATH and the like), given the output directory. */
  env?: (dir: string) => Record<string, string>;
}

const HERE = import.meta.dirname;
const bin = (name: string) => `${HERE}/../../node_modules/.bin/${name}`;

export const OPENAPI_GENERATOR = { version: "7.27.0", sha256: "db9c4b738727698748746144394cb7ee96512fe50166555baaeeca9311ee1dba" };

/** What openapi-generator's Java client (library `native`) imports, as its pom names them, each by path on Maven Central and SHA-256. */
export const JAVA_RUNTIME: Array<[path: string, sha256: string]> = [
  ["com/fasterxml/jackson/core/jackson-core/2.21.8/jackson-core-2.21.8.jar", "604ef7765013daf5cde192e40bc4c8412c4ca93f4aaf7bf8e9a62fad1e1026bb"],
  ["com/fasterxml/jackson/core/jackson-annotations/2.21/jackson-annotations-2.21.jar", "53ca085f4a150f703f49e1aabd935bd03b43e1ea3d55d135438292af22cef56b"],
  ["com/fasterxml/jackson/core/jackson-databind/2.21.8/jackson-databind-2.21.8.jar", "ad77f2285717e2f34c319d988b7c85783a47d0b33f33a501d1fcbf196e61bbaa"],
  ["com/fasterxml/jackson/datatype/jackson-datatype-jsr310/2.21.8/jackson-datatype-jsr310-2.21.8.jar", "63a0854504aa90ed8f34f891aaa5259f9bd622bac115323559a38abdc1e81632"],
  ["org/openapitools/jackson-databind-nullable/0.2.13/jackson-databind-nullable-0.2.13.jar", "afd06e34c42e6724a3ccf7cb2e143bce8d5161c806db610d457cc64205c8f4b7"],
  ["com/google/code/findbugs/jsr305/3.0.2/jsr305-3.0.2.jar", "766ad2a0783f2687962c8ad74ceecc38a28b9f72a2d085ee438b7813e928d0c7"],
  ["jakarta/annotation/jakarta.annotation-api/1.3.5/jakarta.annotation-api-1.3.5.jar", "85fb03fc054cdf4efca8efd9b6712bbb418e1ab98241c4539c8585bbc23e1b8a"],
];

const kotlin = (path: string) => `org/jetbrains/kotlin/${path}`;
/** kotlinc, run as the compiler jar and what its pom names (no Kotlin toolchain is installed here). */
export const KOTLIN_COMPILER: Array<[path: string, sha256: string]> = [
  [kotlin("kotlin-compiler-embeddable/2.4.21/kotlin-compiler-embeddable-2.4.21.jar"), "ef19419c765e7ac8404465fa026ca8fc4dbb8a822de0fc79aa53c8dce29f1d02"],
  [kotlin("kotlin-stdlib/2.4.21/kotlin-stdlib-2.4.21.jar"), "bd8250210584cb659847dce9cda660f8e9906e5def7fbebcea93dc6dcb6a88a3"],
  [kotlin("kotlin-script-runtime/2.4.21/kotlin-script-runtime-2.4.21.jar"), "a658cf5902a1525a06c264a5e42b437e97a6679ddeef8ca641246f270cf6a013"],
  [kotlin("kotlin-reflect/1.6.10/kotlin-reflect-1.6.10.jar"), "3277ac102ae17aad10a55abec75ff5696c8d109790396434b496e75087854203"],
  [kotlin("kotlin-daemon-embeddable/2.4.21/kotlin-daemon-embeddable-2.4.21.jar"), "7b3ef24674e5bcffcadfc4e43202ea314194939ecbcdd90a4770b2f1b04e0d07"],
  [kotlin("kotlin-build-tools-api/2.4.21/kotlin-build-tools-api-2.4.21.jar"), "c5cd6a49bd072b529ae10809111c16a7aa0f92147e95d288354017fd65799461"],
  ["org/jetbrains/kotlinx/kotlinx-coroutines-core-jvm/1.8.0/kotlinx-coroutines-core-jvm-1.8.0.jar", "9860906a1937490bf5f3b06d2f0e10ef451e65b95b269f22daf68a3d1f5065c5"],
  ["org/jetbrains/annotations/13.0/annotations-13.0.jar", "ace2a10dc8e2d5fd34925ecac03e4988b2c0f851650c94b8cef49ba1bd111478"],
];

/** What openapi-generator's Kotlin client (jvm-okhttp4, Gson) imports, as its build.gradle names them. */
export const KOTLIN_RUNTIME: Array<[path: string, sha256: string]> = [
  [kotlin("kotlin-stdlib/2.4.21/kotlin-stdlib-2.4.21.jar"), "bd8250210584cb659847dce9cda660f8e9906e5def7fbebcea93dc6dcb6a88a3"],
  ["com/google/code/gson/gson/2.14.0/gson-2.14.0.jar", "2cbd119bf1961c28788310963dc80ba65f58cdeec1dd139c8bdb1240faa2c36f"],
  ["com/squareup/okhttp3/okhttp-jvm/5.4.0/okhttp-jvm-5.4.0.jar", "b15e605ca0a4b12c62ea7f657dad413c236c947e875854767349cdbe20df473c"],
  ["com/squareup/okio/okio-jvm/3.17.0/okio-jvm-3.17.0.jar", "3b13dcc3e1573047c2d507fc4f7fcb0bb0cbcd9d395da21d20e09406e2cd6a73"],
];

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
    // 0.95.0: the last release that runs on Node 20 (0.96 needs 22.13). Its imports have no extensions:
    // type-checked with bundler resolution, run with tsx.
    language: "TypeScript", generator: "@hey-api/openapi-ts (fetch)", version: "0.95.0", spec: "sdk",
    generate: (spec) => [["cp", `${HERE}/smoke/hey-api.ts`, `${HERE}/tsconfig.bundler.json`, "."], [bin("openapi-ts"), "-i", spec, "-o", "client"]],
    compile: () => [[bin("tsc"), "-p", "tsconfig.bundler.json"]],
    smoke: () => [[bin("tsx"), "hey-api.ts"]],
  },
  {
    // 7.13.0: the last release that runs on Node 20 (7.14 and 8.x need 22.18).
    language: "TypeScript", generator: "orval (fetch)", version: "7.13.0", spec: "sdk",
    generate: (spec) => [["cp", `${HERE}/smoke/orval.ts`, `${HERE}/tsconfig.bundler.json`, "."], ["env", `PERSISTLY_SPEC=${spec}`, bin("orval"), "--config", `${HERE}/orval.config.cjs`]],
    compile: () => [[bin("tsc"), "-p", "tsconfig.bundler.json"]],
    smoke: () => [[bin("tsx"), "orval.ts"]],
  },
  {
    // 4.39.3: kubb 5 needs Node 22. Its client imports with .ts extensions (allowImportingTsExtensions).
    language: "TypeScript", generator: "kubb (fetch)", version: "4.39.3", spec: "sdk",
    generate: (spec) => [["cp", `${HERE}/smoke/kubb.ts`, `${HERE}/tsconfig.bundler.json`, `${HERE}/tsconfig.kubb.json`, "."], ["env", `PERSISTLY_SPEC=${spec}`, bin("kubb"), "generate", "--config", `${HERE}/kubb.config.mjs`]],
    compile: () => [[bin("tsc"), "-p", "tsconfig.kubb.json"]],
    smoke: () => [[bin("tsx"), "kubb.ts"]],
  },
  {
    language: "TypeScript", generator: "swagger-typescript-api", version: "13.13.0", spec: "sdk",
    generate: (spec) => [["cp", `${HERE}/smoke/swagger-typescript-api.ts`, `${HERE}/tsconfig.bundler.json`, "."], [bin("swagger-typescript-api"), "generate", "-p", spec, "-o", ".", "-n", "api.ts"]],
    compile: () => [[bin("tsc"), "-p", "tsconfig.bundler.json"]],
    smoke: () => [[bin("tsx"), "swagger-typescript-api.ts"]],
  },
  {
    language: "Python", generator: "openapi-generator python", version: OPENAPI_GENERATOR.version, spec: "sdk",
    generate: openapiGenerator("python", ["--package-name", "persistly_sdk"]),
    compile: (tools) => [[tools.python, "-c", "import persistly_sdk"]],
    smoke: (tools, smoke) => [[tools.python, `${smoke}/openapi-generator-python.py`]],
    env: (dir) => ({ PYTHONPATH: dir }),
  },
  {
    language: "Python", generator: "openapi-generator python", version: OPENAPI_GENERATOR.version, spec: "server",
    generate: openapiGenerator("python", ["--package-name", "persistly_server"]),
    compile: (tools) => [[tools.python, "-c", "import persistly_server"]],
    smoke: (tools, smoke) => [[tools.python, `${smoke}/openapi-generator-python-server.py`]],
    env: (dir) => ({ PYTHONPATH: dir }),
  },
  {
    language: "Python", generator: "openapi-python-client", version: "0.29.1", spec: "sdk",
    // The same configuration the Python SDK (sdks/python) generates its code with.
    generate: (spec, tools) => [[tools.python, "-m", "openapi_python_client", "generate", "--path", spec, "--output-path", "persistly_opc", "--meta", "none", "--config", `${HERE}/../../sdks/python/openapi-python-client.json`]],
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
  {
    language: "Go", generator: "openapi-generator go", version: OPENAPI_GENERATOR.version, spec: "sdk",
    generate: (spec, tools) => [
      ["cp", "-r", `${HERE}/go-openapi-generator/.`, "."],
      ...openapiGenerator("go", ["-o", "client", "--package-name", "persistly", "--git-host", "persistly.example", "--git-user-id", "go", "--git-repo-id", "client"])(spec, tools),
      ["rm", "-rf", "client/test"],
    ],
    compile: () => [["go", "build", "-o", "smoke", "."]],
    smoke: () => [["./smoke"]],
    env: () => ({ GOFLAGS: "-mod=mod" }),
  },
  {
    // Compiled with javac against the pinned jars (no Maven run: its plugins would be most of the time).
    language: "Java", generator: "openapi-generator java (native)", version: OPENAPI_GENERATOR.version, spec: "sdk",
    generate: (spec, tools) => [
      ...openapiGenerator("java", ["--library", "native", "--additional-properties",
        "invokerPackage=com.persistly.client,apiPackage=com.persistly.client.api,modelPackage=com.persistly.client.model"])(spec, tools),
      ["cp", `${HERE}/java/Smoke.java`, "."],
    ],
    compile: (tools) => [["sh", "-c", `javac -nowarn -d out -cp '${tools.javaClasspath}' $(find src/main/java -name '*.java') Smoke.java`]],
    smoke: (tools) => [["java", "-cp", `out:${tools.javaClasspath}`, "Smoke"]],
  },
  {
    // The schema ServerError (the 500's envelope) clashes with the client's own ServerError<T> (its
    // infrastructure, imported with a wildcard beside the models): the generator's fault, mapped away.
    language: "Kotlin", generator: "openapi-generator kotlin (jvm-okhttp4, gson)", version: OPENAPI_GENERATOR.version, spec: "sdk",
    generate: (spec, tools) => [
      ...openapiGenerator("kotlin", ["--additional-properties", "serializationLibrary=gson,packageName=com.persistly.client", "--model-name-mappings", "ServerError=ServerErrorEnvelope"])(spec, tools),
      ["cp", `${HERE}/kotlin/Smoke.kt`, "."],
    ],
    compile: (tools) => [["sh", "-c", `java -Xmx2g -cp '${tools.kotlinCompiler}' org.jetbrains.kotlin.cli.jvm.K2JVMCompiler -no-stdlib -no-reflect -nowarn -jvm-target 17 -cp '${tools.kotlinClasspath}' -d out $(find src/main -name '*.kt') Smoke.kt`]],
    smoke: (tools) => [["java", "-cp", `out:${tools.kotlinClasspath}`, "SmokeKt"]],
  },
  // The server and admin specs: generated and compiled (a smoke scenario runs for the server spec in
  // Python above; these say the other specs' clients build).
  {
    language: "TypeScript", generator: "openapi-typescript + openapi-fetch", version: "7.13.0 + 0.17.0", spec: "server",
    generate: (spec) => [["cp", `${HERE}/smoke/openapi-fetch-server.ts`, `${HERE}/tsconfig.smoke.json`, "."], [bin("openapi-typescript"), spec, "-o", "schema.d.ts", "--default-non-nullable", "false"]],
    compile: () => [[bin("tsc"), "-p", "tsconfig.smoke.json"]],
    smoke: () => [[bin("tsx"), "openapi-fetch-server.ts"]],
  },
  {
    language: "TypeScript", generator: "openapi-typescript", version: "7.13.0", spec: "admin",
    generate: (path) => [[bin("openapi-typescript"), path, "-o", "schema.d.ts", "--default-non-nullable", "false"]],
    compile: () => [[bin("tsc"), "--noEmit", "--strict", "schema.d.ts"]],
    note: "generated and compiled; no smoke for this spec yet",
  },
  {
    language: "Python", generator: "openapi-generator python", version: OPENAPI_GENERATOR.version, spec: "admin",
    generate: openapiGenerator("python", ["--package-name", "persistly_admin"]),
    compile: (tools) => [[tools.python, "-c", "import persistly_admin, persistly_admin.api"]],
    env: (dir) => ({ PYTHONPATH: dir }),
    note: "generated and imported; no smoke for this spec yet",
  },
  {
    language: "Java", generator: "openapi-generator java (native)", version: OPENAPI_GENERATOR.version, spec: "server",
    generate: openapiGenerator("java", ["--library", "native", "--additional-properties",
      "invokerPackage=com.persistly.server,apiPackage=com.persistly.server.api,modelPackage=com.persistly.server.model"]),
    compile: (tools) => [["sh", "-c", `javac -nowarn -d out -cp '${tools.javaClasspath}' $(find src/main/java -name '*.java')`]],
    note: "generated and compiled; no smoke for this spec yet",
  },
  {
    // Tried with Debian's mono 6.8: every library of the csharp generator needs NuGet packages (httpclient:
    // Newtonsoft.Json >= 9 for NamingStrategy, Polly, JsonSubTypes; generichost: System.Text.Json;
    // restsharp: RestSharp). Debian has Newtonsoft.Json 6 and nothing else, and no NuGet feed is reachable.
    language: "C#", generator: "openapi-generator csharp (httpclient)", version: OPENAPI_GENERATOR.version, spec: "sdk",
    generate: openapiGenerator("csharp", ["--library", "httpclient", "--additional-properties", "packageName=Persistly.Client,targetFramework=netstandard2.0"]),
    note: "generated only: its NuGet dependencies (Newtonsoft.Json 13, Polly, JsonSubTypes) cannot be fetched here; Debian's mono has Newtonsoft.Json 6",
  },
  {
    // No Dart toolchain exists on this machine or in CI: the client is generated, and nothing more.
    language: "Dart", generator: "openapi-generator dart", version: OPENAPI_GENERATOR.version, spec: "sdk",
    generate: openapiGenerator("dart", ["--additional-properties", "pubName=persistly_sdk"]),
    note: "generated only: no Dart toolchain here, so not compiled or run",
  },
];
