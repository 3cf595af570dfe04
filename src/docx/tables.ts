import {
  AlignmentType,
  LineRuleType,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlign,
  WidthType,
  type IParagraphOptions,
  type ParagraphChild,
} from "docx";
import { memoParagraph } from "./block-memo.js";
import { plainRun, type RunFormat } from "./runs.js";
import { mmToTwip } from "./units.js";

/**
 * Borderless layout tables (header band, signature). Widths are absolute (DXA) on the table,
 * the grid and every cell, with a fixed layout: LibreOffice and Google Docs lay out only what is
 * spelled out (docx issues #528, #1618; peers.md "table widths").
 */
export function layoutTable(columnsMm: readonly number[], rows: readonly (readonly Paragraph[])[][], indentMm = 0): Table {
  const widths = columnsMm.map(mmToTwip);
  const total = widths.reduce((a, b) => a + b, 0);
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    ...(indentMm ? { indent: { size: mmToTwip(indentMm), type: WidthType.DXA } } : {}),
    rows: rows.map(
      (cells) =>
        new TableRow({
          cantSplit: true,
          children: cells.map(
            (children, i) =>
              new TableCell({
                width: { size: widths[i]!, type: WidthType.DXA },
                verticalAlign: VerticalAlign.TOP,
                children: children.length > 0 ? [...children] : [new Paragraph({})],
              }),
          ),
        }),
    ),
  });
}

/** A centred, single-spaced paragraph, as every line of the header band and signature is. */
export function centred(children: ParagraphChild[], extra: Partial<IParagraphOptions> = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { firstLine: 0 },
    spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO },
    children,
    ...extra,
  });
}

/** `centred([plainRun(text, format)], extra)`, whose XML a batch writes once (block-memo.ts). */
export const centredLine = (text: string, format: RunFormat, extra: Partial<IParagraphOptions> = {}): Paragraph =>
  memoParagraph(JSON.stringify(["centred", text, format, extra]), () => centred([plainRun(text, format)], extra));
