// The guides: each exists, their links resolve, and the errors guide lists exactly the error codes the
// specs document, each with its status.
import { describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { loadAdminSpec, loadSdkSpec, loadServerSpec } from "../../server/app.js";
import { resolveRef, specOperations } from "../../server/http/spec.js";
import { markdownFiles } from "../support/helpers.js";

const GUIDES = [
  "getting-started", "auth-boundary", "sync-and-conflicts", "device-transfer", "limits-by-plan",
  "idempotency", "rate-limits-and-quota", "deprecation-and-versioning", "live-events", "errors", "operators", "economy", "leaderboards-and-events", "lobbies-and-matchmaking", "portal", "ci", "sdk-authors",
];

/** Error code → the statuses at which the specs document it. */
function documentedCodes(specs: object[] = [loadSdkSpec(), loadServerSpec()]): Map<string, Set<number>> {
  const codes = new Map<string, Set<number>>();
  for (const spec of specs as any[]) {
    const collect = (node: any, status: number) => {
      const schema = resolveRef(spec, node);
      if (!schema || typeof schema !== "object") return;
      for (const key of ["allOf", "oneOf", "anyOf"]) for (const part of schema[key] ?? []) collect(part, status);
      const code = resolveRef(spec, resolveRef(spec, schema.properties?.error)?.properties?.code);
      for (const value of code?.const !== undefined ? [code.const] : (code?.enum ?? [])) {
        codes.set(value, (codes.get(value) ?? new Set()).add(status));
      }
    };
    for (const op of specOperations(spec)) {
      for (const [status, response] of Object.entries<any>(spec.paths[op.path][op.method].responses)) {
        collect(resolveRef(spec, response).content?.["application/json"]?.schema, Number(status));
      }
    }
  }
  return codes;
}

describe("guides", () => {
  it("exist, one per topic", () => {
    expect(GUIDES.filter((g) => !existsSync(join("docs", "guides", `${g}.md`)))).toEqual([]);
  });

  it("errors.md lists every documented error code with its status, and nothing else", () => {
    const rows = [...readFileSync("docs/guides/errors.md", "utf8").matchAll(/^\| `([a-z_]+)` \| (\d{3}) \|/gm)].map((m) => `${m[1]} ${m[2]}`);
    const documented = [...documentedCodes()].flatMap(([code, statuses]) => [...statuses].map((s) => `${code} ${s}`));
    expect(rows.filter((r) => !documented.includes(r)), "in errors.md, not in the specs").toEqual([]);
    expect(documented.filter((d) => !rows.includes(d)), "in the specs, not in errors.md").toEqual([]);
  });

  it("operators.md lists the operator surface's codes that errors.md does not, and no code that surface lacks", () => {
    const table = (file: string) => [...readFileSync(file, "utf8").matchAll(/^\| `([a-z_]+)` \| (\d{3}) \|/gm)].map((m) => `${m[1]} ${m[2]}`);
    const [general, operators] = [table("docs/guides/errors.md"), table("docs/guides/operators.md")];
    const admin = [...documentedCodes([loadAdminSpec()])].flatMap(([code, statuses]) => [...statuses].map((s) => `${code} ${s}`));
    expect(operators.filter((r) => !admin.includes(r)), "in operators.md, not in the admin spec").toEqual([]);
    expect(admin.filter((d) => !general.includes(d) && !operators.includes(d)), "in the admin spec, in neither guide").toEqual([]);
  });

  it("every relative link in docs/ and the README points at a file that exists", () => {
    const broken = ["README.md", ...markdownFiles("docs")].flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(/\]\(([^)#\s]+)(#[^)]*)?\)/g)]
        .map((m) => m[1])
        .filter((target) => !/^[a-z]+:/.test(target) && !existsSync(join(dirname(file), target)))
        .map((target) => `${file}: ${target}`),
    );
    expect(broken).toEqual([]);
  });
});
