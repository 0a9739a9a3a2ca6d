// What the workers of `persistly serve --workers N` share without Redis, through the cluster primary
// over IPC: the event fan-out with one id sequence (here), and rate-limit buckets (rate-limiter-flexible's
// RateLimiterClusterMaster in the primary, RateLimiterCluster in the workers, see http/rateLimits.ts).
import cluster, { type Worker } from "node:cluster";
import { RateLimiterClusterMaster } from "rate-limiter-flexible";
import { sequenceStart, type CloseMessage, type EventChannel, type NewEvent, type SharedMessage } from "../events/sharedBus.js";

const CHANNEL = "persistly:events";

type ToPrimary = { channel: typeof CHANNEL; kind: "publish"; message: NewEvent | CloseMessage } | { channel: typeof CHANNEL; kind: "current" };
type ToWorker = { channel: typeof CHANNEL; kind: "deliver"; message: SharedMessage } | { channel: typeof CHANNEL; kind: "current"; value: string };

/** In the primary: numbers and relays every worker's events to all workers, and holds the rate-limit buckets. */
export function shareAcrossWorkers(): void {
  new RateLimiterClusterMaster();
  let sequence = sequenceStart();
  // A worker that just died may still be listed: its send fails, and must not take the primary down.
  const sendTo = (worker: Worker, message: ToWorker) => worker.isConnected() && worker.send(message, undefined, undefined, () => {});
  const broadcast = (message: ToWorker) => {
    for (const worker of Object.values(cluster.workers ?? {})) if (worker) sendTo(worker, message);
  };
  cluster.on("message", (worker, message: ToPrimary) => {
    if (message?.channel !== CHANNEL) return;
    if (message.kind === "current") return void sendTo(worker, { channel: CHANNEL, kind: "current", value: String(sequence) });
    const shared: SharedMessage = message.message.type === "event" ? { ...message.message, id: String(++sequence) } : message.message;
    broadcast({ channel: CHANNEL, kind: "deliver", message: shared });
  });
}

/** In a worker: the event channel through the primary. */
export function clusterEventChannel(): EventChannel {
  const send = async (message: ToPrimary) => {
    await new Promise<void>((resolve, reject) => process.send!(message, undefined, undefined, (error) => (error ? reject(error) : resolve())));
  };
  return {
    current: () =>
      new Promise((resolve, reject) => {
        const answer = (message: ToWorker) => {
          if (message?.channel !== CHANNEL || message.kind !== "current") return;
          process.off("message", answer);
          resolve(BigInt(message.value));
        };
        process.on("message", answer);
        send({ channel: CHANNEL, kind: "current" }).catch(reject);
      }),
    sendEvent: (event) => send({ channel: CHANNEL, kind: "publish", message: event }),
    sendClose: (close) => send({ channel: CHANNEL, kind: "publish", message: close }),
    async listen(receive) {
      process.on("message", (message: ToWorker) => {
        if (message?.channel === CHANNEL && message.kind === "deliver") receive(message.message);
      });
    },
  };
}
