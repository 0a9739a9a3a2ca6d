// Rank buckets: how a board counts the records ranking above a place without walking them. Counting an
// index range is linear in the rank (about 0.1 µs a record: 50 ms to rank a player mid-table on a board
// of a million), and neither engine keeps counts in its B-trees. So every board period keeps counts of
// its shown records per bucket of `rank_score` (leaderboard_rank_counts, kept by triggers: migration 16),
// at two levels: coarse buckets, one per power of two of the score's magnitude, and fine buckets, 2^10 of
// them inside each coarse one, like a float with a ten-bit mantissa. The records before a place are then
// the coarse counts below its coarse bucket (at most ~90 rows), the fine counts below its fine bucket
// inside that coarse one (at most 1024 rows), and the records of its own fine bucket counted one by one:
// as many as share the score's top eleven bits (about 500 on a board of a million scores spread over
// 0…10^6, where a bucket is 512 wide). Scores below 2^11 in magnitude each have a fine bucket of their own.
//
// The same functions are written twice, here for reads and as SQL (`fineBucketSql`, `coarseBucketSql`)
// for the triggers; test/store/rank-buckets.test.ts holds them to each other.

export const FINE_BITS = 10;
const FINE = 2 ** FINE_BITS;
/** Scores below this magnitude have a fine bucket each. */
const EXACT = 2 * FINE;
/** The largest bit length a rank score has (|score| < 2^53). */
const MAX_BITS = 54;

/** floor(log2(y)) for a positive integer up to 2^54, exactly (Math.log2 rounds near powers of two). */
function highBit(y: number) {
  let k = Math.floor(Math.log2(y));
  while (2 ** (k + 1) <= y) k += 1;
  while (2 ** k > y) k -= 1;
  return k;
}

/** The fine bucket of a non-negative score: monotonic, contiguous, the score itself below EXACT. */
function fineOfMagnitude(y: number) {
  if (y < EXACT) return y;
  const e = highBit(y) - FINE_BITS + 1; // the coarse bucket, ≥ 2
  return e * FINE + Math.floor(y / 2 ** (e - 1)) - FINE;
}

/** The smallest non-negative score in fine bucket `b` (b ≥ 0). */
function lowestOfMagnitude(b: number) {
  if (b < EXACT) return b;
  const e = Math.floor(b / FINE);
  return (b - e * FINE + FINE) * 2 ** (e - 1);
}

/** A rank score's fine bucket; negative scores mirror the non-negative ones, so the order is kept. */
export const fineBucket = (x: number) => (x >= 0 ? fineOfMagnitude(x) : -1 - fineOfMagnitude(-1 - x));

/** The coarse bucket holding fine bucket `b` (and every score of it). */
export const coarseOf = (fine: number) => Math.floor(fine / FINE);

/** The first fine bucket of coarse bucket `c`. */
export const firstFineOf = (coarse: number) => coarse * FINE;

/** The smallest rank score in fine bucket `b`. */
export const lowestScoreIn = (b: number) => (b >= 0 ? lowestOfMagnitude(b) : -lowestOfMagnitude(-b));

/** SQL for the coarse bucket of a non-negative integer expression: its bit length less FINE_BITS, 0 below 2^FINE_BITS. */
function coarseOfMagnitudeSql(y: string) {
  const steps: string[] = [];
  for (let bits = FINE_BITS + 1; bits < MAX_BITS; bits++) steps.push(`WHEN ${y} < ${2 ** bits} THEN ${bits - FINE_BITS}`);
  return `(CASE WHEN ${y} < ${FINE} THEN 0 ${steps.join(" ")} ELSE ${MAX_BITS - FINE_BITS} END)`;
}

/** SQL for fineOfMagnitude: below EXACT the score itself, else its coarse bucket and top bits (`>>` is integer on both engines). */
const fineOfMagnitudeSql = (y: string) => {
  const e = coarseOfMagnitudeSql(y);
  return `(CASE WHEN ${y} < ${EXACT} THEN ${y} ELSE ${e} * ${FINE} + (${y} >> (${e} - 1)) - ${FINE} END)`;
};

/** SQL for fineBucket of an integer expression (a column). */
export const fineBucketSql = (x: string) => `(CASE WHEN ${x} >= 0 THEN ${fineOfMagnitudeSql(x)} ELSE -1 - ${fineOfMagnitudeSql(`(-1 - ${x})`)} END)`;

/** SQL for coarseOf(fineBucket(x)): the mirrored bit length, so that it need not divide a negative number. */
export const coarseBucketSql = (x: string) => `(CASE WHEN ${x} >= 0 THEN ${coarseOfMagnitudeSql(x)} ELSE -1 - ${coarseOfMagnitudeSql(`(-1 - ${x})`)} END)`;
