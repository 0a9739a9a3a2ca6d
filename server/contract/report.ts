// How a verify run reads: one line per exchange as it finishes, a summary, and JUnit XML for CI.
import type { ExchangeResult } from "./verify.js";

const name = (r: ExchangeResult) => `step ${r.step}: ${r.operation} ${r.example} → ${r.documentedStatus}`;

export function resultLine(r: ExchangeResult): string {
  if (r.outcome === "skipped") return `- ${name(r)}: skipped, ${r.reason}`;
  const retried = r.retries ? `, after ${r.retries} Retry-After wait${r.retries > 1 ? "s" : ""}` : "";
  if (r.outcome === "passed") {
    return [`✓ ${name(r)} (${r.ms} ms${retried})`, ...r.notes.map((n) => `    note: ${n}`)].join("\n");
  }
  return [`✗ ${name(r)}: ${r.request} (${r.where})${retried}`, ...r.problems.map((p) => `    ${p}`), ...r.notes.map((n) => `    note: ${n}`)].join("\n");
}

export function summary(results: ExchangeResult[], target: string): string {
  const count = (outcome: ExchangeResult["outcome"]) => results.filter((r) => r.outcome === outcome).length;
  const reasons = new Map<string, number>();
  for (const r of results.filter((x) => x.outcome === "skipped")) reasons.set(r.reason!, (reasons.get(r.reason!) ?? 0) + 1);
  const skipped = [...reasons].map(([reason, n]) => `  ${n} skipped: ${reason}`);
  return [`${count("passed")} passed, ${count("failed")} failed, ${count("skipped")} skipped against ${target}.`, ...skipped].join("\n");
}

const xml = (text: string) => text.replace(/[<>&"']/g, (c) => `&${{ "<": "lt", ">": "gt", "&": "amp", '"': "quot", "'": "apos" }[c]};`)
  // eslint-disable-next-line no-control-regex
  .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "");

/** JUnit XML: a suite per page, a case per exchange (skipped and failed ones marked as such). */
export function junit(results: ExchangeResult[], target: string): string {
  const pages = new Map<string, ExchangeResult[]>();
  for (const r of results) {
    const page = r.where.replace(/:\d+$/, "");
    pages.set(page, [...(pages.get(page) ?? []), r]);
  }
  const seconds = (rs: ExchangeResult[]) => (rs.reduce((t, r) => t + r.ms, 0) / 1000).toFixed(3);
  const count = (rs: ExchangeResult[], outcome: string) => rs.filter((r) => r.outcome === outcome).length;
  const testcase = (r: ExchangeResult) => {
    const open = `    <testcase classname="${xml(r.where.replace(/:\d+$/, ""))}" name="${xml(name(r))}" time="${(r.ms / 1000).toFixed(3)}"`;
    if (r.outcome === "passed") return `${open}/>`;
    if (r.outcome === "skipped") return `${open}>\n      <skipped message="${xml(r.reason!)}"/>\n    </testcase>`;
    const detail = [`${r.request} (${r.where})`, ...r.problems, ...r.notes.map((n) => `note: ${n}`)].join("\n");
    return `${open}>\n      <failure message="${xml(r.problems[0] ?? "failed")}" type="ContractDrift">${xml(detail)}</failure>\n    </testcase>`;
  };
  const suites = [...pages].map(([page, rs]) =>
    `  <testsuite name="${xml(page)}" tests="${rs.length}" failures="${count(rs, "failed")}" errors="0" skipped="${count(rs, "skipped")}" time="${seconds(rs)}">\n${rs.map(testcase).join("\n")}\n  </testsuite>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="${xml(`persistly contract verify ${target}`)}" tests="${results.length}" failures="${count(results, "failed")}" errors="0" skipped="${count(results, "skipped")}" time="${seconds(results)}">\n${suites.join("\n")}\n</testsuites>\n`;
}
