// Where ids, tokens and codes come from (Deps.random). A server draws from the OS's CSPRNG. The docs
// recorder seeds a deterministic source instead, so that re-recording the example pages diffs only
// what really changed, not every id and key. Never seeded outside the recorder: the ids and secrets a
// seeded source makes are predictable by design.
import { createHmac, randomBytes, randomInt, randomUUID } from "node:crypto";

export interface Randomness {
  bytes(size: number): Buffer;
  /** A uniform integer in [0, max). */
  int(max: number): number;
  uuid(): string;
}

export const systemRandomness: Randomness = { bytes: randomBytes, int: (max) => randomInt(max), uuid: randomUUID };

/** A deterministic stream from `seed`: HMAC-SHA256(seed, counter) blocks. For recording docs only. */
export function seededRandomness(seed: string): Randomness {
  let counter = 0;
  const bytes = (size: number) => {
    const blocks: Buffer[] = [];
    for (let have = 0; have < size; have += 32) blocks.push(createHmac("sha256", seed).update(String(counter++)).digest());
    return Buffer.concat(blocks).subarray(0, size);
  };
  return {
    bytes,
    int: (max) => bytes(6).readUIntBE(0, 6) % max,
    uuid: () => {
      const b = bytes(16);
      b[6] = (b[6] & 0x0f) | 0x40; // version 4
      b[8] = (b[8] & 0x3f) | 0x80; // RFC 4122 variant
      const hex = b.toString("hex");
      return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
    },
  };
}
