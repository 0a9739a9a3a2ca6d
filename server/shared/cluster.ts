// What the workers of `persistly serve --workers N` share without Redis, through the cluster primary
// over IPC: the event fan-out with one id sequence and the monthly quota counts (here), and rate-limit
// buckets (rate-limiter-flexible's RateLimiterClusterMaster in the primary, RateLimiterCluster in the
// workers, see http/rateLimits.ts).
import cluster, { type Worker } from "node:cluster";
import { RateLimiterClusterMaster } from "rate-limiter-flexible";
import { sequenceStart, type EventChannel, type NewEvent, type SharedMessage } from "../events/sharedBus.js";
import { localQuotaCounter, type QuotaCounter } from "./quota.js";

const CHANNEL = "persistly:events";

type ToPrimary = { channel: typeof CHANNEL; kind: "publish"; message: NewEvent | Exclude<SharedMessage, { type: "event" }> } | { channel: typeof CHANNEL; kind: "current" };
type ToWorker = { channel: typeof CHANNEL; kind: "deliver"; message: SharedMessage } | { channel: typeof CHANNEL; kind: "current"; value: string };

const QUOTA = "persistly:quota";
type QuotaAsk = { channel: typeof QUOTA; id: number; key: string; limit: number; recorded: number };
type QuotaAnswer = { channel: typeof QUOTA; id: number; taken: boolean };

/** In the primary: numbers and relays every worker's events to all workers, and holds the rate-limit buckets and quota counts. */
export function shareAcrossWorkers(): void {
  new RateLimiterClusterMaster();
  // The first worker to ask about a key brings the store's figure for it; later asks ignore theirs.
  const quota = localQuotaCounter();
  cluster.on("message", (worker, ask: QuotaAsk) => {
    if (ask?.channel !== QUOTA) return;
    void quota.take(ask.key, ask.limit, async () => ask.recorded).then((taken) => {
      if (worker.isConnected()) worker.send({ channel: QUOTA, id: ask.id, taken } satisfies QuotaAnswer, undefined, undefined, () => {});
    });
  });
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
    sendPrincipalsChanged: () => send({ channel: CHANNEL, kind: "publish", message: { type: "principals" } }),
    async listen(receive) {
      process.on("message", (message: ToWorker) => {
        if (message?.channel === CHANNEL && message.kind === "deliver") receive(message.message);
      });
    },
  };
}

/** In a worker: the monthly quota counted in the primary, so the workers together admit exactly the quota. */
export function clusterQuotaCounter(): QuotaCounter {
  const local = localQuotaCounter();
  const waiting = new Map<number, (taken: boolean) => void>();
  let nextId = 0;
  process.on("message", (answer: QuotaAnswer) => {
    if (answer?.channel !== QUOTA) return;
    waiting.get(answer.id)?.(answer.taken);
    waiting.delete(answer.id);
  });
  return {
    async take(key, limit, recorded) {
      const seed = (await local.current(key, recorded)).used;
      const id = ++nextId;
      const answer = new Promise<boolean>((resolve) => waiting.set(id, resolve));
      process.send!({ channel: QUOTA, id, key, limit, recorded: seed } satisfies QuotaAsk, undefined, undefined, (error) => {
        // The primary is gone (this worker is about to stop): count here rather than hang.
        if (error) void local.take(key, limit, recorded).then((taken) => waiting.get(id)?.(taken));
      });
      return answer;
    },
    refresh: () => local.refresh(),
  };
}
