// Every request reads its key's principal (the key, its environment, the workspace and its plan); they
// change rarely. Cached for a second or two: a change made through this store forgets them at once (and
// is announced to other processes where Redis or the cluster carries it); one made elsewhere without
// such a channel applies within the cache's lifetime.
import type { KeyPrincipal } from "./types.js";

const MAX_ENTRIES = 10_000;

export class PrincipalCache {
  private readonly entries = new Map<string, { until: number; principal: KeyPrincipal }>();
  private readonly listeners: Array<() => void> = [];
  /** Bumped by every change, so that a read that began before one never caches what it read. */
  private generation = 0;

  constructor(private readonly ttlMs: number) {}

  private get(keyHash: Buffer): KeyPrincipal | undefined {
    const id = keyHash.toString("base64");
    const entry = this.entries.get(id);
    if (entry && entry.until > Date.now()) return entry.principal;
    if (entry) this.entries.delete(id);
    return undefined;
  }

  /** Reads the principal with `read` unless cached; only a live principal is kept (a wrong key costs a read each time). */
  async through(keyHash: Buffer, read: () => Promise<KeyPrincipal | null>): Promise<KeyPrincipal | null> {
    const cached = this.get(keyHash);
    if (cached) return cached;
    const generation = this.generation;
    const principal = await read();
    if (principal && this.ttlMs > 0 && generation === this.generation) {
      if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
      this.entries.set(keyHash.toString("base64"), { until: Date.now() + this.ttlMs, principal });
    }
    return principal;
  }

  /** Drops every cached principal (another process changed one). */
  forget() {
    this.generation++;
    this.entries.clear();
  }

  /** A change made here: forget, and tell whoever shares the news with other processes. */
  changed() {
    this.forget();
    for (const listener of this.listeners) listener();
  }

  onChange(listener: () => void) {
    this.listeners.push(listener);
  }
}
