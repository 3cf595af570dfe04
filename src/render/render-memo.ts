import { GroupedMemo } from "../cache/grouped-memo.js";
import { templateReads } from "./template-reads.js";

/**
 * Batch speed-up: a field's rendered text kept for the next unit that gives the values the
 * template reads (template-reads.ts) the same. "trên địa bàn {{lower unit.type}}" is rendered
 * three times for the whole country, not 3,321 times. Only successful renders are kept; a
 * template whose reads cannot be known from its syntax is rendered every time.
 */

export interface MemoEntry {
  readonly text: string;
  /** Helper calls and blocks the render ran, counted again toward the document's budget. */
  readonly expansions: number;
}

/** A value missing from the context: kept apart from undefined and null in the key. */
const MISSING = "\u0000missing";

/** The value at a path, as the key writes it; undefined when a step is not a plain object's own field. */
function valueAt(context: unknown, path: readonly string[]): unknown {
  let here = context;
  for (const part of path) {
    if (here === null || typeof here !== "object") return undefined;
    if (!Object.hasOwn(here, part)) return MISSING;
    here = (here as Record<string, unknown>)[part];
  }
  return here === undefined ? MISSING : here;
}

export class RenderMemo {
  /** Bounded, so memory stays flat over a long batch: texts that name one unit are never reused. */
  static readonly MAX_ENTRIES = 4096;
  private readonly reads = new Map<string, string[][] | undefined>();
  /** Template text → values read → entry; a template reads few distinct values, so its record of them is short. */
  private readonly entries = new GroupedMemo<MemoEntry>({ maxEntries: RenderMemo.MAX_ENTRIES, seenPerGroup: 8 });

  constructor(
    /** The template's syntax tree (Handlebars' parse). */
    private readonly parse: (source: string) => unknown,
    private readonly pureHelpers: ReadonlySet<string>,
  ) {}

  /** The key of this render among the template's, or undefined when it must run (reads unknown, or a value is not plain data). */
  keyOf(source: string, context: unknown): string | undefined {
    let paths = this.reads.get(source);
    if (paths === undefined && !this.reads.has(source)) {
      paths = templateReads(this.parse(source), this.pureHelpers);
      this.reads.set(source, paths);
    }
    if (paths === undefined) return undefined;
    const values: unknown[] = [];
    for (const path of paths) {
      const v = valueAt(context, path);
      // Strings, numbers, booleans and plain data only: a function or a class instance may print differently.
      if (v !== null && typeof v === "object" && !isPlainData(v)) return undefined;
      if (typeof v === "function" || typeof v === "symbol" || typeof v === "bigint") return undefined;
      values.push(v === undefined ? MISSING : v);
    }
    return JSON.stringify(values);
  }

  get(source: string, key: string): MemoEntry | undefined {
    return this.entries.get(source, key);
  }

  set(source: string, key: string, entry: MemoEntry): void {
    this.entries.offer(source, key, entry);
  }
}

function isPlainData(v: object): boolean {
  if (Array.isArray(v)) return v.every((x) => x === null || typeof x !== "object" || isPlainData(x));
  const proto = Object.getPrototypeOf(v) as unknown;
  if (proto !== Object.prototype && proto !== null) return false;
  return Object.values(v).every((x) => typeof x !== "function" && (x === null || typeof x !== "object" || isPlainData(x)));
}
