import { t } from "../../i18n/text.js";
import { ND30 } from "../../layout/nd30.js";
import { toRoman } from "../../render/vietnamese.js";
import type { AppendixPart } from "../anatomy.js";
import { quote, sectionName } from "../describe.js";
import { checkFormat } from "../format-check.js";
import { findDateLine, findNumberLine } from "../header-elements.js";
import { parseDateLine, parseNumberLine, parseReference } from "../number-date.js";
import { textOf } from "../paragraph.js";
import { failed, judge, notEvaluated, passed, type CheckedDoc, type Finding, type Rule } from "../rule.js";
import { partParagraphs } from "../walk.js";

/** nd30-spec §18 rules 37–40 (PL I, Phần III, mục I.1): appendices. */

const CLAUSE = ND30.appendixLabel.sizePt.ref;
const NONE = t("không có phụ lục (không áp dụng)", "no appendix (not applicable)");
const LABEL = /^Phụ lục( [IVXLC]+)?$/iu;
const NEW_PAGE_TYPES = new Set(["nextPage", "oddPage", "evenPage"]);

/** Each appendix as one or more findings; no appendix → NOT_EVALUATED. */
function perAppendix(doc: CheckedDoc, check: (a: AppendixPart, n: number) => Finding[]): Finding[] {
  const list = doc.parts.appendices;
  return list.length === 0 ? [notEvaluated(NONE)] : list.flatMap((a, n) => check(a, n));
}

const labelText = (a: AppendixPart) => textOf(a.label.p);

/** As perAppendix, for the rules about the «Phụ lục» label itself: appendices without one are skipped. */
function perLabelled(doc: CheckedDoc, check: (a: AppendixPart, n: number) => Finding[]): Finding[] {
  const list = doc.parts.appendices.filter((a) => a.labelled);
  return list.length === 0 ? [notEvaluated(doc.parts.appendices.length === 0 ? NONE : t("phụ lục không có nhãn «Phụ lục» (không áp dụng)", "the appendices carry no «Phụ lục» label (not applicable)"))] : list.flatMap((a, n) => check(a, n));
}

const label: Rule = {
  id: "ND30-appendix-label",
  level: "E",
  clause: CLAUSE,
  title: t("Phụ lục bắt đầu trang mới; dòng «Phụ lục I» đậm, cỡ 14, căn giữa", "Each appendix starts a new page; «Phụ lục I» bold, 14 pt, centred"),
  check: (doc) =>
    perAppendix(doc, (a) => {
      const section = doc.model.sections[a.section];
      const newSection = a.firstInSection && a.section > 0 && NEW_PAGE_TYPES.has(section?.type ?? "nextPage");
      const text = labelText(a);
      const start = judge(newSection || a.afterPageBreak, newSection ? t("bắt đầu section mới", "starts a new section") : a.afterPageBreak ? t("sau dấu ngắt trang", "after a page break") : t("không sang trang mới", "does not start a new page"), t("bắt đầu trang mới (section mới hoặc ngắt trang)", "a new page (new section or page break)"), t(quote(text), quote(text)));
      // An appendix printed without a label (found by its reference line): only its page start is checked here.
      if (!a.labelled) return [start];
      return [
        start,
        judge(LABEL.test(text), t(`nhãn ${quote(text)}`, `label ${quote(text)}`), t("«Phụ lục» hoặc «Phụ lục» + số La Mã", "«Phụ lục» or «Phụ lục» + a Roman numeral")),
        checkFormat(t("Nhãn phụ lục", "Appendix label"), a.label, { align: ["center"], bold: true, italic: false, size: ND30.appendixLabel.sizePt }),
      ];
    }),
};

const labelCase: Rule = {
  id: "ND30-appendix-label-case",
  level: "W",
  clause: CLAUSE,
  title: t("Viết «Phụ lục» chữ thường, không viết «PHỤ LỤC»", "«Phụ lục» in lower case, not «PHỤ LỤC»"),
  check: (doc) => perLabelled(doc, (a) => [judge(/^Phụ lục\b/u.test(labelText(a)), t(`viết ${quote(labelText(a))}`, `written ${quote(labelText(a))}`), t("«Phụ lục …»", "«Phụ lục …»"))]),
};

const numbering: Rule = {
  id: "ND30-appendix-numbering",
  level: "E",
  clause: CLAUSE,
  title: t("Từ hai phụ lục: đánh số La Mã I, II, III… theo thứ tự và được nhắc đến trong nội dung", "Two or more appendices: numbered I, II, III… in order and each cited in the content"),
  check: (doc) => {
    const list = doc.parts.appendices.filter((a) => a.labelled);
    if (list.length < 2) return [notEvaluated(list.length === 0 ? NONE : t("chỉ có một phụ lục (không áp dụng)", "a single appendix (not applicable)"))];
    const content = doc.parts.body.map((x) => textOf(x.p)).join("\n");
    return list.flatMap((a, n) => {
      const want = toRoman(n + 1);
      const text = labelText(a);
      const numeral = /\s([IVXLC]+)$/iu.exec(text)?.[1] ?? "";
      const cited = new RegExp(`phụ lục\\s+${want}(?![IVXLC])`, "iu").test(content);
      return [
        judge(numeral === want, t(`${quote(text)}`, `${quote(text)}`), t(`«Phụ lục ${want}»`, `«Phụ lục ${want}»`)),
        judge(cited, cited ? t(`nội dung có nhắc «Phụ lục ${want}»`, `the content cites «Phụ lục ${want}»`) : t(`nội dung không nhắc đến «Phụ lục ${want}»`, `the content never cites «Phụ lục ${want}»`), t("nội dung dẫn chiếu từng phụ lục", "the content cites each appendix")),
      ];
    });
  },
};

const title: Rule = {
  id: "ND30-appendix-title",
  level: "E",
  clause: ND30.appendixTitle.sizePt.ref,
  title: t("Tên phụ lục in hoa, đậm, cỡ 13–14, căn giữa", "Appendix title in bold capitals, 13–14 pt, centred"),
  check: (doc) =>
    perAppendix(doc, (a) =>
      a.title && a.title !== a.reference && !textOf(a.title.p).startsWith("(") && !(a.labelled && a.title === a.label)
        ? [checkFormat(t("Tên phụ lục", "Appendix title"), a.title, { upper: true, align: ["center"], bold: true, italic: false, size: ND30.appendixTitle.sizePt })]
        : [failed(t(`không có tên phụ lục dưới ${quote(labelText(a))}`, `no appendix title under ${quote(labelText(a))}`))],
    ),
};

/** The main "Số" and date, to compare each "(Kèm theo Kế hoạch số …)" with. */
function mainIdentity(doc: CheckedDoc) {
  const numberLine = findNumberLine(doc.parts.header);
  const dateLine = findDateLine(doc.parts.header);
  return {
    number: numberLine ? parseNumberLine(textOf(numberLine.p)) : undefined,
    date: dateLine ? parseDateLine(textOf(dateLine.p)) : undefined,
  };
}

const reference: Rule = {
  id: "ND30-appendix-reference",
  level: "E",
  clause: ND30.appendixReference.sizePt.ref,
  title: t("Dòng «(Kèm theo Kế hoạch số … ngày … tháng … năm … của …)» nghiêng, cỡ 13–14, căn giữa, cùng số và ngày với văn bản", "«(Kèm theo Kế hoạch số … ngày … của …)» italic, 13–14 pt, centred, with the plan's own number and date"),
  check: (doc) => {
    const main = mainIdentity(doc);
    return perAppendix(doc, (a) => {
      if (!a.reference) return [failed(t(`không có dòng «(Kèm theo Kế hoạch số …)» dưới ${quote(labelText(a))}`, `no «(Kèm theo Kế hoạch số …)» line under ${quote(labelText(a))}`))];
      const text = textOf(a.reference.p);
      const parsed = parseReference(text);
      const findings: Finding[] = [checkFormat(t("Dòng kèm theo", "Reference line"), a.reference, { align: ["center"], bold: false, italic: true, size: ND30.appendixReference.sizePt })];
      if (!parsed) {
        findings.push(judge(false, t(`viết ${quote(text)}`, `written ${quote(text)}`), t("«(Kèm theo Kế hoạch số …/KH-… ngày … tháng … năm … của …)»", "«(Kèm theo Kế hoạch số …/KH-… ngày … tháng … năm … của …)»")));
        return findings;
      }
      if (!main.number || !main.date) {
        findings.push(passed(t(`${quote(text)} đúng dạng (không so được với số, ngày của văn bản)`, `${quote(text)} well formed (no number/date to compare with)`)));
        return findings;
      }
      const same = parsed.number === main.number.number && parsed.symbol === main.number.symbol && parsed.day === main.date.day && parsed.month === main.date.month && parsed.year === main.date.year;
      findings.push(
        judge(
          same,
          t(`số ${parsed.number || "…"}/${parsed.symbol}, ngày ${parsed.day || "…"}/${parsed.month || "…"}/${parsed.year}`, `number ${parsed.number || "…"}/${parsed.symbol}, date ${parsed.day || "…"}/${parsed.month || "…"}/${parsed.year}`),
          t(`như văn bản: số ${main.number.number || "…"}/${main.number.symbol}, ngày ${main.date.day || "…"}/${main.date.month || "…"}/${main.date.year}`, `the plan's: ${main.number.number || "…"}/${main.number.symbol}, ${main.date.day || "…"}/${main.date.month || "…"}/${main.date.year}`),
        ),
      );
      return findings;
    });
  },
};

const pageNumbers: Rule = {
  id: "ND30-appendix-page-numbers",
  level: "E",
  clause: "PL I, Phần III, mục I.1c",
  title: t("Mỗi phụ lục đánh số trang riêng (section mới, bắt đầu từ 1)", "Each appendix numbered on its own (a new section starting at 1)"),
  check: (doc) =>
    perAppendix(doc, (a) => {
      const section = doc.model.sections[a.section];
      if (!a.firstInSection || a.section === 0 || !section) return [failed(t(`${quote(labelText(a))} không mở section riêng nên không đánh số trang riêng được`, `${quote(labelText(a))} opens no section of its own, so it cannot be numbered on its own`))];
      return [judge(section.pageNumberStart === 1, section.pageNumberStart === undefined ? t("tiếp tục số trang của phần trước", "continues the previous numbering") : t(`bắt đầu từ ${section.pageNumberStart}`, `starts at ${section.pageNumberStart}`), t("bắt đầu lại từ 1 (w:pgNumType w:start=\"1\")", "restarts at 1 (w:pgNumType w:start=\"1\")"), sectionName(a.section))];
    }),
};

const pageHeader: Rule = {
  id: "ND30-appendix-page-header",
  level: "W",
  clause: "PL I, Phần III, mục I.1c; PL I, mục I.7",
  title: t("Section phụ lục có số trang ở đầu trang và ẩn số ở trang đầu", "Appendix sections number their pages in the header and hide page 1's"),
  check: (doc) =>
    perAppendix(doc, (a) => {
      const section = doc.model.sections[a.section];
      if (!a.firstInSection || a.section === 0 || !section) return [notEvaluated(t(`${quote(labelText(a))} không có section riêng`, `${quote(labelText(a))} has no section of its own`))];
      const numbered = partParagraphs(section.headers.default).some((p) => p.fields.some((f) => /\bPAGE\b/.test(f)));
      return [judge(numbered && section.titlePage, t(`${numbered ? "có" : "không có"} số trang ở đầu trang, ${section.titlePage ? "có" : "không có"} trang đầu riêng`, `${numbered ? "a" : "no"} page number in the header, ${section.titlePage ? "a" : "no"} different first page`), t("số trang ở đầu trang, trang đầu riêng", "header page number, different first page"), sectionName(a.section))];
    }),
};

export const APPENDIX_RULES: readonly Rule[] = [label, labelCase, numbering, title, reference, pageNumbers, pageHeader];
