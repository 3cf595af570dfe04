import { dateWords, isoDate } from "../render/date-line.js";
import { numberText } from "../render/document-number.js";
import { upperVi } from "../render/vietnamese.js";
import type { ResolvedPlan } from "../resolve/resolved-plan.js";
import { appendixLayout } from "./appendix-layout.js";
import { bodyBlocks, stripDash, stripEnd } from "./body-blocks.js";
import { numberFootnotes } from "./footnotes.js";
import { parseInline, upperKeepingCase } from "./inline-markup.js";
import { agencyBreakPreference, breakLines, titleBreakPreference } from "./break-lines.js";
import type { HeaderBand, LayoutDoc, TitleBlock } from "./layout-model.js";
import { textWidthMm as measureMm } from "./measure-text.js";
import { ND30, pageTextWidthMm } from "./nd30.js";
import { CELL_PADDING_MM, HEADER_COLUMNS_MM } from "./page-grid.js";

const widest = (lines: readonly string[], measure: (s: string) => number): number => Math.max(0, ...lines.map(measure));

/**
 * Ô 4 in the right header column: at 14 pt when it fits, else at 13 pt (ND30 allows 13–14), so a
 * long commune name ("Phường Lương Văn Tri, ngày … tháng 5 năm 2026") does not wrap before the
 * year. Wider still, Word would break it anywhere: it breaks after the place's comma instead,
 * at 14 pt, and the date stays whole on the second line.
 */
export function placeDateLine(place: string, date: string): Pick<HeaderBand, "placeDateLines" | "placeDateSizePt"> {
  const column = HEADER_COLUMNS_MM[1] - 2 * CELL_PADDING_MM;
  const line = `${place}, ${date}`;
  const { value, min } = ND30.placeDate.sizePt;
  for (const size of [value, min]) {
    if (measureMm(line, size, { italic: true }) <= column) return { placeDateLines: [line], placeDateSizePt: size };
  }
  return { placeDateLines: [`${place},`, date], placeDateSizePt: value };
}

/** Ô 1–4: issuer lines fitted to the left column, the rule under them, Số and the date line. */
function headerBand(plan: ResolvedPlan): HeaderBand {
  const column = HEADER_COLUMNS_MM[0] - 2 * CELL_PADDING_MM;
  const size = plan.issuer.headerSizePt;
  const measureIssuer = (s: string) => measureMm(s, size, { bold: true });
  const measureParent = (s: string) => measureMm(s, size);
  const fit = (lines: readonly string[], asWritten: boolean, measure: (s: string) => number) =>
    lines.flatMap((l) => (asWritten ? [upperKeepingCase(l)] : breakLines(upperKeepingCase(l), column, measure, agencyBreakPreference)));
  const issuerLines = fit(plan.issuer.headerLines, plan.issuer.headerAsWritten, measureIssuer);
  return {
    parentLines: fit(plan.issuer.parentLines, plan.issuer.parentAsWritten, measureParent),
    issuerLines,
    issuerSizePt: size,
    issuerRuleMm: Math.min(widest(issuerLines, measureIssuer), column) * ND30.rules.issuerFraction.value,
    numberLine: `Số: ${numberText(plan.number)}/${plan.symbol}`,
    ...placeDateLine(plan.place, dateWords(plan.date)),
    urgency: plan.marks.urgency,
    confidentiality: plan.marks.confidentiality,
    circulation: plan.marks.circulation,
  };
}

/** Ô 5a: the trích yếu broken into balanced lines, with its rule 1/3–1/2 of the longest. */
function titleBlock(plan: ResolvedPlan): TitleBlock {
  const measure = (s: string) => measureMm(s, ND30.trichYeu.sizePt.value, { bold: true });
  const lines = plan.title.split("\n").flatMap((l) => breakLines(l, pageTextWidthMm("portrait"), measure, titleBreakPreference));
  return { typeName: "KẾ HOẠCH", lines, ruleMm: widest(lines, measure) * ND30.rules.trichYeuFraction.value };
}

/** Ô 9b: "- …;" for each recipient, then the "- Lưu: …." line. */
function recipientLines(plan: ResolvedPlan): string[] {
  const items = plan.recipients.map((r) => `- ${stripEnd(stripDash(r))};`);
  const archive = stripDash(plan.archive).trim();
  const archiveLine = /^lưu\b/iu.test(archive) ? archive : `Lưu: ${archive}`;
  return [...items, `- ${/[.)]$/.test(archiveLine) ? archiveLine : `${archiveLine}.`}`];
}

/** Stage 5: resolved text → ND30 roles, with numbering, line breaks and rule lengths decided. */
export function buildLayout(plan: ResolvedPlan): LayoutDoc {
  const title = titleBlock(plan);
  return numberFootnotes(plan.footnotes, {
    header: headerBand(plan),
    title,
    body: bodyBlocks(plan),
    signature: {
      recipients: recipientLines(plan),
      authority: plan.signer.authority.map((l) => upperKeepingCase(l)),
      title: upperKeepingCase(plan.signer.title),
      name: plan.signer.name,
      below: plan.signer.below.map((l) => parseInline(l)),
    },
    appendices: plan.appendices.map((a, i) => appendixLayout(a, i, plan.appendices.length)),
    meta: {
      title: title.lines.join(" "),
      subject: "Kế hoạch",
      creator: plan.issuer.name,
      description: `Số: ${plan.number || "…"}/${plan.symbol}`,
      isoDate: isoDate(plan.date),
    },
    footnotes: [],
  });
}
