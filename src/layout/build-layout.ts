import { dateWords, isoDate } from "../render/date-line.js";
import type { ResolvedAppendix, ResolvedPlan, ResolvedSection, ResolvedTable } from "../resolve/resolved-plan.js";
import { toRoman, upperVi } from "../render/vietnamese.js";
import { agencyBreakPreference, breakLines, titleBreakPreference } from "./break-lines.js";
import { parseInline, plainText } from "./inline-markup.js";
import type { AppendixLayout, Block, LayoutDoc, TableCell, TableLayout } from "./layout-model.js";
import { isLetterLabel, sectionLabel } from "./numbering.js";
import { ND30, pageTextWidthMm } from "./nd30.js";
import { textWidthMm as measureMm } from "./measure-text.js";
import { HEADER_COLUMNS_MM, CELL_PADDING_MM } from "./page-grid.js";

const BLANK_NUMBER = "\u00A0".repeat(6);

/** Drops the punctuation a clerk may have typed where the tool puts its own. */
const stripEnd = (s: string): string => s.replace(/[\s;,.:]+$/u, "");
const stripDash = (s: string): string => s.replace(/^\s*[-–—•+]\s*/u, "");

/** ND30 PL I, II.6a: each căn cứ ends with ";", the last with "." — or "," before "Theo đề nghị". */
function basisBlocks(plan: ResolvedPlan): Block[] {
  const nextIsProposal = /^theo đề nghị/iu.test(plan.preamble[0] ?? "");
  return plan.basis.map((line, i) => {
    const last = i === plan.basis.length - 1;
    const end = last ? (nextIsProposal ? "," : ".") : ";";
    return { role: "basis", runs: parseInline(stripEnd(line) + end, plan.basisItalic ? { italic: true } : {}) };
  });
}

/** A body line: "- " bullets and "+ " sub-bullets keep their mark, as ND30 practice writes them. */
function lineBlock(line: string): Block {
  if (/^[-–—•]\s/u.test(line)) return { role: "bullet", runs: parseInline(`- ${stripDash(line)}`) };
  if (/^\+\s/u.test(line)) return { role: "subBullet", runs: parseInline(`+ ${line.replace(/^\+\s*/u, "")}`) };
  return { role: "paragraph", runs: parseInline(line) };
}

function sectionBlocks(plan: ResolvedPlan, sections: readonly ResolvedSection[], parent: readonly number[]): Block[] {
  return sections.flatMap((s, i) => {
    const path = [...parent, i];
    const label = s.label ?? sectionLabel(plan.numbering, path);
    const level = path.length;
    // ND30 PL I, II.6: "I." headings are upper case; điểm "a)" are not bold.
    const title = plan.numbering === "roman" && level === 1 ? upperVi(s.title) : s.title;
    const bold = !isLetterLabel(label);
    const head = parseInline(label ? `${label} ${title}` : title, bold ? { bold: true } : {});
    const runs = s.text ? [...head, ...parseInline(` ${s.text}`)] : head;
    const heading: Block = { role: "heading", level, runs, keepNext: true };
    return [heading, ...s.body.map(lineBlock), ...sectionBlocks(plan, s.sections, path)];
  });
}

/** "…thực hiện" → "…thực hiện./." (Phụ lục III samples end the content with "./."). */
export const withEndMark = (s: string): string => `${s.replace(/(?:\s|[;,.:]|\.\/\.?)+$/u, "")}./.`;

function recipientLines(plan: ResolvedPlan): string[] {
  const items = plan.recipients.map((r) => `- ${stripEnd(stripDash(r))};`);
  const archive = stripDash(plan.archive).trim();
  const archiveLine = /^lưu\b/iu.test(archive) ? archive : `Lưu: ${archive}`;
  return [...items, `- ${/[.)]$/.test(archiveLine) ? archiveLine : `${archiveLine}.`}`];
}

/**
 * Column widths in mm: the plan's relative widths scaled to the text width, but never narrower
 * than the longest word of the column's title (so "STT" does not wrap as "ST/T").
 */
export function columnWidths(table: ResolvedTable, widthMm: number): number[] {
  const size = ND30.tableText.sizePt.value;
  const minimum = table.columns.map(
    (c) => Math.max(...c.title.split(/\s+/).map((w) => measureMm(w, size, { bold: true }))) + 2 * CELL_PADDING_MM + 1,
  );
  // Pin columns that would fall below their minimum, share the rest by weight; repeat until stable.
  const pinned = new Set<number>();
  for (;;) {
    const freeWeight = table.columns.reduce((sum, c, i) => (pinned.has(i) ? sum : sum + c.width), 0);
    const freeMm = widthMm - [...pinned].reduce((sum, i) => sum + minimum[i]!, 0);
    const widths = table.columns.map((c, i) => (pinned.has(i) ? minimum[i]! : (c.width / freeWeight) * freeMm));
    const tooNarrow = widths.findIndex((w, i) => !pinned.has(i) && w < minimum[i]!);
    if (tooNarrow < 0 || pinned.size === table.columns.length - 1) return widths;
    pinned.add(tooNarrow);
  }
}

function tableLayout(table: ResolvedTable, widthMm: number): TableLayout {
  const widthsMm = columnWidths(table, widthMm);
  const header: TableCell[] = table.columns.map((c) => ({ text: c.title, bold: true, align: "center" }));
  const rows: TableCell[][] = [];
  let group = 0;
  let item = 0;
  const dataColumns = table.numbered ? table.columns.slice(1) : table.columns;
  for (const row of table.rows) {
    if (row.kind === "group") {
      group++;
      item = 0;
      const label = row.label ?? toRoman(group);
      rows.push(
        table.numbered
          ? [
              { text: label, bold: true, align: "center" },
              { text: row.title, bold: true, span: table.columns.length - 1, align: "left" },
            ]
          : [{ text: label ? `${label}. ${row.title}` : row.title, bold: true, span: table.columns.length, align: "left" }],
      );
      continue;
    }
    item++;
    const cells: TableCell[] = dataColumns.map((c, j) => ({ text: row.cells[j] ?? "", align: c.align }));
    rows.push(table.numbered ? [{ text: String(item), align: "center" }, ...cells] : cells);
  }
  return { widthsMm, header, rows };
}

function appendixLayout(plan: ResolvedPlan, a: ResolvedAppendix, index: number): AppendixLayout {
  const many = plan.appendices.length > 1;
  const reference = a.reference.startsWith("(") ? a.reference : `(${a.reference})`;
  const title = upperVi(a.title);
  const widest = Math.max(...[title].map((l) => measureMm(l, ND30.appendixTitle.sizePt.value, { bold: true })));
  return {
    label: a.label ?? (many ? `Phụ lục ${toRoman(index + 1)}` : "Phụ lục"),
    title,
    reference,
    ruleMm: Math.min(widest, pageTextWidthMm(a.orientation)) * ND30.rules.trichYeuFraction.value,
    orientation: a.orientation,
    blocks: a.body.map(lineBlock),
    table: a.table ? tableLayout(a.table, pageTextWidthMm(a.orientation)) : null,
  };
}

/** Stage 5: resolved text → ND30 roles, with numbering, line breaks and rule lengths decided. */
export function buildLayout(plan: ResolvedPlan): LayoutDoc {
  const issuerSize = ND30.issuingBody.sizePt.value;
  const leftColumn = HEADER_COLUMNS_MM[0] - 2 * CELL_PADDING_MM;
  const measureIssuer = (s: string) => measureMm(s, issuerSize, { bold: true });
  const measureParent = (s: string) => measureMm(s, ND30.parentBody.sizePt.value);
  const fit = (lines: readonly string[], asWritten: boolean, measure: (s: string) => number) =>
    lines.flatMap((l) => (asWritten ? [upperVi(l)] : breakLines(upperVi(l), leftColumn, measure, agencyBreakPreference)));
  const issuerLines = fit(plan.issuer.headerLines, plan.issuer.headerAsWritten, measureIssuer);
  const parentLines = fit(plan.issuer.parentLines, plan.issuer.parentAsWritten, measureParent);
  const issuerWidest = Math.max(0, ...issuerLines.map(measureIssuer));

  const titleSize = ND30.trichYeu.sizePt.value;
  const measureTitle = (s: string) => measureMm(s, titleSize, { bold: true });
  const titleLines = plan.title.split("\n").flatMap((l) => breakLines(l, pageTextWidthMm("portrait"), measureTitle, titleBreakPreference));
  const titleWidest = Math.max(0, ...titleLines.map(measureTitle));

  const number = plan.number === "" ? BLANK_NUMBER : plan.number.length === 1 ? `0${plan.number}` : plan.number;
  const body: Block[] = [
    ...basisBlocks(plan),
    ...plan.preamble.map((p): Block => ({ role: "preamble", runs: parseInline(p) })),
    ...sectionBlocks(plan, plan.sections, []),
    { role: "closing", runs: parseInline(withEndMark(plan.closing)), keepNext: true },
  ];

  return {
    header: {
      parentLines,
      issuerLines,
      issuerRuleMm: Math.min(issuerWidest, leftColumn) * ND30.rules.issuerFraction.value,
      numberLine: `Số: ${number}/${plan.symbol}`,
      placeDate: `${plan.place}, ${dateWords(plan.date)}`,
      urgency: plan.marks.urgency,
      confidentiality: plan.marks.confidentiality,
      circulation: plan.marks.circulation,
    },
    title: {
      typeName: "KẾ HOẠCH",
      lines: titleLines,
      ruleMm: titleWidest * ND30.rules.trichYeuFraction.value,
    },
    body,
    signature: {
      recipients: recipientLines(plan),
      authority: plan.signer.authority.map((l) => upperVi(l)),
      title: upperVi(plan.signer.title),
      name: plan.signer.name,
    },
    appendices: plan.appendices.map((a, i) => appendixLayout(plan, a, i)),
    meta: {
      title: titleLines.join(" "),
      subject: "Kế hoạch",
      creator: plan.issuer.name,
      description: `Số: ${plan.number || "…"}/${plan.symbol}`,
      isoDate: isoDate(plan.date),
    },
  };
}

export { plainText };
