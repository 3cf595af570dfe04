import type { Placed } from "./anatomy.js";
import { everyRun, textOf, textWidthTwips } from "./paragraph.js";

/**
 * The short solid lines ND30 draws under the Tiêu ngữ, the issuing body and the trích yếu
 * (nd30-spec rule 15): a drawn line (DrawingML or VML) in the paragraph or the next one; an
 * empty next paragraph with a bottom (or top) border, trimmed by its indents; a bottom border on
 * the paragraph itself; or the text underlined.
 */
export interface DrawnLine {
  readonly kind: "shape" | "border" | "underline";
  /** Length in twips when it can be measured. */
  readonly length?: number;
  /** The paragraph that draws it. */
  readonly holder: Placed;
}

const lineShape = (at: Placed): DrawnLine | undefined => {
  const shape = at.p.shapes.find((s) => s.kind === "line");
  if (!shape) return undefined;
  return { kind: "shape", holder: at, ...(shape.width !== undefined ? { length: shape.width } : {}) };
};

/** A paragraph border spans the paragraph's width less its left and right indents. */
const borderLine = (at: Placed): DrawnLine => ({
  kind: "border",
  holder: at,
  length: Math.max(0, at.width - (at.p.props.indLeft ?? 0) - (at.p.props.indRight ?? 0)),
});

const underlined = (at: Placed): boolean => everyRun(at.p, (r) => r.props.underline !== undefined && r.props.underline !== "none");

/** The line drawn under `sequence[index]`, looking only inside the same table cell (same row and side). */
export function lineUnder(sequence: readonly Placed[], index: number): DrawnLine | undefined {
  const current = sequence[index];
  if (!current) return undefined;
  const own = lineShape(current);
  if (own) return own;
  if (underlined(current)) return { kind: "underline", holder: current, length: textWidthTwips(current.p) };
  const next = sequence[index + 1];
  if (next && next.row === current.row && next.side === current.side) {
    const shape = lineShape(next);
    if (shape) return shape;
    if (textOf(next.p) === "" && (next.p.props.borderBottom || next.p.props.borderTop)) return borderLine(next);
  }
  if (current.p.props.borderBottom) return borderLine(current);
  return undefined;
}

/** A paragraph that only draws a line (an empty bordered paragraph, or an empty one holding a line shape). */
export const isLineOnly = (at: Placed): boolean =>
  textOf(at.p) === "" && (at.p.props.borderBottom !== undefined || at.p.props.borderTop !== undefined || at.p.shapes.some((s) => s.kind === "line"));
