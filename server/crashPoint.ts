// Crash tests' failpoints: with PERSISTLY_CRASH_AT=<name>, the process kills itself with SIGKILL when it
// reaches that point — a real kill -9 at the worst moment, which a test's timer could only aim at.
export function crashPoint(name: string) {
  if (process.env.PERSISTLY_CRASH_AT === name) process.kill(process.pid, "SIGKILL");
}
