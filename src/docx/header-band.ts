import { AlignmentType, BorderStyle, Paragraph, type Table } from "docx";
import { ND30, pageTextWidthMm } from "../layout/nd30.js";
import type { HeaderBand } from "../layout/layout-model.js";
import { CELL_PADDING_MM, HEADER_COLUMNS_MM, HEADER_INDENT_MM } from "../layout/page-grid.js";
import { textWidthMm } from "../layout/measure-text.js";
import { ruleParagraph, ruleSideTwip, sidedRuleParagraph } from "./rules.js";
import { brokenLines, plainRun } from "./runs.js";
import { centred, centredLine, layoutTable } from "./tables.js";
import { mmToTwip } from "./units.js";

export const QUOC_HIEU = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
/** Hyphen-minus with single spaces: "có gạch nối (-), có cách chữ" (PL I, II.1); never en dashes. */
export const TIEU_NGU = "Độc lập - Tự do - Hạnh phúc";

const [LEFT_MM, RIGHT_MM] = HEADER_COLUMNS_MM;
const cellContent = (columnMm: number) => columnMm - 2 * CELL_PADDING_MM;

/** Urgency marks as wide as their engraved stamp; other marks as wide as their text plus a margin. */
function markWidthMm(text: string): number {
  const stamp = (ND30.urgencyStampWidthMm as Record<string, { value: number } | undefined>)[text];
  return stamp?.value ?? textWidthMm(text, ND30.marks.sizePt.value, { bold: true }) + 6;
}

/**
 * A stamp-like mark: bold upper case in a single-line box (PL I, II.10–11), the box trimmed to
 * the stamp's width by indents within the space it sits in (centred, or flush right).
 */
export function markParagraph(text: string, spaceMm: number, align: "center" | "right"): Paragraph {
  const line = { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 };
  const spare = Math.max(0, spaceMm - markWidthMm(text));
  const [left, right] = align === "center" ? [spare / 2, spare / 2] : [spare, 0];
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: mmToTwip(left), right: mmToTwip(right), firstLine: 0 },
    spacing: { before: 120, after: 0 },
    border: { top: line, bottom: line, left: line, right: line },
    children: [plainRun(text, { bold: true, sizePt: ND30.marks.sizePt.value })],
  });
}

/** What the rule under the issuer's name writes (its indents), which a batch's template of the band slots (text-slots.ts). */
export const issuerRuleSideTwip = (band: HeaderBand): number => ruleSideTwip(band.issuerRuleMm, cellContent(LEFT_MM));

/**
 * Ô 1–4: issuer | Quốc hiệu–Tiêu ngữ, then Số | địa danh, ngày tháng on one baseline.
 * `issuerRuleSide`: the indents of the rule under the issuer, as its length in the band gives
 * them (a batch's template passes a mark: docx/text-slots.ts).
 */
export function headerBand(band: HeaderBand, issuerRuleSide = issuerRuleSideTwip(band)): (Table | Paragraph)[] {
  const issuer = [
    ...band.parentLines.map((l) => centredLine(l, { sizePt: band.issuerSizePt })),
    ...band.issuerLines.map((l) => centredLine(l, { bold: true, sizePt: band.issuerSizePt })),
    sidedRuleParagraph(issuerRuleSide),
  ];
  const mottoSize = ND30.tieuNgu.sizePt.value;
  const nation = [
    centredLine(QUOC_HIEU, { bold: true, sizePt: ND30.quocHieu.sizePt.value }),
    centredLine(TIEU_NGU, { bold: true, sizePt: mottoSize }),
    ruleParagraph(textWidthMm(TIEU_NGU, mottoSize, { bold: true }) * ND30.rules.mottoFraction.value, cellContent(RIGHT_MM)),
  ];
  // Row 2 holds only "Số" and the date so the two share a baseline (PL I, II.4c).
  const gap = { spacing: { before: 160, after: 0 } };
  const number = [centredLine(band.numberLine, { sizePt: ND30.soKyHieu.sizePt.value }, gap)];
  const dateFormat = { italic: true, sizePt: band.placeDateSizePt };
  const date =
    band.placeDateLines.length === 1
      ? [centredLine(band.placeDateLines[0]!, dateFormat, gap)]
      : [centred(brokenLines(band.placeDateLines, dateFormat), gap)];
  const rows = [
    [issuer, nation],
    [number, date],
  ];
  const marks = [band.confidentiality, band.urgency].filter(Boolean);
  if (marks.length > 0) rows.push([marks.map((m) => markParagraph(m, cellContent(LEFT_MM), "center")), []]);
  const table = layoutTable(HEADER_COLUMNS_MM, rows, HEADER_INDENT_MM);
  return band.circulation ? [markParagraph(band.circulation, pageTextWidthMm("portrait"), "right"), table] : [table];
}
