import { t } from "../../i18n/text.js";
import { ND30 } from "../../layout/nd30.js";
import type { DocParagraph, DocSection } from "../../ooxml/model.js";
import { sectionName, sizesText } from "../describe.js";
import { alignment, isBold, isItalic, runPt, textOf } from "../paragraph.js";
import { failed, judge, notEvaluated, passed, type Finding, type Rule } from "../rule.js";
import { partParagraphs } from "../walk.js";

/**
 * nd30-spec §18 rules 6–10 (PL I, I.7): Arabic page numbers, 13–14 pt upright, centred in the
 * top margin (the header), not shown on page 1.
 */

const CLAUSE = ND30.pageNumber.sizePt.ref;
const PAGE_FIELD = /\bPAGE\b/;
const hasPageField = (p: DocParagraph) => p.fields.some((f) => PAGE_FIELD.test(f));
const pageParagraphs = (part: DocSection["headers"]["default"]) => partParagraphs(part).filter(hasPageField);

const pageNumber: Rule = {
  id: "ND30-page-number",
  level: "E",
  clause: CLAUSE,
  title: t("Có số trang (trường PAGE) ở phần đầu trang (lề trên) của mỗi section", "A page number (PAGE field) in the header (top margin) of every section"),
  check: ({ model }) =>
    model.sections.map((s, i) =>
      judge(
        pageParagraphs(s.headers.default).length > 0,
        s.headers.default
          ? pageParagraphs(s.headers.default).length > 0
            ? t("đầu trang có trường PAGE", "header holds a PAGE field")
            : t("đầu trang không có trường PAGE", "header has no PAGE field")
          : t("không có đầu trang (header)", "no header"),
        t("số trang bằng trường PAGE ở đầu trang", "a PAGE field in the header"),
        sectionName(i),
      ),
    ),
};

const firstPage: Rule = {
  id: "ND30-page-number-first",
  level: "E",
  clause: CLAUSE,
  title: t("Không hiện số trang ở trang thứ nhất (đặt «trang đầu khác», w:titlePg)", "No page number on page 1 (different first page, w:titlePg)"),
  check: ({ model }) => {
    // Only the document's page 1; whether appendices hide their first number is open (nd30-spec §19.5).
    const s = model.sections[0]!;
    if (s.titlePage) return [passed(t("section 1 đặt «trang đầu khác» (w:titlePg)", "section 1 sets a different first page (w:titlePg)"))];
    if (pageParagraphs(s.headers.default).length === 0) return [passed(t("trang 1 không có số trang", "page 1 shows no page number"))];
    return [failed(t("section 1 không đặt «trang đầu khác» (w:titlePg): số trang hiện ở trang 1, yêu cầu không hiển thị số trang thứ nhất", "section 1 has no different first page (w:titlePg): page 1 shows its number, required no number on page 1"))];
  },
};

const style: Rule = {
  id: "ND30-page-number-style",
  level: "E",
  clause: CLAUSE,
  title: t("Số trang căn giữa, cỡ 13–14, đứng, không đậm", "Page number centred, 13–14 pt, upright, not bold"),
  check: ({ model }) => {
    const seen = new Set<string>();
    const findings: Finding[] = [];
    model.sections.forEach((s, i) => {
      for (const part of [s.headers.default, s.headers.even]) {
        if (!part || seen.has(part.part)) continue;
        seen.add(part.part);
        for (const p of pageParagraphs(part)) {
          // Field runs carry no text of their own; their properties format the number.
          const runs = p.runs;
          const sizes = runs.map(runPt);
          const range = ND30.pageNumber.sizePt;
          const ok = alignment(p) === "center" && runs.length > 0 && sizes.every((z) => z >= range.min && z <= range.max) && !runs.some(isBold) && !runs.some(isItalic);
          const found = t(
            `${alignment(p) === "center" ? "căn giữa" : `căn ${alignment(p)}`}, cỡ ${sizesText(sizes)}${runs.some(isBold) ? ", đậm" : ""}${runs.some(isItalic) ? ", nghiêng" : ""}`,
            `${alignment(p) === "center" ? "centred" : `aligned ${alignment(p)}`}, ${sizesText(sizes)}${runs.some(isBold) ? ", bold" : ""}${runs.some(isItalic) ? ", italic" : ""}`,
          );
          findings.push(judge(ok, found, t(`căn giữa, cỡ ${range.min}–${range.max} pt, đứng, không đậm`, `centred, ${range.min}–${range.max} pt, upright, not bold`), sectionName(i)));
        }
      }
    });
    return findings.length > 0 ? findings : [notEvaluated(t("không có trường số trang ở đầu trang", "no page-number field in any header"))];
  },
};

const firstHeader: Rule = {
  id: "ND30-page-number-first-header",
  level: "E",
  clause: CLAUSE,
  title: t("Đầu trang của trang đầu không có số trang hay chữ", "The first-page header shows no number and no text"),
  check: ({ model }) => {
    const withFirst = model.sections.map((s, i) => ({ s, i })).filter(({ s }) => s.titlePage);
    if (withFirst.length === 0) return [notEvaluated(t("không section nào đặt «trang đầu khác»", "no section has a different first page"))];
    return withFirst.map(({ s, i }) => {
      const paragraphs = partParagraphs(s.headers.first);
      const numbered = paragraphs.some(hasPageField);
      const text = paragraphs.map(textOf).join(" ").trim();
      const found = !s.headers.first
        ? t("đầu trang thứ nhất để trống", "first-page header is blank")
        : numbered
          ? t("đầu trang thứ nhất có trường PAGE", "first-page header holds a PAGE field")
          : text
            ? t(`đầu trang thứ nhất có chữ «${text.slice(0, 40)}»`, `first-page header shows «${text.slice(0, 40)}»`)
            : t("đầu trang thứ nhất để trống", "first-page header is blank");
      return judge(!numbered && !text, found, t("để trống", "blank"), sectionName(i));
    });
  },
};

const footer: Rule = {
  id: "ND30-page-number-footer",
  level: "E",
  clause: CLAUSE,
  title: t("Số trang không đặt ở chân trang (lề dưới)", "No page number in the footer (bottom margin)"),
  check: ({ model }) =>
    model.sections.map((s, i) => {
      const numbered = Object.values(s.footers).some((part) => partParagraphs(part).some(hasPageField));
      return judge(
        !numbered,
        numbered ? t("chân trang có trường PAGE", "a footer holds a PAGE field") : t("chân trang không có số trang", "no page number in the footers"),
        t("số trang ở lề trên, không ở chân trang", "page numbers in the top margin, not the footer"),
        sectionName(i),
      );
    }),
};

const format: Rule = {
  id: "ND30-page-number-format",
  level: "E",
  clause: CLAUSE,
  title: t("Số trang bằng chữ số Ả Rập (w:pgNumType decimal)", "Arabic page numbers (w:pgNumType decimal)"),
  check: ({ model }) =>
    model.sections.map((s, i) => {
      const fmt = s.pageNumberFormat ?? "decimal";
      return judge(fmt === "decimal", t(`kiểu số ${fmt}`, `number format ${fmt}`), t("chữ số Ả Rập (decimal)", "Arabic numerals (decimal)"), sectionName(i));
    }),
};

const start: Rule = {
  id: "ND30-page-number-start",
  level: "W",
  clause: CLAUSE,
  title: t("Văn bản đánh số trang từ 1", "The document is numbered from 1"),
  check: ({ model }) => {
    const first = model.sections[0]!.pageNumberStart;
    return [
      judge(
        first === undefined || first === 1,
        first === undefined ? t("không đặt số bắt đầu (từ 1)", "no start set (from 1)") : t(`bắt đầu từ ${first}`, `starts at ${first}`),
        t("đánh số từ 1", "numbered from 1"),
        sectionName(0),
      ),
    ];
  },
};

export const PAGE_NUMBER_RULES: readonly Rule[] = [pageNumber, firstPage, style, firstHeader, footer, format, start];
