// The TypeScript in docs/ must compile against the client. docs/client.md's snippets are joined in
// order (each builds on the ones before); every other page's snippets stand alone, each in its own
// scope, with the four clients the reference pages name (anonymous, player, backend, admin).
import { describe, expect, it } from "vitest";
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { markdownFiles } from "../support/helpers.js";

/** Names a reader supplies in the snippets (values from their own game). */
const PREAMBLE = `import { createAdminClient, createSdkClient, createServerClient, syncWithMerge, liveEvents, leaderboardLive, quickJoin } from "@persistly/client";
declare const code: string;
declare function reloadMain(version: number): void;
`;

const CLIENTS = `const anonymous = createSdkClient({ baseUrl: "http://localhost:8080", runtimeKey: "pst_rt_…" });
const player = anonymous.withSession("pst_as_…");
const backend = createServerClient({ baseUrl: "http://localhost:8080", serverKey: "pst_sk_…" });
const admin = createAdminClient({ baseUrl: "http://localhost:8080" });
`;

const blocks = (file: string) => [...readFileSync(file, "utf8").matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]);
/** A snippet's imports are the preamble's (hoisted): they must name the package as a user installs it. */
const importLines = (code: string) => code.split("\n").filter((line) => line.startsWith("import "));
const withoutImports = (code: string) => code.split("\n").filter((line) => !line.startsWith("import ")).join("\n");
const snippets = (file: string) => blocks(file).map(withoutImports).join("\n");

/** Type-checks one generated file; returns the problems as "line: message". */
function typeCheck(file: string): string[] {
  const program = ts.createProgram([file], {
    strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext, skipLibCheck: true, types: ["node"],
  });
  return ts.getPreEmitDiagnostics(program).map((d) => `${d.file ? d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1 : "?"}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
}

describe("docs/client.md", () => {
  it("every snippet imports the client by its package name", () => {
    const pages = ["README.md", ...markdownFiles("docs")];
    const stray = pages.flatMap((page) => blocks(page).flatMap(importLines).filter((l) => !l.endsWith(' from "@persistly/client";')).map((l) => `${page}: ${l}`));
    expect(stray).toEqual([]);
    expect(pages.flatMap((page) => blocks(page).flatMap(importLines)).length).toBeGreaterThan(1);
  });

  it("has TypeScript snippets that type-check against the client", () => {
    const dir = join("test", ".snippets");
    mkdirSync(dir, { recursive: true });
    const file = join(dir, "client-md.ts");
    writeFileSync(file, `${PREAMBLE}\nexport async function page() {\n${snippets("docs/client.md")}\n}\n`);
    const problems = typeCheck(file);
    expect(problems).toEqual([]);
  }, 60_000);

  it("every other page's snippets type-check on their own", () => {
    const dir = join("test", ".snippets");
    mkdirSync(dir, { recursive: true });
    const file = join(dir, "pages.ts");
    const sources = markdownFiles("docs").filter((p) => !p.endsWith("client.md")).flatMap((page) => blocks(page).map((code) => ({ page, code })));
    const functions = sources.map(({ page, code }, i) => `// ${page}\nexport async function snippet${i}() {\n${withoutImports(code)}\n}`);
    writeFileSync(file, `${PREAMBLE}\n${CLIENTS}\n${functions.join("\n\n")}\n`);
    expect(sources.length).toBeGreaterThan(20);
    expect(typeCheck(file)).toEqual([]);
  }, 60_000);
});
