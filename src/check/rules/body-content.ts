import { t } from "../../i18n/text.js";
import { textWidthPt } from "../../layout/measure-text.js";
import { DIEM_LETTERS } from "../../render/vietnamese.js";
import type { Placed } from "../anatomy.js";
import { ARABIC_HEADING, canCuBlock, isPartHeading, isProposal, isRomanHeading, LETTER_ITEM, LIST_START, ROMAN_HEADING } from "../body-kinds.js";
import { at, quote } from "../describe.js";
import { checkFormat } from "../format-check.js";
import { everyRun, inkRuns, isBold, isItalic, isUpperText, runPt, textOf } from "../paragraph.js";
import { failed, judge, notEvaluated, overEach, passed, type CheckedDoc, type Finding, type Rule } from "../rule.js";

/** nd30-spec §18 rules 25, 27–29 (PL I, Phần II, khoản 6): căn cứ, headings, list marks, "./.". */

const NO_BODY = t("không tìm thấy phần nội dung", "no content found");
const NO_CAN_CU = t("không có căn cứ (không áp dụng)", "no căn cứ lines (not applicable)");

const canCu: Rule = {
  id: "ND30-can-cu",
  level: "E",
  clause: "PL I, Phần II, khoản 6a",
  title: t("Mỗi căn cứ một dòng, kết thúc bằng «;», căn cứ cuối bằng «.» (hoặc «,» trước «Theo đề nghị», «;» trước «Căn cứ …, … như sau:»)", "One căn cứ per line ending «;», the last ending «.» (or «,» before «Theo đề nghị», «;» before «Căn cứ …, … như sau:»)"),
  check: ({ parts }) => {
    const block = canCuBlock(parts.body);
    if (block.length === 0) return [notEvaluated(NO_CAN_CU)];
    const all = block.filter((x) => !isProposal(x));
    const proposal = block.some(isProposal);
    // "Căn cứ tình hình thực tế, … xây dựng Kế hoạch … như sau:" closes the block by leading into
    // the content: the căn cứ above it end with ";", and it keeps its ":".
    const leadIn = all.length > 1 && !proposal && textOf(all[all.length - 1]!.p).endsWith(":");
    const lines = leadIn ? all.slice(0, -1) : all;
    return overEach(
      lines,
      (x) => {
        const last = x === lines[lines.length - 1] && !leadIn;
        const end = textOf(x.p).slice(-1);
        const wanted = last ? (proposal ? "," : ".") : ";";
        return end === wanted ? undefined : judge(false, t(`kết thúc bằng «${end}»`, `ends with «${end}»`), t(`kết thúc bằng «${wanted}»`, `ending with «${wanted}»`), at(x.p.text));
      },
      (n) => t(`${n} dòng căn cứ chấm câu đúng`, `${n} căn cứ lines punctuated right`),
      NO_CAN_CU,
    );
  },
};

const canCuItalic: Rule = {
  id: "ND30-can-cu-italic",
  level: "W",
  clause: "PL I, Phần II, khoản 6a",
  title: t("Căn cứ in nghiêng", "Căn cứ lines in italics"),
  check: ({ parts }) =>
    overEach(
      canCuBlock(parts.body).filter((x) => !isProposal(x)),
      (x) => (everyRun(x.p, isItalic) ? undefined : judge(false, t("căn cứ chữ đứng", "căn cứ upright"), t("chữ nghiêng", "italic"), at(x.p.text))),
      (n) => t(`${n} dòng căn cứ in nghiêng`, `${n} căn cứ lines in italics`),
      NO_CAN_CU,
    ),
};

/** The leading bold runs of a heading: the label and title, before any run-in text. */
function boldLead(x: Placed): string | undefined {
  const runs = inkRuns(x.p);
  if (!runs[0] || !isBold(runs[0])) return undefined;
  let lead = "";
  for (const r of x.p.runs) {
    if (r.text.trim() !== "" && !isBold(r)) break;
    lead += r.text;
  }
  return lead.normalize("NFC").trim();
}

function romanHeading(x: Placed): Finding | undefined {
  const lead = boldLead(x);
  if (lead === undefined) return judge(false, t("đề mục không in đậm", "heading not bold"), t("in đậm", "bold"), at(x.p.text));
  const title = lead.replace(ROMAN_HEADING, "");
  return isUpperText(title) || title === "" ? undefined : judge(false, t("tên mục viết thường", "title in lower case"), t("tên mục La Mã in hoa", "Roman-numbered titles in capitals"), at(x.p.text));
}

function partHeading(x: Placed, next: Placed | undefined): Finding[] {
  const out: Finding[] = [];
  const text = textOf(x.p);
  out.push(checkFormat(t("Phần", "Part"), x, { align: ["center"], bold: true }));
  if (!/^Phần /u.test(text)) out.push(judge(false, t(`viết ${quote(text)}`, `written ${quote(text)}`), t("«Phần» viết thường (Phần I)", "«Phần» in lower case (Phần I)"), at(text)));
  if (!next) out.push(failed(t("không có tên phần sau «Phần»", "no part title after «Phần»"), at(text)));
  else out.push(checkFormat(t("Tên phần", "Part title"), next, { upper: true, align: ["center"], bold: true }));
  return out.filter((f) => f.status === "FAIL");
}

const headings: Rule = {
  id: "ND30-headings",
  level: "E",
  clause: "PL I, Phần II, khoản 6c–đ",
  title: t("Mục «I.», «II.» in đậm, tên mục in hoa; «Phần I» căn giữa, đậm, kèm tên phần in hoa", "«I.», «II.» headings bold with titles in capitals; «Phần I» centred, bold, with a title in capitals"),
  check: ({ parts }) => {
    const list = parts.body;
    const roman = list.filter(isRomanHeading);
    const partsOf = list.filter(isPartHeading);
    if (roman.length + partsOf.length === 0) return [notEvaluated(t("không có đề mục «I.» hay «Phần»", "no «I.» or «Phần» headings"))];
    const failures = [...roman.map(romanHeading).filter((f): f is Finding => f !== undefined), ...partsOf.flatMap((x) => partHeading(x, list[list.indexOf(x) + 1]))];
    return failures.length > 0 ? failures : [passed(t(`${roman.length + partsOf.length} đề mục đúng thể thức`, `${roman.length + partsOf.length} headings well formed`))];
  },
};

/** A khoản heading fits one line and has no final period: it is a title, and titles are bold. */
function isKhoanTitle(x: Placed): boolean {
  const text = textOf(x.p);
  if (text.endsWith(".")) return false;
  const size = Math.max(0, ...inkRuns(x.p).map(runPt));
  const room = x.width - (x.p.props.indLeft ?? 0) - (x.p.props.indFirstLine ?? 0);
  return textWidthPt(text, size, { bold: true }) * 20 <= room;
}

/**
 * Numbered lines that are a list, not khoản headings: two or more plain (not bold) ones in a row
 * with nothing between them, so no content under any — a list of slogans «1. … 23.» under a
 * bold khoản heading, say. A khoản heading has its content under it.
 */
function numberedLists(list: readonly Placed[]): Set<Placed> {
  const out = new Set<Placed>();
  let run: Placed[] = [];
  const close = () => {
    if (run.length >= 2) for (const x of run) out.add(x);
    run = [];
  };
  for (const x of list) {
    if (ARABIC_HEADING.test(textOf(x.p)) && boldLead(x) === undefined) run.push(x);
    else close();
  }
  close();
  return out;
}

const headingStyle: Rule = {
  id: "ND30-heading-style",
  level: "W",
  clause: "PL I, Phần II, khoản 6c",
  title: t("Khoản «1.» có tên in đậm; điểm «a)» theo thứ tự chữ cái tiếng Việt (không f, j, w, z)", "Titled «1.» khoản in bold; «a)» điểm in Vietnamese letter order (no f, j, w, z)"),
  check: ({ parts }) => {
    const list = parts.body;
    const listed = numberedLists(list);
    const khoan = list.filter((x) => ARABIC_HEADING.test(textOf(x.p)) && !listed.has(x) && isKhoanTitle(x));
    const letters = list.filter((x) => LETTER_ITEM.test(textOf(x.p)));
    if (khoan.length + letters.length === 0) return [notEvaluated(t("không có khoản «1.» hay điểm «a)»", "no «1.» khoản or «a)» điểm"))];
    const findings: Finding[] = khoan
      .filter((x) => boldLead(x) === undefined)
      .map((x) => judge(false, t("tên khoản không in đậm", "khoản title not bold"), t("in đậm", "bold"), at(x.p.text)));
    let previous = -1;
    for (const x of letters) {
      const letter = LETTER_ITEM.exec(textOf(x.p))![1]!;
      const index = (DIEM_LETTERS as readonly string[]).indexOf(letter);
      const expected = index === 0 ? 0 : previous + 1;
      if (index !== expected) {
        const want = DIEM_LETTERS[Math.min(previous + 1, DIEM_LETTERS.length - 1)]!;
        findings.push(judge(false, t(`điểm «${letter})»`, `điểm «${letter})»`), t(`«${want})» (a, b, c, d, đ, e, g, h…)`, `«${want})» (a, b, c, d, đ, e, g, h…)`), at(x.p.text)));
      }
      previous = index;
    }
    return findings.length > 0 ? findings : [passed(t(`${khoan.length} khoản, ${letters.length} điểm đúng thể thức`, `${khoan.length} khoản, ${letters.length} điểm well formed`))];
  },
};

/** The marker Word draws for an auto-numbered paragraph, when it is a bullet. */
function bulletGlyph(doc: CheckedDoc, x: Placed): string | undefined {
  if (!x.p.props.numbered) return undefined;
  const marker = doc.model.numbering.marker(x.p.props.numId, x.p.props.numLevel ?? 0);
  return marker?.format === "bullet" ? marker.text : undefined;
}

const listMarks: Rule = {
  id: "ND30-list-marks",
  level: "W",
  clause: "PL I, Phần II, khoản 6 (thực tế)",
  title: t("Gạch đầu dòng bằng «- » hoặc «+ » (không dùng •, –, —, ký hiệu tự động)", "List items start with «- » or «+ » (not •, –, — or automatic bullets)"),
  check: (doc) => {
    const items = doc.parts.body.filter((x) => LIST_START.test(textOf(x.p)) || bulletGlyph(doc, x) !== undefined);
    return overEach(
      items,
      (x) => {
        const glyph = bulletGlyph(doc, x);
        if (glyph !== undefined && !/^[-+]$/.test(glyph.trim())) return judge(false, t(`gạch đầu dòng tự động «${glyph}»`, `automatic bullet «${glyph}»`), t("«- » gõ ở đầu dòng", "a typed «- »"), at(x.p.text));
        const text = textOf(x.p);
        return /^[-+] \S/u.test(text) ? undefined : judge(false, t(`bắt đầu bằng «${text.slice(0, 2)}»`, `starts with «${text.slice(0, 2)}»`), t("«- » hoặc «+ »", "«- » or «+ »"), at(text));
      },
      (n) => t(`${n} dòng gạch đầu dòng dùng «- »/«+ »`, `${n} list items use «- »/«+ »`),
      t("không có gạch đầu dòng", "no list items"),
    );
  },
};

const closingMark: Rule = {
  id: "ND30-closing-mark",
  level: "E",
  clause: "PL III, Mẫu 1.4 (dấu ./. kết thúc nội dung)",
  title: t("Đoạn nội dung cuối kết thúc bằng «./.»", "The last content paragraph ends with «./.»"),
  check: ({ parts }) => {
    const last = parts.body[parts.body.length - 1];
    if (!last) return [notEvaluated(NO_BODY)];
    const text = textOf(last.p);
    const ok = /\S\.\/\.$/u.test(text);
    return [judge(ok, t(`đoạn cuối kết thúc «…${text.slice(-12)}»`, `the last paragraph ends «…${text.slice(-12)}»`), t("«./.» liền sau chữ cuối", "«./.» right after the last word"))];
  },
};

export const BODY_CONTENT_RULES: readonly Rule[] = [canCu, canCuItalic, headings, headingStyle, listMarks, closingMark];
