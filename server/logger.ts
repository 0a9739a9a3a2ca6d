// The process's logger: JSON lines (what log collectors read), or readable lines in a terminal.
import { pino, type Logger } from "pino";
import pretty from "pino-pretty";
import type { Config } from "./config.js";

export function createLogger(config: Pick<Config, "logLevel" | "logFormat">): Logger {
  if (config.logFormat === "json") return pino({ level: config.logLevel });
  return pino({ level: config.logLevel }, pretty({ colorize: Boolean(process.stdout.isTTY), translateTime: "SYS:HH:MM:ss.l", ignore: "pid,hostname", sync: true }));
}
