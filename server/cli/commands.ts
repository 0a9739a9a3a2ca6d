// The CLI's commands, their flags and their help: one table, from which parsing, per-command help and
// the usage text derive. Help lines stay within 100 columns.
import { parseArgs, type ParseArgsConfig } from "node:util";
import { DEFAULT_WORKSPACE } from "../domain/operator.js";

/** Bad usage: one line and exit 2 (the command's help is one `--help` away). */
export class UsageError extends Error {}

export interface Command {
  /** The command words: `keys create`. */
  name: string;
  args?: string;
  summary: string;
  flags: string[];
  /** Runs against an existing database only; never creates one. */
  needsDatabase: boolean;
}

const FLAGS: Record<string, { type: "string" | "boolean"; short?: string; value?: string; multiple?: boolean; help: string }> = {
  json: { type: "boolean", help: "print JSON (errors too, on stderr)" },
  workspace: { type: "string", value: "NAME", help: `the workspace (default "${DEFAULT_WORKSPACE}"); never created by a typo` },
  env: { type: "string", value: "NAME", help: "the environment" },
  kind: { type: "string", value: "runtime|server", help: "runtime ships in game builds; server stays on trusted backends" },
  batch: { type: "string", value: "N", help: "rows per transaction" },
  from: { type: "string", value: "sqlite:PATH", help: "the embedded database to copy" },
  to: { type: "string", value: "postgres://…", help: "the PostgreSQL database to copy into" },
  workers: { type: "string", value: "N", help: "server processes sharing the port and the database" },
  studio: { type: "string", value: "NAME", help: "the studio (workspace) the member joins" },
  email: { type: "string", value: "EMAIL", help: "the member's email" },
  role: { type: "string", value: "ROLE", help: "owner | admin | support | viewer" },
  "password-stdin": { type: "boolean", help: "read the password from stdin instead of generating one" },
  format: { type: "string", value: "text|markdown|json", help: "how to print the changes (markdown: a changelog fragment)" },
  "base-url": { type: "string", value: "URL", help: "the deployment whose served specs to read (https://api.example)" },
  uses: { type: "string", value: "FILE", help: "the operations your studio calls: one operationId or METHOD /path per line, # comments" },
  "warn-only": { type: "boolean", help: "report deprecations without failing" },
  "runtime-key": { type: "string", value: "KEY", help: "the environment's runtime key (default: $PERSISTLY_RUNTIME_KEY)" },
  "server-key": { type: "string", value: "KEY", help: "its server key, for the server surface's exchanges (default: $PERSISTLY_SERVER_KEY)" },
  only: { type: "string", value: "TAG|OPERATION", multiple: true, help: "check only these operations or spec tags (repeat, or comma-separate)" },
  "allow-destructive": { type: "boolean", help: "also publish config and erase and import the run's own accounts" },
  junit: { type: "string", value: "FILE", help: "write the results as JUnit XML" },
  "max-wait": { type: "string", value: "SECONDS", help: "the longest Retry-After to wait out before failing a step (default 60)" },
  help: { type: "boolean", short: "h", help: "this command's help (-h)" },
};

const COMMON = ["json", "workspace", "help"];
const c = (name: string, args: string | undefined, summary: string, flags: string[] = [], needsDatabase = true): Command =>
  ({ name, args, summary, flags: [...flags, ...COMMON], needsDatabase });

export const COMMANDS: Command[] = [
  c("init", undefined, "create and migrate the database; the first time, a development environment and its keys", [], false),
  c("doctor", undefined, "check the database, migrations, environments, keys (prefixes), plan, Redis and PostgreSQL", [], false),
  c("serve", undefined, "run the server (as npm start does)", ["workers"], false),
  c("migrate", undefined, "bring the database's schema up to date (servers also do on start)", [], false),
  c("copy", undefined, "copy an embedded database into PostgreSQL (resumable)", ["from", "to", "batch"], false),
  c("studios create", "NAME", "create another studio (workspace); add its games with env create NAME --workspace STUDIO"),
  c("env create", "NAME", "create an environment (lower-case letters, digits, hyphens)"),
  c("env list", undefined, "list environments"),
  c("keys create", undefined, "issue a key, shown once", ["env", "kind"]),
  c("keys list", undefined, "list an environment's keys by prefix", ["env"]),
  c("keys revoke", "KEY|PREFIX|ID", "revoke a key: the full key, its prefix as listed, or its id"),
  c("plan set", "PLAN", "free | indie | studio | enterprise"),
  c("plan show", undefined, "the workspace's plan and its limits"),
  c("transfer-codes enable", undefined, "let players create device-transfer codes", ["env"]),
  c("transfer-codes disable", undefined, "stop new device-transfer codes", ["env"]),
  c("cors allow", "ORIGIN…", "let browser games on these origins call the SDK surface (* for any)", ["env"]),
  c("cors remove", "ORIGIN…", "stop allowing these origins", ["env"]),
  c("cors list", undefined, "the origins allowed for an environment", ["env"]),
  c("config publish", "FILE.json", "publish a game config version and make it active", ["env"]),
  c("members create", undefined, "add a member to a studio (the first owner); prints a one-time password",
    ["studio", "email", "role", "password-stdin"]),
  c("members list", undefined, "a studio's members and their roles", ["studio"]),
  c("catalog publish", "FILE.json", "publish a catalog of currencies, items and offers and make it active", ["env"]),
  c("leaderboards create", "FILE.json", "create leaderboards from a definition, or an array of them (createLeaderboard's body)", ["env"]),
  c("leaderboards list", undefined, "an environment's leaderboards and their current periods", ["env"]),
  c("events create", "FILE.json", "create events from a definition, or an array of them (createEvent's body)", ["env"]),
  c("events list", undefined, "an environment's events, their status and participants", ["env"]),
  c("contract diff", "OLD.json NEW.json", "classify what changed between two specs (files or URLs); exit 1 if anything breaks", ["format"], false),
  c("contract verify", undefined, "replay the docs' exact examples against a deployment; exit 1 on any drift",
    ["base-url", "runtime-key", "server-key", "only", "allow-destructive", "junit", "max-wait"], false),
  c("contract deprecations", undefined, "fail when an operation you use is deprecated (or gone) on a deployment", ["base-url", "uses", "warn-only"], false),
  c("accounts erase", "ACCOUNT_ID", "erase an account (the SDK answers 410 gone from then on)"),
  c("import", "FILE.ndjson", "import accounts, one JSON object per line (resumable); exit 1 if any line fails", ["env", "batch"]),
  c("prune", undefined, "delete slot versions past the plan's restore window, and expired idempotency records"),
];

const GROUPS = [...new Set(COMMANDS.map((cmd) => cmd.name.split(" ")[0]))];

/** A command's synopsis, wrapped to stay within 100 columns (continuation lines indented). */
function usageLine(cmd: Command, indent = "") {
  const words = ["persistly", cmd.name, cmd.args, ...cmd.flags.filter((f) => !COMMON.includes(f)).map((f) => `--${f} ${FLAGS[f].value ?? ""}`.trim())]
    .filter((w): w is string => Boolean(w));
  const lines = [words[0]];
  for (const word of words.slice(1)) {
    if (indent.length + lines[lines.length - 1].length + word.length + 1 > 96) lines.push(`      ${word}`);
    else lines[lines.length - 1] += ` ${word}`;
  }
  return lines.join(`\n${indent}`);
}

const listing = (commands: Command[]) => commands.map((cmd) => `  ${usageLine(cmd, "  ")}\n      ${cmd.summary}`).join("\n");

export const USAGE = [
  "persistly — operate a Persistly database",
  "Database: PERSISTLY_DATABASE_URL=postgres://…, else PERSISTLY_DB (default data/persistly.db).",
  "",
  listing(COMMANDS),
  "",
  "Every command: --json, --workspace NAME, --help. More: persistly help COMMAND.",
].join("\n");

/** Help for one command, or for a group (`persistly keys`). */
export function helpFor(words: string[]): string | null {
  const name = words.join(" ");
  const cmd = COMMANDS.find((x) => x.name === name);
  if (cmd) {
    const flags = cmd.flags.map((f) => `  --${`${f} ${FLAGS[f].value ?? ""}`.trim().padEnd(24)} ${FLAGS[f].help}`);
    return [`Usage: ${usageLine(cmd, "       ")}`, "", cmd.summary, "", "Options:", ...flags].join("\n");
  }
  const group = COMMANDS.filter((x) => x.name.split(" ")[0] === words[0]);
  return group.length ? [`persistly ${words[0]}:`, listing(group), "", `Details: persistly ${words[0]} COMMAND --help`].join("\n") : null;
}

const option = (name: string) => ({ type: FLAGS[name].type, ...(FLAGS[name].short ? { short: FLAGS[name].short } : {}), ...(FLAGS[name].multiple ? { multiple: true } : {}) });
const allOptions = Object.fromEntries(Object.keys(FLAGS).map((name) => [name, option(name)])) as ParseArgsConfig["options"];

export interface Invocation {
  command: Command | null;
  /** The command words and arguments, as typed. */
  words: string[];
  /** Positional arguments after the command words. */
  args: string[];
  flags: Record<string, string | boolean | undefined>;
  help: boolean;
}

/** Finds the command and parses its flags strictly: an unknown flag or a missing value is a UsageError. */
export function parseInvocation(argv: string[]): Invocation {
  let loose;
  try {
    loose = parseArgs({ args: argv, options: allOptions, allowPositionals: true, strict: false });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const words = loose.positionals;
  if (words[0] === "help") return { command: null, words: words.slice(1), args: [], flags: {}, help: true };
  const command = COMMANDS.find((cmd) => cmd.name === words.slice(0, cmd.name.split(" ").length).join(" ")) ?? null;
  if (!command) return { command: null, words, args: [], flags: {}, help: Boolean(loose.values.help) || (words.length === 1 && GROUPS.includes(words[0])) };
  const options = Object.fromEntries(command.flags.map((f) => [f, option(f)])) as ParseArgsConfig["options"];
  try {
    const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    return { command, words, args: positionals.slice(command.name.split(" ").length), flags: values, help: Boolean((values as { help?: boolean }).help) };
  } catch (error) {
    const unknown = /Unknown option '([^']+)'/.exec((error as Error).message)?.[1];
    const message = unknown ? `unknown option ${unknown} for "${command.name}"` : (error as Error).message.split("\n")[0];
    throw new UsageError(`${message}; see persistly ${command.name} --help`);
  }
}

export const isGroup = (word: string | undefined) => word !== undefined && GROUPS.includes(word);
