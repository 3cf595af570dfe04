import { t } from "../../i18n/text.js";
import { ND30 } from "../../layout/nd30.js";
import { upperVi } from "../../render/vietnamese.js";
import { quote } from "../describe.js";
import { checkFormat } from "../format-check.js";
import { fractionFinding, lineUnderFinding, longestLineTwips } from "../line-length.js";
import { isUpperText, textOf } from "../paragraph.js";
import { failed, judge, notEvaluated, type Finding, type Rule } from "../rule.js";

/** nd30-spec §18 rules 20–21 (PL I, Phần II, khoản 5b): "KẾ HOẠCH", the trích yếu, the line under it. */

const TYPE_NAME = "KẾ HOẠCH";
const NO_TITLE = t("không tìm thấy tên loại «KẾ HOẠCH»", "no «KẾ HOẠCH» type name found");
const NO_TRICH_YEU = t("không tìm thấy trích yếu dưới «KẾ HOẠCH»", "no trích yếu under «KẾ HOẠCH»");

const typeName: Rule = {
  id: "ND30-title-type",
  level: "E",
  clause: ND30.documentType.sizePt.ref,
  title: t("Tên loại «KẾ HOẠCH» ngay dưới phần tiêu đề: in hoa, đậm, đứng, cỡ 13–14, căn giữa", "Type name «KẾ HOẠCH» right after the header: capitals, bold, upright, 13–14 pt, centred"),
  check: ({ parts }) => {
    const { type, first } = parts.title;
    if (!type) return [failed(first ? t(`đoạn đầu sau phần tiêu đề là ${quote(textOf(first.p))}, yêu cầu «${TYPE_NAME}»`, `the first paragraph after the header is ${quote(textOf(first.p))}, required «${TYPE_NAME}»`) : NO_TITLE)];
    const text = textOf(type.p);
    const findings: Finding[] = [
      judge(text === TYPE_NAME, t(`viết ${quote(text)}`, `written ${quote(text)}`), t(`«${TYPE_NAME}»`, `«${TYPE_NAME}»`)),
      checkFormat(t("Tên loại", "Type name"), type, { align: ["center"], bold: true, italic: false, size: ND30.documentType.sizePt }),
    ];
    if (first && first !== type) findings.push(failed(t(`${quote(textOf(first.p))} đứng trước «${TYPE_NAME}», yêu cầu tên loại ngay dưới phần tiêu đề`, `${quote(textOf(first.p))} comes before «${TYPE_NAME}», required the type name right after the header`)));
    return findings;
  },
};

const trichYeu: Rule = {
  id: "ND30-trich-yeu",
  level: "E",
  clause: ND30.trichYeu.sizePt.ref,
  title: t("Trích yếu đậm, đứng, cỡ 13–14, căn giữa (chữ hoa, thường: ND30-trich-yeu-in-hoa)", "Trích yếu bold, upright, 13–14 pt, centred (its case: ND30-trich-yeu-in-hoa)"),
  check: ({ parts }) => {
    if (!parts.title.type) return [notEvaluated(NO_TITLE)];
    const lines = parts.title.trichYeu;
    if (lines.length === 0) return [failed(NO_TRICH_YEU)];
    return lines.map((x) => checkFormat(t("Trích yếu", "Trích yếu"), x, { align: ["center"], bold: true, italic: false, size: ND30.trichYeu.sizePt }));
  },
};

/** The same id as the plan rule, so one `rules:` setting covers a title kept in capitals on both sides. */
const trichYeuCase: Rule = {
  id: "ND30-trich-yeu-in-hoa",
  level: "E",
  clause: ND30.trichYeu.sizePt.ref,
  title: t("Trích yếu viết thường như câu (hoa chữ đầu), không in hoa toàn bộ", "Trích yếu in sentence case (capital first letter), not all capitals"),
  check: ({ parts }) => {
    if (!parts.title.type) return [notEvaluated(NO_TITLE)];
    const lines = parts.title.trichYeu;
    if (lines.length === 0) return [notEvaluated(NO_TRICH_YEU)];
    const text = lines.map((x) => textOf(x.p)).join(" ");
    const first = text.trim()[0] ?? "";
    return [
      judge(
        !isUpperText(text) && first === upperVi(first),
        isUpperText(text) ? t("trích yếu viết hoa toàn bộ", "the trích yếu is all capitals") : first === upperVi(first) ? t("chữ thường, hoa chữ cái đầu", "lower case with a capital first letter") : t("chữ cái đầu viết thường", "the first letter is lower case"),
        t("chữ thường, viết hoa chữ cái đầu", "lower case, capital first letter"),
      ),
    ];
  },
};

const trichYeuRule: Rule = {
  id: "ND30-trich-yeu-rule",
  level: "E",
  clause: ND30.rules.trichYeuFraction.ref,
  title: t("Có đường kẻ ngang, nét liền dưới trích yếu", "A solid horizontal line under the trích yếu"),
  check: ({ parts }) => {
    if (parts.title.trichYeu.length === 0) return [notEvaluated(NO_TRICH_YEU)];
    return [lineUnderFinding(Boolean(parts.title.rule), "trích yếu", "trích yếu")];
  },
};

const trichYeuRuleLength: Rule = {
  id: "ND30-trich-yeu-rule-length",
  level: "W",
  clause: ND30.rules.trichYeuFraction.ref,
  title: t("Đường kẻ dưới trích yếu dài 1/3–1/2 dòng chữ", "The line under the trích yếu is 1/3–1/2 of the text line"),
  check: ({ parts }) => {
    const rule = parts.title.rule;
    if (!rule || rule.length === undefined) return [notEvaluated(t("không có hoặc không đo được đường kẻ dưới trích yếu", "no measurable line under the trích yếu"))];
    return [fractionFinding(rule.length, longestLineTwips(parts.title.trichYeu), ND30.rules.trichYeuFraction, "trích yếu", "trích yếu")];
  },
};

export const TITLE_RULES: readonly Rule[] = [typeName, trichYeu, trichYeuCase, trichYeuRule, trichYeuRuleLength];
