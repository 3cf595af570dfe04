import { t } from "../../i18n/text.js";
import { ND30 } from "../../layout/nd30.js";
import { mmToTwips } from "../../ooxml/geometry.js";
import type { Placed } from "../anatomy.js";
import { canCuBlock, isPartHeading, isRomanHeading } from "../body-kinds.js";
import { at, mmText, ptText, rangeText, sizesText } from "../describe.js";
import { checkFormat } from "../format-check.js";
import { alignment, everyRun, inkRuns, isCentred, isItalic, runPt, sizesOf, TNR_LINE_EM } from "../paragraph.js";
import { judge, notEvaluated, overEach, passed, type CheckedDoc, type Rule } from "../rule.js";

/** nd30-spec §18 rules 22–24 and 26 (PL I, Phần II, khoản 6e): how the content paragraphs are set. */

const body = ND30.body;
const CLAUSE = body.sizePt.ref;
const NO_BODY = t("không tìm thấy phần nội dung", "no content found");

/** 1 cm or 1.27 cm, nothing between: ±5 twips for rounding (nd30-spec rule 22). */
const INDENTS = [body.firstLineIndentMm.min, body.firstLineIndentMm.max].map((mm) => Math.round(mmToTwips(mm)));
const INDENT_TOLERANCE = 5;

const hanging = (x: Placed) => (x.p.props.indHanging ?? 0) > 0;
const paragraphs = (doc: CheckedDoc) => doc.parts.body;

const align: Rule = {
  id: "ND30-body-align",
  level: "E",
  clause: CLAUSE,
  title: t("Đoạn nội dung căn đều hai bên (trừ đề mục căn giữa, mục La Mã)", "Content paragraphs justified (centred headings and Roman headings aside)"),
  check: (doc) =>
    overEach(
      paragraphs(doc).filter((x) => !isCentred(x.p) && !isRomanHeading(x) && !isPartHeading(x)),
      (x) => (alignment(x.p) === "both" ? undefined : checkFormat(t("Đoạn", "Paragraph"), x, { align: ["both"] })),
      (n) => t(`${n} đoạn căn đều hai bên`, `${n} paragraphs justified`),
      NO_BODY,
    ),
};

const indent: Rule = {
  id: "ND30-body-indent",
  level: "E",
  clause: body.firstLineIndentMm.ref,
  title: t("Lùi đầu dòng 1 cm hoặc 1,27 cm", "First-line indent of 1 cm or 1.27 cm"),
  check: (doc) =>
    overEach(
      paragraphs(doc).filter((x) => !isCentred(x.p) && !hanging(x)),
      (x) => {
        const first = x.p.props.indFirstLine ?? 0;
        return INDENTS.some((v) => Math.abs(first - v) <= INDENT_TOLERANCE)
          ? undefined
          : judge(false, t(`lùi đầu dòng ${mmText(first)}`, `first-line indent ${mmText(first)}`), t("1 cm hoặc 1,27 cm", "1 cm or 1.27 cm"), at(x.p.text));
      },
      (n) => t(`${n} đoạn lùi đầu dòng 1 cm hoặc 1,27 cm`, `${n} paragraphs indented 1 cm or 1.27 cm`),
      NO_BODY,
    ),
};

const size: Rule = {
  id: "ND30-body-size",
  level: "E",
  clause: CLAUSE,
  title: t("Chữ nội dung cỡ 13–14", "Content text 13–14 pt"),
  check: (doc) =>
    overEach(
      paragraphs(doc),
      (x) =>
        inkRuns(x.p).every((r) => runPt(r) >= body.sizePt.min && runPt(r) <= body.sizePt.max)
          ? undefined
          : judge(false, t(`cỡ ${sizesText(sizesOf(x.p))}`, sizesText(sizesOf(x.p))), t(rangeText(body.sizePt, "pt"), rangeText(body.sizePt, "pt")), at(x.p.text)),
      (n) => t(`${n} đoạn cỡ ${rangeText(body.sizePt, "pt")}`, `${n} paragraphs at ${rangeText(body.sizePt, "pt")}`),
      NO_BODY,
    ),
};

const upright: Rule = {
  id: "ND30-body-upright",
  level: "E",
  clause: CLAUSE,
  title: t("Chữ nội dung kiểu đứng (căn cứ được nghiêng)", "Content text upright (căn cứ lines may be italic)"),
  check: (doc) => {
    const canCu = new Set(canCuBlock(paragraphs(doc)));
    return overEach(
      paragraphs(doc).filter((x) => !canCu.has(x)),
      // A word in italics is emphasis; a paragraph set in italics is not upright text.
      (x) => (everyRun(x.p, isItalic) ? judge(false, t("cả đoạn in nghiêng", "the whole paragraph is italic"), t("chữ đứng", "upright"), at(x.p.text)) : undefined),
      (n) => t(`${n} đoạn chữ đứng`, `${n} upright paragraphs`),
      NO_BODY,
    );
  },
};

const listIndent: Rule = {
  id: "ND30-list-indent",
  level: "W",
  clause: body.firstLineIndentMm.ref,
  title: t("Gạch đầu dòng lùi đầu dòng như đoạn văn, không thụt treo", "List items indented like paragraphs, not with a hanging indent"),
  check: (doc) =>
    overEach(
      paragraphs(doc),
      (x) => (hanging(x) ? judge(false, t(`thụt treo ${mmText(x.p.props.indHanging ?? 0)}`, `hanging indent ${mmText(x.p.props.indHanging ?? 0)}`), t("lùi dòng đầu 1 cm hoặc 1,27 cm", "a 1 cm or 1.27 cm first-line indent"), at(x.p.text)) : undefined),
      (n) => t(`${n} đoạn không thụt treo`, `${n} paragraphs without hanging indent`),
      NO_BODY,
    ),
};

const MIN_GAP = body.spaceBeforePt.min * 20;

const spacing: Rule = {
  id: "ND30-paragraph-spacing",
  level: "E",
  clause: body.spaceBeforePt.ref,
  title: t("Khoảng cách giữa các đoạn tối thiểu 6 pt", "At least 6 pt between paragraphs"),
  check: (doc) => {
    const list = paragraphs(doc);
    return overEach(
      list,
      (x) => {
        const i = list.indexOf(x);
        // Contextual spacing drops the space next to a paragraph of the same style.
        const same = (y: Placed | undefined) => x.p.props.contextualSpacing === true && y !== undefined && y.p.styleId === x.p.styleId;
        const before = same(list[i - 1]) ? 0 : (x.p.props.spacingBefore ?? 0);
        const after = same(list[i + 1]) ? 0 : (x.p.props.spacingAfter ?? 0);
        return before + after >= MIN_GAP
          ? undefined
          : judge(false, t(`cách đoạn trước ${ptText(before / 20)}, sau ${ptText(after / 20)}${x.p.props.contextualSpacing ? " (bỏ khoảng cách giữa đoạn cùng kiểu)" : ""}`, `space before ${ptText(before / 20)}, after ${ptText(after / 20)}${x.p.props.contextualSpacing ? " (contextual spacing)" : ""}`), t(`tổng ≥ ${ptText(body.spaceBeforePt.min)}`, `≥ ${ptText(body.spaceBeforePt.min)} in all`), at(x.p.text));
      },
      (n) => t(`${n} đoạn cách nhau ≥ ${ptText(body.spaceBeforePt.min)}`, `${n} paragraphs ≥ ${ptText(body.spaceBeforePt.min)} apart`),
      NO_BODY,
    );
  },
};

const lineSpacing: Rule = {
  id: "ND30-line-spacing",
  level: "E",
  clause: body.lineSpacing.ref,
  title: t("Khoảng cách dòng từ dòng đơn đến 1,5 dòng", "Line spacing from single to 1.5 lines"),
  check: (doc) =>
    overEach(
      paragraphs(doc),
      (x) => {
        const rule = x.p.props.lineRule ?? "auto";
        const line = x.p.props.line ?? 240;
        if (rule === "auto") {
          const multiple = line / 240;
          return multiple >= body.lineSpacing.min - 0.001 && multiple <= body.lineSpacing.max + 0.001
            ? undefined
            : judge(false, t(`giãn dòng ${Math.round(multiple * 100) / 100}`, `line spacing ${Math.round(multiple * 100) / 100}`), t(`${body.lineSpacing.min}–${body.lineSpacing.max} dòng`, `${body.lineSpacing.min}–${body.lineSpacing.max} lines`), at(x.p.text));
        }
        // Exact / at-least spacing in twips, against the height of one line of this size.
        const single = Math.max(...inkRuns(x.p).map(runPt), 0) * 20 * TNR_LINE_EM;
        const [min, max] = [single * body.lineSpacing.min, single * body.lineSpacing.max];
        return line >= Math.floor(min) && line <= Math.ceil(max)
          ? undefined
          : judge(false, t(`giãn dòng cố định ${ptText(line / 20)}`, `exact line spacing ${ptText(line / 20)}`), t(`${ptText(min / 20)}–${ptText(max / 20)} (1–1,5 dòng)`, `${ptText(min / 20)}–${ptText(max / 20)} (1–1.5 lines)`), at(x.p.text));
      },
      (n) => t(`${n} đoạn giãn dòng 1–1,5`, `${n} paragraphs spaced 1–1.5 lines`),
      NO_BODY,
    ),
};

const sizeConsistent: Rule = {
  id: "ND30-body-size-consistent",
  level: "E",
  clause: CLAUSE,
  title: t("Cả phần nội dung dùng một cỡ chữ", "One font size throughout the content"),
  check: (doc) => {
    const list = paragraphs(doc);
    if (list.length === 0) return [notEvaluated(NO_BODY)];
    // Superscripts (footnote marks, m²) are set smaller on purpose.
    const runs = list.flatMap((x) => inkRuns(x.p).filter((r) => r.props.vertAlign === undefined || r.props.vertAlign === "baseline").map((r) => ({ x, pt: runPt(r) })));
    const counts = new Map<number, number>();
    for (const r of runs) counts.set(r.pt, (counts.get(r.pt) ?? 0) + 1);
    if (counts.size <= 1) return [passed(t(`nội dung một cỡ chữ ${sizesText([...counts.keys()])}`, `content in one size, ${sizesText([...counts.keys()])}`))];
    const main = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
    const odd = runs.find((r) => r.pt !== main)!;
    return [judge(false, t(`nội dung dùng các cỡ ${sizesText([...counts.keys()])}`, `content in sizes ${sizesText([...counts.keys()])}`), t(`một cỡ (phần lớn là ${ptText(main)})`, `one size (mostly ${ptText(main)})`), at(odd.x.p.text))];
  },
};

export const BODY_FORMAT_RULES: readonly Rule[] = [align, indent, size, upright, listIndent, spacing, lineSpacing, sizeConsistent];
