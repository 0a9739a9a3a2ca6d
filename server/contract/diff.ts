// `persistly contract diff OLD NEW`: every change between two versions of a spec, classified as the
// project's own breaking-change gate classifies them (api-smart-diff, with the same rule that a new
// error code in an error union is additive), with a JSON pointer each, and per operation whether a
// client generated from OLD still works against NEW.
import { apiCompare } from "api-smart-diff";

export type ChangeKind = "breaking" | "deprecation" | "additive" | "unclassified";
export interface Change { kind: ChangeKind; action: string; pointer: string; description: string; operation: string | null }
export interface OperationVerdict { operation: string; method: string; path: string; compatible: boolean; breaking: number; deprecated: boolean }

// A new member of an error union (a new error code for a new situation) is additive: clients handle codes they do not know.
const NEW_ERROR_VARIANT = /^paths\/.+\/responses\/[45]\d\d\/content\/application~1json\/schema\/(oneOf|anyOf)\/\d+$/;
// Request bodies here are closed (additionalProperties: false): a property taken out of one is refused with
// 400 when an old client still sends it, so its removal breaks, whatever a generic diff calls it.
const REMOVED_REQUEST_PROPERTY = /^paths\/.+\/requestBody\/content\/[^/]+\/schema(\/.+)?\/properties\/[^/]+$/;
// Prose is not contract: api-smart-diff calls a response's new description breaking, but no client reads it.
const DESCRIPTION = /\/description$/;
const escape = (p: unknown) => String(p).replace(/~/g, "~0").replace(/\//g, "~1");
const METHODS = new Set(["get", "put", "post", "delete", "patch", "head", "options"]);

type Spec = { paths?: Record<string, Record<string, { operationId?: string; deprecated?: boolean }>> };

export function diffSpecs(before: Spec, after: Spec) {
  const { diffs } = apiCompare(before, after) as { diffs: Array<{ type: string; action: string; path: Array<string | number>; description?: string }> };
  const operationOf = (path: Array<string | number>) => {
    if (path[0] !== "paths" || !METHODS.has(String(path[2]))) return null;
    const op = after.paths?.[String(path[1])]?.[String(path[2])] ?? before.paths?.[String(path[1])]?.[String(path[2])];
    return op?.operationId ?? `${String(path[2]).toUpperCase()} ${path[1]}`;
  };
  const changes: Change[] = diffs.map((d) => {
    const pointer = d.path.map(escape).join("/");
    const closedRemoval = d.action === "remove" && REMOVED_REQUEST_PROPERTY.test(pointer);
    const kind: ChangeKind = closedRemoval ? "breaking"
      : d.action === "replace" && DESCRIPTION.test(pointer) ? "additive"
      : d.type === "breaking" ? (d.action === "add" && NEW_ERROR_VARIANT.test(pointer) ? "additive" : "breaking")
      : d.type === "deprecated" ? "deprecation" : d.type === "unclassified" ? "unclassified" : "additive";
    return { kind, action: d.action, pointer: `#/${pointer}`, description: d.description ?? "", operation: operationOf(d.path) };
  });
  const operations: OperationVerdict[] = [];
  for (const [path, item] of Object.entries(before.paths ?? {})) {
    for (const [method, op] of Object.entries(item)) {
      if (!METHODS.has(method)) continue;
      const name = op.operationId ?? `${method.toUpperCase()} ${path}`;
      const mine = changes.filter((c) => c.operation === name);
      const breaking = mine.filter((c) => c.kind === "breaking").length;
      const deprecated = Boolean(after.paths?.[path]?.[method]?.deprecated);
      operations.push({ operation: name, method: method.toUpperCase(), path, compatible: breaking === 0, breaking, deprecated });
    }
  }
  return { changes, operations };
}

const ORDER: ChangeKind[] = ["breaking", "deprecation", "additive", "unclassified"];
const TITLES: Record<ChangeKind, string> = { breaking: "Breaking", deprecation: "Deprecations", additive: "Additions", unclassified: "Unclassified" };

/** A changelog fragment: the changes by kind, then the operations a client generated from the old spec can no longer rely on. */
export function markdown(result: ReturnType<typeof diffSpecs>, from: string, to: string) {
  const lines = [`## API changes ${from} → ${to}`, ""];
  for (const kind of ORDER) {
    const of = result.changes.filter((c) => c.kind === kind);
    if (!of.length) continue;
    lines.push(`### ${TITLES[kind]} (${of.length})`, "");
    for (const c of of) lines.push(`- ${c.operation ? `\`${c.operation}\`: ` : ""}${c.description || c.action} (\`${c.pointer}\`)`);
    lines.push("");
  }
  const broken = result.operations.filter((o) => !o.compatible);
  lines.push(broken.length ? `A client generated from ${from} breaks on: ${broken.map((o) => `\`${o.operation}\``).join(", ")}.` : `A client generated from ${from} works against ${to}.`);
  return lines.join("\n");
}

export function text(result: ReturnType<typeof diffSpecs>, from: string, to: string) {
  const count = (kind: ChangeKind) => result.changes.filter((c) => c.kind === kind).length;
  const lines = [`${from} → ${to}: ${ORDER.map((k) => `${count(k)} ${k}`).join(", ")}`];
  for (const c of result.changes.filter((c) => c.kind === "breaking" || c.kind === "deprecation")) {
    lines.push(`  ${c.kind.padEnd(11)} ${c.operation ?? "(components)"}: ${c.description || c.action}  ${c.pointer}`);
  }
  for (const o of result.operations.filter((o) => !o.compatible)) lines.push(`  a client generated from ${from} breaks on ${o.operation} (${o.method} ${o.path})`);
  return lines.join("\n");
}
