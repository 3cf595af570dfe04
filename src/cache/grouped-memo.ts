import { SeenBefore } from "./seen-before.js";

export interface GroupedMemoOptions<V> {
  /** At most this many values in all groups together. */
  readonly maxEntries: number;
  /** How many keys per group the record of keys met holds (seen-before.ts). */
  readonly seenPerGroup?: number;
  /**
   * When the memo is full: the values still worth keeping (e.g. reused since they were kept).
   * The others go first, and everything goes only if half the room is still taken. Without it,
   * a full memo empties.
   */
  readonly stillUseful?: (value: V) => boolean;
}

/**
 * A batch cache: values by group and key (a template's text and the values it read, a
 * section's key and a piece's), each kept from its key's second sighting in its group
 * (seen-before.ts), bounded so memory stays flat over a long batch. Two levels: the group is
 * the same string object for every unit, whose hash V8 keeps, so only the key is hashed.
 */
export class GroupedMemo<V> {
  private readonly groups = new Map<string, Map<string, V>>();
  private readonly seen = new Map<string, SeenBefore>();
  private count = 0;

  constructor(private readonly options: GroupedMemoOptions<V>) {}

  get size(): number {
    return this.count;
  }

  get(group: string, key: string): V | undefined {
    return this.groups.get(group)?.get(key);
  }

  /** Keeps `value` when `key` was met before in `group` (a value met once is let go). */
  offer(group: string, key: string, value: V): void {
    let seen = this.seen.get(group);
    if (!seen) this.seen.set(group, (seen = new SeenBefore(this.options.seenPerGroup)));
    if (!seen.check(key)) return;
    if (this.count >= this.options.maxEntries) this.makeRoom();
    let values = this.groups.get(group);
    if (!values) this.groups.set(group, (values = new Map()));
    if (!values.has(key)) this.count++;
    values.set(key, value);
  }

  private makeRoom(): void {
    const useful = this.options.stillUseful;
    if (useful) {
      this.count = 0;
      for (const values of this.groups.values()) {
        for (const [key, value] of values) if (!useful(value)) values.delete(key);
        this.count += values.size;
      }
    }
    if (!useful || this.count >= this.options.maxEntries / 2) {
      this.groups.clear();
      this.count = 0;
    }
  }
}
