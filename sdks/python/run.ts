// `npm run sdk:python [-- --regenerate]`: the Python SDK's checks, in a virtual environment with
// requirements.txt — the generated code is what the specs generate now (generate.py --check; after a
// spec change, --regenerate writes it), mypy --strict passes, and pytest runs the SDK's scenario against
// a live server (tests/conftest.py starts one).
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { venvPython } from "../../scripts/support/toolchain.js";

const here = import.meta.dirname;
const python = venvPython(join(here, "requirements.txt"));
const run = (...args: string[]) => execFileSync(python, args, { cwd: here, stdio: "inherit" });
run("generate.py", ...(process.argv.includes("--regenerate") ? [] : ["--check"]));
run("-m", "mypy");
run("-m", "pytest", "-q", "-p", "no:cacheprovider");
