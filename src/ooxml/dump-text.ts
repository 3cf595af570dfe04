import { CELL_PADDING_TWIPS } from "./geometry.js";
import type { DocBlock, DocModel, DocParagraph, DocSection, DocTable } from "./model.js";

/**
 * A DOCX as reviewable text: one line per paragraph with the properties ND30 cares about,
 * bold and italic runs marked **like** *this*. The golden dumps of the examples are in this
 * form (test/golden/), so a diff shows exactly what changed on the page.
 */

const mm = (twip: number | undefined): string => (twip === undefined ? "?" : (twip / 56.6929).toFixed(1).replace(/\.0$/, ""));
const pt = (twip: number | undefined): string => (twip === undefined ? "0" : String(Math.round((twip / 20) * 10) / 10));

function markup(p: DocParagraph): string {
  return p.runs
    .map((r) => {
      if (!r.text) return "";
      const b = r.props.bold === true;
      const i = r.props.italic === true;
      const core = r.text.replace(/\n/g, "⏎").replace(/\t/g, "⇥");
      return b && i ? `***${core}***` : b ? `**${core}**` : i ? `*${core}*` : core;
    })
    .join("")
    .replace(/\*\*\*\*\*\*|\*\*\*\*/g, "");
}

function paragraphTag(p: DocParagraph, width: number): string {
  const parts: string[] = [p.props.align === "both" ? "justify" : (p.props.align ?? "left")];
  const sizes = [...new Set(p.runs.filter((r) => r.text.trim()).map((r) => (r.props.size ?? 20) / 2))];
  if (sizes.length) parts.push(sizes.join("/"));
  const first = p.props.indFirstLine ?? 0;
  if (first) parts.push(`first ${mm(first)}`);
  if (p.props.indHanging) parts.push(`hang ${mm(p.props.indHanging)}`);
  const before = p.props.spacingBefore ?? 0;
  const after = p.props.spacingAfter ?? 0;
  if (before || after) parts.push(`sp ${pt(before)}/${pt(after)}`);
  if (p.props.line !== undefined && !(p.props.line === 240 && (p.props.lineRule ?? "auto") === "auto")) {
    parts.push(p.props.lineRule === "exact" || p.props.lineRule === "atLeast" ? `line ${pt(p.props.line)}pt` : `line ${p.props.line / 240}`);
  }
  if (p.props.keepNext) parts.push("keep");
  if (p.fields.length) parts.push(`field ${p.fields.map((f) => f.trim()).join(",")}`);
  if (p.props.borderBottom && !p.text.trim()) {
    const length = width - (p.props.indLeft ?? 0) - (p.props.indRight ?? 0);
    parts.push(`rule ${mm(length)}mm`);
  } else if (p.props.borderTop && p.props.borderBottom) parts.push("boxed");
  if (p.styleId && p.styleId !== "Normal") parts.push(`style ${p.styleId}`);
  return parts.join(" ");
}

function dumpBlocks(blocks: readonly DocBlock[], width: number, indent: string, out: string[]): void {
  for (const b of blocks) {
    if (b.kind === "paragraph") {
      out.push(`${indent}[${paragraphTag(b, width)}] ${markup(b)}`.trimEnd());
    } else {
      dumpTable(b, indent, out);
    }
  }
}

function dumpTable(t: DocTable, indent: string, out: string[]): void {
  const borders = t.borders.length === 0 ? "no borders set" : t.borders.every((v) => /^(none|nil)$/.test(v)) ? "borderless" : "borders";
  out.push(`${indent}[table ${t.grid.map(mm).join(" | ")} mm${t.indent ? ` indent ${mm(t.indent)}` : ""}, ${borders}]`);
  t.rows.forEach((row, r) => {
    let col = 0;
    row.cells.forEach((cell, c) => {
      const width = (cell.width ?? t.grid.slice(col, col + cell.span).reduce((a, b) => a + b, 0)) - 2 * CELL_PADDING_TWIPS;
      const flags = [cell.span > 1 ? `span ${cell.span}` : "", row.header ? "header" : "", row.cantSplit && c === 0 ? "cantSplit" : ""].filter(Boolean);
      out.push(`${indent}  (row ${r + 1} cell ${c + 1}${flags.length ? `, ${flags.join(", ")}` : ""})`);
      dumpBlocks(cell.blocks, width, `${indent}    `, out);
      col += cell.span;
    });
  });
}

function sectionLine(s: DocSection, i: number): string {
  const orient = s.orient ?? ((s.pageWidth ?? 0) > (s.pageHeight ?? 0) ? "landscape" : "portrait");
  const m = s.margins;
  const header = s.headers.default?.blocks
    .filter((b): b is DocParagraph => b.kind === "paragraph" && b.fields.length > 0)
    .map((p) => `${p.fields.join(",").trim()} ${p.props.align ?? "left"} ${(p.runs[0]?.props.size ?? 0) / 2}`)
    .join("; ");
  const bits = [
    `${mm(s.pageWidth)}x${mm(s.pageHeight)} mm ${orient}`,
    `margins ${mm(m.top)} ${mm(m.bottom)} ${mm(m.left)} ${mm(m.right)} mm`,
    s.titlePage ? "first page different" : "",
    header ? `header ${header}` : "",
    s.pageNumberStart !== undefined ? `numbering from ${s.pageNumberStart}` : "",
  ].filter(Boolean);
  return `=== section ${i + 1}: ${bits.join(" | ")}`;
}

export function dumpText(model: DocModel): string {
  const out: string[] = [];
  model.sections.forEach((section, i) => {
    out.push(sectionLine(section, i));
    const width = (section.pageWidth ?? 11906) - (section.margins.left ?? 0) - (section.margins.right ?? 0);
    dumpBlocks(
      model.body.filter((b) => b.section === i),
      width,
      "",
      out,
    );
  });
  return `${out.join("\n")}\n`;
}
