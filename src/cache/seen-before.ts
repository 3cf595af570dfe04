/**
 * Which keys a batch cache has met before. A batch renders one model plan per unit: what the
 * model repeats comes back in every unit, what names the unit (its title, its own lines) is met
 * once. The caches of the batch keep a value only when its key comes back, so the values met
 * once die young, in V8's young generation, instead of being promoted to the old generation
 * and dropped later (which made a long batch's heap, and its peak memory, grow:
 * docs/performance.md). What the model repeats is computed twice, then reused.
 *
 * The record itself is small on purpose: it starts over when full, so a key met once is let
 * go after a few units, before V8's second scavenge would promote it (about 15 units apart).
 * Only misses of the cache consult it, so a value the model repeats in every unit (or every
 * few units) is still met twice in a row and kept; one met once in a while is just computed.
 */
export class SeenBefore {
  private readonly seen = new Set<string>();

  constructor(private readonly maxKeys = 64) {}

  /** Whether `key` was met before; records it when not. */
  check(key: string): boolean {
    if (this.seen.has(key)) return true;
    if (this.seen.size >= this.maxKeys) this.seen.clear();
    this.seen.add(key);
    return false;
  }
}
