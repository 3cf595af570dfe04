import { t, type LocalText } from "../../i18n/text.js";
import { ND30, type Nd30Value } from "../../layout/nd30.js";
import { mmToTwips } from "../../ooxml/geometry.js";
import type { DocSection } from "../../ooxml/model.js";
import { APPENDIX_LABEL } from "../anatomy.js";
import { mmText, rangeText, sectionName } from "../describe.js";
import { textOf } from "../paragraph.js";
import { judge, notEvaluated, type CheckedDoc, type Finding, type Rule } from "../rule.js";

/** nd30-spec §18 rules 1, 2 and 41: paper, orientation and margins of every section. */

/** ±3 twips: Word and LibreOffice round mm to whole twips differently (nd30-spec §18). */
const TOLERANCE = 3;
const twips = (mm: number) => Math.round(mmToTwips(mm));
const A4_SHORT = twips(ND30.page.widthMm.value);
const A4_LONG = twips(ND30.page.heightMm.value);
const near = (value: number | undefined, target: number) => value !== undefined && Math.abs(value - target) <= TOLERANCE;

export const isLandscape = (s: DocSection): boolean =>
  s.orient === "landscape" || (s.pageWidth !== undefined && s.pageHeight !== undefined && s.pageWidth > s.pageHeight);

const paperText = (s: DocSection): LocalText => {
  if (s.pageWidth === undefined || s.pageHeight === undefined) return t("không khai báo khổ giấy (w:pgSz)", "no paper size declared (w:pgSz)");
  const size = `${mmText(s.pageWidth).replace(" mm", "")} × ${mmText(s.pageHeight)}`;
  return isLandscape(s) ? t(`khổ ${size}, ngang`, `${size} landscape`) : t(`khổ ${size}, dọc`, `${size} portrait`);
};

const pageSize: Rule = {
  id: "ND30-page-size",
  level: "E",
  clause: ND30.page.widthMm.ref,
  title: t("Khổ A4 (210 × 297 mm), trang đầu khổ dọc; khổ ngang đúng kích thước A4", "A4 paper (210 × 297 mm), first section portrait; landscape sections are A4 turned"),
  check: ({ model }) =>
    model.sections.map((s, i): Finding => {
      const portrait = near(s.pageWidth, A4_SHORT) && near(s.pageHeight, A4_LONG) && (s.orient === undefined || s.orient === "portrait");
      const landscape = s.orient === "landscape" && near(s.pageWidth, A4_LONG) && near(s.pageHeight, A4_SHORT);
      const required =
        i === 0
          ? t("A4 dọc 210 × 297 mm (trang đầu)", "A4 portrait 210 × 297 mm (first section)")
          : t("A4 210 × 297 mm, dọc hoặc ngang (w:orient=\"landscape\")", "A4 210 × 297 mm, portrait or landscape (w:orient=\"landscape\")");
      return judge(portrait || (landscape && i > 0), paperText(s), required, sectionName(i));
    }),
};

type Side = "top" | "bottom" | "left" | "right";
const SIDES: readonly [Side, Nd30Value, LocalText][] = [
  ["top", ND30.margins.topMm, t("lề trên", "top margin")],
  ["bottom", ND30.margins.bottomMm, t("lề dưới", "bottom margin")],
  ["left", ND30.margins.leftMm, t("lề trái", "left margin")],
  ["right", ND30.margins.rightMm, t("lề phải", "right margin")],
];

/** One finding per section when all four margins are right; one per wrong margin otherwise. */
function marginFindings(s: DocSection, i: number): Finding[] {
  const wrong: Finding[] = [];
  const found: string[] = [];
  const foundEn: string[] = [];
  for (const [side, range, name] of SIDES) {
    const value = s.margins[side] === undefined ? undefined : Math.abs(s.margins[side]);
    const ok = value !== undefined && value >= twips(range.min) - TOLERANCE && value <= twips(range.max) + TOLERANCE;
    const shown = value === undefined ? t("không khai báo", "not declared") : t(mmText(value), mmText(value));
    found.push(`${name.vi} ${shown.vi}`);
    foundEn.push(`${name.en} ${shown.en}`);
    if (!ok) wrong.push(judge(false, t(`${name.vi} ${shown.vi}`, `${name.en} ${shown.en}`), t(rangeText(range, "mm"), rangeText(range, "mm")), sectionName(i)));
  }
  if (wrong.length > 0) return wrong;
  const required = SIDES.map(([, range]) => rangeText(range, "mm")).join(" / ");
  return [judge(true, t(found.join(", "), foundEn.join(", ")), t(`trên/dưới/trái/phải ${required}`, `top/bottom/left/right ${required}`), sectionName(i))];
}

const sectionsBy = (doc: CheckedDoc, landscape: boolean) =>
  doc.model.sections.map((s, i) => ({ s, i })).filter(({ s }) => isLandscape(s) === landscape);

const margins: Rule = {
  id: "ND30-margins",
  level: "E",
  clause: ND30.margins.topMm.ref,
  title: t("Lề trên, dưới 20–25 mm; trái 30–35 mm; phải 15–20 mm (trang dọc)", "Margins: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm (portrait pages)"),
  check: (doc) => {
    const portrait = sectionsBy(doc, false);
    return portrait.length === 0 ? [notEvaluated(t("không có trang khổ dọc", "no portrait section"))] : portrait.flatMap(({ s, i }) => marginFindings(s, i));
  },
};

const marginsLandscape: Rule = {
  id: "ND30-margins-landscape",
  level: "W",
  clause: ND30.margins.topMm.ref,
  title: t("Trang khổ ngang (phụ lục) dùng cùng khoảng lề như trang dọc", "Landscape (appendix) pages use the same margin ranges"),
  check: (doc) => {
    const landscape = sectionsBy(doc, true);
    return landscape.length === 0
      ? [notEvaluated(t("không có trang khổ ngang (không áp dụng)", "no landscape section (not applicable)"))]
      : landscape.flatMap(({ s, i }) => marginFindings(s, i));
  },
};

const landscapeUse: Rule = {
  id: "ND30-landscape-use",
  level: "W",
  clause: "PL I, Phần I, mục I.2",
  title: t("Khổ ngang chỉ dùng cho phụ lục hoặc phần có bảng rộng", "Landscape only for appendices or parts holding a wide table"),
  check: ({ model }) => {
    const landscape = model.sections.map((s, i) => ({ s, i })).filter(({ s }) => isLandscape(s));
    if (landscape.length === 0) return [notEvaluated(t("không có trang khổ ngang (không áp dụng)", "no landscape section (not applicable)"))];
    return landscape.map(({ i }) => {
      const blocks = model.body.filter((b) => b.section === i);
      const appendix = blocks.some((b) => b.kind === "paragraph" && APPENDIX_LABEL.test(textOf(b)));
      const table = blocks.some((b) => b.kind === "table");
      const found = appendix ? t("khổ ngang cho phụ lục", "landscape for an appendix") : table ? t("khổ ngang cho phần có bảng", "landscape for a part with a table") : t("khổ ngang cho văn bản không có bảng", "landscape for text without a table");
      return judge(appendix || table, found, t("chỉ dùng khổ ngang cho phụ lục hoặc bảng rộng", "landscape only for appendices or wide tables"), sectionName(i));
    });
  },
};

export const PAGE_RULES: readonly Rule[] = [pageSize, margins, marginsLandscape, landscapeUse];
