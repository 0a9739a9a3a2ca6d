// The README's curl walk-through, pasted into bash against a live server: each command's status is the
// one its `# NNN` comment promises, and the values the reader is told to copy (ACC, SES, CODE) are
// copied from the real answers. Placeholder assignments (`ACC=acc_…`) are what a reader replaces.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { readFileSync } from "node:fs";
import { listenLocal, startServer, type TestServer } from "../support/helpers.js";

// Asynchronous: the server answers from this same process.
const run = promisify(execFile);
const readme = readFileSync("README.md", "utf8");
const walkthrough = readme.slice(readme.indexOf("## Walk-through with curl"), readme.indexOf("\n## ", readme.indexOf("## Walk-through with curl") + 5));

/** Each command of the walk-through's sh blocks, joined across `\` continuations, with the status its comment promises. */
const commands = [...walkthrough.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap(([, block]) => {
  const lines = block.replace(/\\\n\s*/g, "").split("\n");
  return lines.flatMap((line, i) => {
    if (!line.startsWith("curl")) return [];
    const promise = lines.slice(i + 1).find((l) => l.startsWith("#") || l.startsWith("curl"));
    return [{ command: line, status: /^# (\d{3})/.exec(promise ?? "")?.[1], output: promise?.startsWith("# event:") ? promise.slice(2) : undefined }];
  });
});

describe("the README walk-through, pasted into bash", () => {
  let server: TestServer;
  let http: Awaited<ReturnType<typeof listenLocal>>;
  const vars: Record<string, string> = {};

  beforeAll(async () => {
    server = await startServer();
    http = await listenLocal(server.app);
    vars.KEY = server.runtimeKey;
  });
  afterAll(async () => {
    await http.close();
    await server.app.stop();
  });

  it("has the steps it describes", () => {
    expect(commands.length).toBeGreaterThanOrEqual(8);
    expect(commands.some((c) => c.command.includes("$CODE"))).toBe(true);
  });

  it("answers every command as its comment says", async () => {
    const transcript: string[] = [];
    for (const { command, status, output } of commands) {
      const live = command.replaceAll("localhost:8080", http.origin).replace(/^curl (-N )?/, (_m, n) => `curl ${n ?? ""}--max-time 3 -w '\\n%{http_code}' `);
      let out: string;
      try {
        out = (await run("bash", ["-c", live], { env: { ...process.env, ...vars }, encoding: "utf8" })).stdout;
      } catch (error) {
        out = String((error as { stdout?: string }).stdout ?? ""); // curl -N ends by --max-time (exit 28)
      }
      const code = out.slice(out.lastIndexOf("\n") + 1);
      const body = out.slice(0, out.lastIndexOf("\n"));
      transcript.push(`$ ${command}\n${code} ${body.slice(0, 120)}`);
      if (status) expect(code, transcript.join("\n")).toBe(status);
      if (output) expect(body).toContain(output);
      const json = body.startsWith("{") ? JSON.parse(body) : {};
      if (json.accountSessionToken && !vars.SES) Object.assign(vars, { ACC: json.accountId, SES: json.accountSessionToken });
      if (json.code && typeof json.code === "string" && json.expiresAt) vars.CODE = json.code.toLowerCase().replaceAll("-", " ");
    }
    expect(vars.CODE, "the transfer code step ran").toBeDefined();
  }, 30_000);
});
