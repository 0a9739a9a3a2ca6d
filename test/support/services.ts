// What a test file needs from outside (PostgreSQL, Redis, Chromium). On a contributor's laptop a
// missing service skips its tests with one line; under CI=true it fails the file, so that a green CI
// can never hide half the suite (scripts/services.sh, run by .ci/run, starts them all).
export function needService(available: boolean, what: string): boolean {
  if (available) return true;
  if (process.env.CI === "true") throw new Error(`CI=true and ${what} is unreachable: .ci/run starts it with scripts/services.sh; these tests must run, not skip`);
  console.log(`${what} tests skipped: not reachable here (bash scripts/services.sh starts PostgreSQL, Redis and Chromium, then npm test)`);
  return false;
}
