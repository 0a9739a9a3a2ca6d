// `persistly import FILE.ndjson`: one account per line, in batches, through the same import as the
// server surface. A malformed line is reported with its number and skipped; progress is checkpointed
// after every batch, so an interrupted import resumes where it stopped.
import { createReadStream, existsSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { Ajv2020, type ErrorObject } from "ajv/dist/2020.js";
import { SingleBar, Presets } from "cli-progress";
import { loadServerSpec } from "../app.js";
import { importAccounts, IMPORT_MAX_ITEMS, type ImportItem, type ImportTarget } from "../domain/migration.js";
import type { AppDeps } from "../domain/context.js";

interface Checkpoint {
  size: number;
  linesDone: number;
}

export interface ImportSummary {
  lines: number;
  created: number;
  existing: number;
  failed: number;
  skipped: number;
  resumedAfterLine: number;
}

/** Validates a line's item against the server spec's ImportAccount schema. */
function itemValidator() {
  const ajv = new Ajv2020({ strict: false });
  ajv.addSchema(loadServerSpec(), "server");
  return ajv.getSchema("server#/components/schemas/ImportAccount")!;
}

/** One schema problem, naming the property it is about. */
function describeProblem(error: ErrorObject | undefined) {
  if (!error) return "invalid";
  const at = error.instancePath || "/";
  if (error.keyword === "additionalProperties") return `${at}: unknown property "${error.params.additionalProperty}" (must NOT have additional properties)`;
  if (error.keyword === "required") return `${at}: missing required property "${error.params.missingProperty}"`;
  return `${at} ${error.message ?? "invalid"}`;
}

async function countLines(file: string): Promise<number> {
  let lines = 0;
  for await (const _ of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) lines++;
  return lines;
}

export async function importFile(
  deps: AppDeps, target: ImportTarget, file: string,
  options: { batchSize?: number; progress?: boolean; report: (line: string) => void },
): Promise<ImportSummary> {
  const checkpointFile = `${file}.checkpoint.json`;
  const size = statSync(file).size;
  const saved: Checkpoint | null = existsSync(checkpointFile) ? JSON.parse(readFileSync(checkpointFile, "utf8")) : null;
  // A checkpoint of another version of the file is not trusted.
  const resumeAfter = saved && saved.size === size ? saved.linesDone : 0;
  const batchSize = Math.min(options.batchSize ?? IMPORT_MAX_ITEMS, IMPORT_MAX_ITEMS);
  const validate = itemValidator();
  const total = await countLines(file);
  const bar = options.progress ? new SingleBar({ format: "import [{bar}] {value}/{total} lines | {eta_formatted} left", stream: process.stderr }, Presets.shades_classic) : null;
  bar?.start(total, resumeAfter);

  const summary: ImportSummary = { lines: total, created: 0, existing: 0, failed: 0, skipped: 0, resumedAfterLine: resumeAfter };
  let batch: Array<{ line: number; item: ImportItem }> = [];
  let lineNumber = 0;

  const flush = async (lastLine: number) => {
    if (batch.length > 0) {
      const items = batch;
      const report = await deps.store.transaction((tx) => importAccounts({ ...deps, store: tx }, target, items.map((b) => b.item)));
      summary.created += report.created;
      summary.existing += report.existing;
      summary.failed += report.failed;
      for (const r of report.results) {
        if (r.status === "failed") options.report(`line ${items[r.index].line}: ${r.error.code}: ${r.error.message}`);
      }
    }
    batch = [];
    writeFileSync(checkpointFile, JSON.stringify({ size, linesDone: lastLine } satisfies Checkpoint));
    bar?.update(lastLine);
  };

  for await (const text of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    lineNumber++;
    if (lineNumber <= resumeAfter || text.trim() === "") continue;
    let item: unknown;
    try {
      item = JSON.parse(text);
    } catch (error) {
      summary.skipped++;
      options.report(`line ${lineNumber}: not valid JSON (${(error as Error).message}); skipped`);
      continue;
    }
    if (!validate(item)) {
      summary.skipped++;
      options.report(`line ${lineNumber}: ${describeProblem(validate.errors?.[0])}; skipped`);
      continue;
    }
    batch.push({ line: lineNumber, item: item as ImportItem });
    if (batch.length >= batchSize) await flush(lineNumber);
  }
  await flush(lineNumber);
  bar?.stop();
  rmSync(checkpointFile, { force: true });
  return summary;
}
