import { t } from "../../i18n/text.js";
import { ND30 } from "../../layout/nd30.js";
import { mmText, ptText, quote } from "../describe.js";
import { lineUnder } from "../drawn-line.js";
import { checkFormat } from "../format-check.js";
import { columnOf, findQuocHieu, findTieuNgu, QUOC_HIEU_FORMS, TIEU_NGU } from "../header-elements.js";
import { isEmpty, runPt, inkRuns, textOf, textWidthTwips } from "../paragraph.js";
import { failed, judge, notEvaluated, passed, type CheckedDoc, type Finding, type Rule } from "../rule.js";

/** nd30-spec §18 rules 12–15 (PL I, Phần II, khoản 1): Quốc hiệu, Tiêu ngữ, the line under them. */

const CLAUSE = ND30.quocHieu.sizePt.ref;
const NOT_FOUND_QH = t(`không tìm thấy Quốc hiệu «${QUOC_HIEU_FORMS[0]}»`, `no Quốc hiệu «${QUOC_HIEU_FORMS[0]}» found`);
const NOT_FOUND_TN = t(`không tìm thấy Tiêu ngữ «${TIEU_NGU}»`, `no Tiêu ngữ «${TIEU_NGU}» found`);

const quocHieu: Rule = {
  id: "ND30-quoc-hieu",
  level: "E",
  clause: CLAUSE,
  title: t("Quốc hiệu in hoa, đậm, đứng, cỡ 12–13, căn giữa ở cột phải", "Quốc hiệu in capitals, bold, upright, 12–13 pt, centred in the right column"),
  check: ({ parts }) => {
    const qh = findQuocHieu(parts.header);
    if (!qh) return [failed(NOT_FOUND_QH)];
    const text = textOf(qh.p).replace(/\s+/g, " ");
    const findings: Finding[] = [
      judge((QUOC_HIEU_FORMS as readonly string[]).includes(text), t(`viết ${quote(text)}`, `written ${quote(text)}`), t(`«${QUOC_HIEU_FORMS[0]}» (chữ in hoa)`, `«${QUOC_HIEU_FORMS[0]}» (capitals)`)),
      checkFormat(t("Quốc hiệu", "Quốc hiệu"), qh, { align: ["center"], bold: true, italic: false, size: ND30.quocHieu.sizePt }),
    ];
    if (parts.header.table && qh.side !== "right") findings.push(failed(t("Quốc hiệu không ở cột phải của bảng tiêu đề, yêu cầu ở góc phải phía trên (ô 1)", "Quốc hiệu not in the right column of the header table, required top right (ô 1)")));
    return findings;
  },
};

const DASHES = /[\u2012-\u2015\u2212]/u;

const tieuNgu: Rule = {
  id: "ND30-tieu-ngu",
  level: "E",
  clause: CLAUSE,
  title: t("Tiêu ngữ «Độc lập - Tự do - Hạnh phúc» (gạch nối -, có cách), đậm, cỡ 13–14, ngay dưới Quốc hiệu", "Tiêu ngữ «Độc lập - Tự do - Hạnh phúc» (spaced hyphens), bold, 13–14 pt, right under the Quốc hiệu"),
  check: ({ parts }) => {
    const tn = findTieuNgu(parts.header);
    if (!tn) return [failed(NOT_FOUND_TN)];
    const text = textOf(tn.p);
    const findings: Finding[] = [];
    if (DASHES.test(text)) {
      const dash = DASHES.exec(text)![0];
      const code = `U+${dash.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
      findings.push(judge(false, t(`${quote(text)} dùng dấu gạch «${dash}» (${code})`, `${quote(text)} uses the dash «${dash}» (${code})`), t(`«${TIEU_NGU}» với gạch nối «-» (U+002D), có cách chữ`, `«${TIEU_NGU}» with hyphens «-» (U+002D), spaced`)));
    } else {
      findings.push(judge(text === TIEU_NGU, t(`viết ${quote(text)}`, `written ${quote(text)}`), t(`«${TIEU_NGU}»`, `«${TIEU_NGU}»`)));
    }
    findings.push(checkFormat(t("Tiêu ngữ", "Tiêu ngữ"), tn, { align: ["center"], bold: true, italic: false, size: ND30.tieuNgu.sizePt }));
    const qh = findQuocHieu(parts.header);
    if (qh) {
      const column = columnOf(parts.header, qh);
      const next = column.slice(column.indexOf(qh) + 1).find((x) => !isEmpty(x.p));
      if (next !== tn) findings.push(failed(t("Tiêu ngữ không nằm ngay dưới Quốc hiệu, yêu cầu canh giữa dưới Quốc hiệu", "Tiêu ngữ is not right under the Quốc hiệu, required centred under it")));
    }
    return findings;
  },
};

/** Both elements, or a NOT_EVALUATED finding saying which is missing. */
function pair(doc: CheckedDoc) {
  const qh = findQuocHieu(doc.parts.header);
  const tn = findTieuNgu(doc.parts.header);
  return qh && tn ? { qh, tn } : notEvaluated(qh ? NOT_FOUND_TN : NOT_FOUND_QH);
}

const maxPt = (x: Parameters<typeof textOf>[0]) => Math.max(0, ...inkRuns(x).map(runPt));

const tieuNguSize: Rule = {
  id: "ND30-tieu-ngu-size",
  level: "W",
  clause: `${CLAUSE}; Mẫu 1.4`,
  title: t("Tiêu ngữ không nhỏ hơn Quốc hiệu (mẫu: 13 và 14)", "Tiêu ngữ not smaller than the Quốc hiệu (sample: 13 and 14 pt)"),
  check: (doc) => {
    const found = pair(doc);
    if ("status" in found) return [found];
    const [q, m] = [maxPt(found.qh.p), maxPt(found.tn.p)];
    return [judge(m >= q, t(`Quốc hiệu ${ptText(q)}, Tiêu ngữ ${ptText(m)}`, `Quốc hiệu ${ptText(q)}, Tiêu ngữ ${ptText(m)}`), t("cỡ Tiêu ngữ ≥ cỡ Quốc hiệu", "Tiêu ngữ size ≥ Quốc hiệu size"))];
  },
};

const mottoSpacing: Rule = {
  id: "ND30-motto-spacing",
  level: "E",
  clause: CLAUSE,
  title: t("Không có dòng trống giữa Quốc hiệu và Tiêu ngữ", "No empty line between the Quốc hiệu and the Tiêu ngữ"),
  check: (doc) => {
    const found = pair(doc);
    if ("status" in found) return [found];
    const column = columnOf(doc.parts.header, found.qh);
    const [a, b] = [column.indexOf(found.qh), column.indexOf(found.tn)];
    if (a < 0 || b < 0 || b < a) return [failed(t("Tiêu ngữ không ở dưới Quốc hiệu trong cùng cột, yêu cầu hai dòng liền nhau", "Tiêu ngữ not under the Quốc hiệu in the same column, required on consecutive lines"))];
    const empty = b - a - 1;
    return [judge(empty === 0, t(`${empty} dòng trống giữa hai dòng`, `${empty} empty lines between them`), t("không có dòng trống (cách nhau dòng đơn)", "no empty line (single spacing)"))];
  },
};

const mottoLineSpacing: Rule = {
  id: "ND30-motto-line-spacing",
  level: "W",
  clause: `${CLAUSE}; Mẫu 1.4`,
  title: t("Quốc hiệu và Tiêu ngữ cách dòng đơn, không giãn đoạn giữa hai dòng", "Quốc hiệu and Tiêu ngữ single-spaced, no paragraph spacing between them"),
  check: (doc) => {
    const found = pair(doc);
    if ("status" in found) return [found];
    const single = (x: typeof found.qh) => (x.p.props.lineRule ?? "auto") !== "auto" || (x.p.props.line ?? 240) <= 240;
    const gap = (found.qh.p.props.spacingAfter ?? 0) + (found.tn.p.props.spacingBefore ?? 0);
    const ok = single(found.qh) && single(found.tn) && gap === 0;
    return [
      judge(
        ok,
        t(`giãn dòng ${(found.qh.p.props.line ?? 240) / 240}/${(found.tn.p.props.line ?? 240) / 240}, khoảng cách giữa hai dòng ${gap / 20} pt`, `line spacing ${(found.qh.p.props.line ?? 240) / 240}/${(found.tn.p.props.line ?? 240) / 240}, ${gap / 20} pt between them`),
        t("dòng đơn, 0 pt giữa hai dòng", "single, 0 pt between them"),
      ),
    ];
  },
};

const RULE_TOLERANCE = 0.15;

const mottoRule: Rule = {
  id: "ND30-motto-rule",
  level: "E",
  clause: CLAUSE,
  title: t("Có đường kẻ ngang, nét liền dưới Tiêu ngữ", "A solid horizontal line under the Tiêu ngữ"),
  check: ({ parts }) => {
    const tn = findTieuNgu(parts.header);
    if (!tn) return [notEvaluated(NOT_FOUND_TN)];
    const column = columnOf(parts.header, tn);
    const line = lineUnder(column, column.indexOf(tn));
    return [
      line
        ? passed(t(`có đường kẻ dưới Tiêu ngữ (${line.kind === "border" ? "viền đoạn" : line.kind === "shape" ? "hình vẽ" : "gạch chân"})`, `a line under the Tiêu ngữ (${line.kind})`))
        : failed(t("không có đường kẻ dưới Tiêu ngữ, yêu cầu đường kẻ ngang nét liền dài bằng dòng chữ", "no line under the Tiêu ngữ, required a solid line as long as the text")),
    ];
  },
};

const mottoRuleLength: Rule = {
  id: "ND30-motto-rule-length",
  level: "W",
  clause: CLAUSE,
  title: t("Đường kẻ dưới Tiêu ngữ dài bằng dòng chữ (±15 %)", "The line under the Tiêu ngữ is as long as the text (±15 %)"),
  check: ({ parts }) => {
    const tn = findTieuNgu(parts.header);
    if (!tn) return [notEvaluated(NOT_FOUND_TN)];
    const column = columnOf(parts.header, tn);
    const line = lineUnder(column, column.indexOf(tn));
    if (!line || line.length === undefined) return [notEvaluated(t("không đo được đường kẻ dưới Tiêu ngữ", "the line under the Tiêu ngữ cannot be measured"))];
    const text = textWidthTwips(tn.p) * ND30.rules.mottoFraction.value;
    const ok = Math.abs(line.length - text) <= text * RULE_TOLERANCE;
    return [judge(ok, t(`đường kẻ dài ${mmText(line.length)}`, `line ${mmText(line.length)} long`), t(`bằng dòng chữ ≈ ${mmText(text)} (±15 %)`, `as long as the text ≈ ${mmText(text)} (±15 %)`))];
  },
};

export const NATIONAL_RULES: readonly Rule[] = [quocHieu, tieuNgu, tieuNguSize, mottoSpacing, mottoLineSpacing, mottoRule, mottoRuleLength];
