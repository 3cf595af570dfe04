import { isNode, isScalar, Scalar } from "yaml";
import type { Position } from "../errors.js";
import { locate } from "./locate.js";
import type { PlanSource } from "./plan-source.js";

type Path = readonly (string | number)[];

/** One character of the value as it is spelled in the source (an escape is one unit). */
interface Unit {
  readonly offset: number;
  readonly space: boolean;
}

const isSpace = (ch: string): boolean => /\s/u.test(ch);

const DQ_ESCAPES: Record<string, string> = { t: "\t", n: "\n", r: "\r", _: "\u00A0", " ": " ", "\t": "\t", L: "\u2028", P: "\u2029" };
const HEX_LENGTH: Record<string, number> = { x: 2, u: 4, U: 8 };

/** The source characters of a scalar's value, in order, skipping quotes and block headers. */
function valueUnits(text: string, node: Scalar, start: number, end: number): Unit[] {
  const units: Unit[] = [];
  const push = (offset: number, ch: string) => units.push({ offset, space: isSpace(ch) });
  if (node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED) {
    const header = text.indexOf("\n", start);
    for (let i = header < 0 ? end : header + 1; i < end; i++) push(i, text[i]!);
    return units;
  }
  if (node.type === Scalar.QUOTE_DOUBLE) {
    for (let i = start + 1; i < end - 1; i++) {
      const ch = text[i]!;
      if (ch !== "\\") {
        push(i, ch);
        continue;
      }
      const next = text[i + 1] ?? "";
      if (next === "\n") {
        i += 1;
        continue;
      }
      push(i, DQ_ESCAPES[next] ?? "x");
      i += 1 + (HEX_LENGTH[next] ?? 0);
    }
    return units;
  }
  if (node.type === Scalar.QUOTE_SINGLE) {
    for (let i = start + 1; i < end - 1; i++) {
      push(i, text[i]!);
      if (text[i] === "'" && text[i + 1] === "'") i++;
    }
    return units;
  }
  for (let i = start; i < end; i++) push(i, text[i]!);
  return units;
}

/**
 * A position inside a field's value: `valueOffset` counts characters of the value as the
 * program sees it (after YAML removed quotes, indentation and folding); the result is where
 * that character stands in the file. Whitespace is what YAML rewrites, so the value and the
 * source are aligned on their non-space characters. Falls back to the field's own position.
 */
export function locateInValue(plan: PlanSource, path: Path, valueOffset: number): Position | undefined {
  let node: unknown;
  for (let depth = path.length; depth >= 1 && node === undefined; depth--) {
    const found = plan.doc.getIn(path.slice(0, depth), true);
    if (isNode(found)) node = found;
  }
  if (!isScalar(node) || !node.range) return locate(plan, path);
  const value = String(node.value);
  let target = Math.max(0, Math.min(valueOffset, value.length));
  while (target < value.length && isSpace(value[target]!)) target++;
  let index = 0;
  for (let i = 0; i < target; i++) if (!isSpace(value[i]!)) index++;
  const text = plan.source.text;
  const units = valueUnits(text, node, node.range[0], node.range[1]).filter((u) => !u.space);
  const unit = units[index];
  if (!unit) return locate(plan, path);
  const { line, col } = plan.lineCounter.linePos(unit.offset);
  return { line, column: col };
}

/** Offset of (line, column) — both 1-based — in a text, as Handlebars reports template positions. */
export function offsetOfLineColumn(text: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf("\n", offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  return offset + column - 1;
}

/** The inverse: 1-based line and column of an offset in a text. */
export function lineColumnOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - (before.lastIndexOf("\n") + 1) + 1 };
}
