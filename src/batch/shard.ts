import { errorDiagnostic, KehoachError } from "../errors.js";
import { t } from "../i18n/text.js";

/**
 * `--shard i/n`: this run renders part i of n of the (filtered) units, so n CI jobs render a
 * province or the country in parallel. Parts are contiguous runs of the unit list in its own
 * order, as equal as possible (sizes differ by at most one): neighbouring communes of one
 * province stay together, and which unit falls in which part depends only on the list, the
 * filters and n — never on --jobs, the machine or timing. The n parts are disjoint and
 * together hold every unit exactly once.
 */
export interface Shard {
  /** 1-based. */
  readonly index: number;
  readonly count: number;
}

export function parseShard(text: string): Shard {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count || count > 10_000) {
    throw new KehoachError(
      "usage",
      errorDiagnostic("batch-shard", t(`--shard cần dạng i/n với 1 ≤ i ≤ n, nhận được "${text}"`, `--shard needs i/n with 1 ≤ i ≤ n, got "${text}"`), {
        hint: t("ví dụ: --shard 2/4 (phần thứ 2 trong 4 phần)", "e.g. --shard 2/4 (part 2 of 4)"),
      }),
    );
  }
  return { index, count };
}

/** [start, end) of part `shard.index` for a list of `length` items. */
export function shardRange(length: number, shard: Shard): [number, number] {
  const start = Math.floor(((shard.index - 1) * length) / shard.count);
  const end = Math.floor((shard.index * length) / shard.count);
  return [start, end];
}

export function selectShard<T>(items: readonly T[], shard: Shard | undefined): T[] {
  if (!shard) return [...items];
  const [start, end] = shardRange(items.length, shard);
  return items.slice(start, end);
}
