// The TypeScript in docs/client.md must compile against the client: the page's snippets are joined in
// order (each builds on the ones before) and type-checked with the TypeScript compiler.
import { describe, expect, it } from "vitest";
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";

/** Names a reader supplies in the snippets (values from their own game). */
const PREAMBLE = `import { createSdkClient, createServerClient, syncWithMerge, liveEvents } from "../../client/index.js";
declare const code: string;
declare function reloadMain(version: number): void;
`;

function snippets(file: string): string {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1].replace(/^import .* from "@persistly\/client";\n/m, "")).join("\n");
}

describe("docs/client.md", () => {
  it("has TypeScript snippets that type-check against the client", () => {
    const dir = join("test", ".snippets");
    mkdirSync(dir, { recursive: true });
    const file = join(dir, "client-md.ts");
    writeFileSync(file, `${PREAMBLE}\nexport async function page() {\n${snippets("docs/client.md")}\n}\n`);
    const program = ts.createProgram([file], {
      strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext, skipLibCheck: true, types: ["node"],
    });
    const problems = ts.getPreEmitDiagnostics(program).map((d) => `${d.file ? d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1 : "?"}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
    expect(problems).toEqual([]);
  }, 60_000);
});
