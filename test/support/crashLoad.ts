// Load for the kill -9 tests.

/**
 * Sends `requests` in `streams` parallel streams, as players' clients do, and calls `kill` once
 * `killAfter` have been answered: a few are then in flight and the rest not yet sent, so the kill always
 * cuts some off however fast the server answers (sent all at once, a busy machine could deliver every
 * answer before the kill came). Resolves each request's status, 0 for one the kill cut off.
 */
export async function sendUntilKilled(requests: Array<() => Promise<Response>>, killAfter: number, kill: () => Promise<void>, streams = 8): Promise<number[]> {
  const statuses: number[] = [];
  let answered = 0;
  let enough: () => void;
  const killed = new Promise<void>((resolve) => (enough = resolve)).then(kill);
  const sending = Array.from({ length: streams }, async (_, stream) => {
    for (let i = stream; i < requests.length; i += streams) {
      statuses[i] = await requests[i]().then((r) => r.status, () => 0);
      if (++answered >= killAfter) enough();
    }
  });
  await killed;
  await Promise.all(sending);
  return statuses;
}
