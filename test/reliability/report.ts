// Counters for the reliability summary: each test adds what it did and saw; `npm run test:reliability`
// prints the totals. Outside that command the counters are simply not written.
import { appendFileSync } from "node:fs";
import { xorshift128plus } from "pure-rand/generator/xorshift128plus";
import { uniformInt } from "pure-rand/distribution/uniformInt";

export type Metric = "requests" | "faults" | "inputs" | "acknowledgedWrites" | "lostWrites" | "serverErrors" | "nonConforming" | "attacks" | "breaches";

export function report(suite: string, counts: Partial<Record<Metric, number>> & { attackClass?: string }) {
  const file = process.env.PERSISTLY_RELIABILITY_REPORT;
  if (file) appendFileSync(file, JSON.stringify({ suite, ...counts }) + "\n");
}

/** One class of attack tried: how many attempts, and how many got through (must be 0). */
export const reportAttack = (attackClass: string, attempts: number, breaches: number) =>
  report("attacks", { attackClass, attacks: attempts, breaches });

/** CI runs a bounded pass with a fixed seed; `npm run test:reliability -- --long` runs for as long as asked. */
export const LONG = process.env.PERSISTLY_RELIABILITY_LONG === "1";
export const SEED = Number(process.env.PERSISTLY_RELIABILITY_SEED ?? (LONG ? Date.now() % 2 ** 31 : 42));
export const DURATION_MS = Number(process.env.PERSISTLY_RELIABILITY_SECONDS ?? (LONG ? 300 : 0)) * 1000;

/** A seeded source of integers, so a failing run can be replayed with its seed. */
export function seeded(seed: number) {
  const generator = xorshift128plus(seed);
  return {
    int: (from: number, to: number) => uniformInt(generator, from, to),
    pick<T>(items: T[]): T {
      return items[uniformInt(generator, 0, items.length - 1)];
    },
  };
}
