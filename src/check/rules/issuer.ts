import { t } from "../../i18n/text.js";
import { ND30 } from "../../layout/nd30.js";
import type { Placed } from "../anatomy.js";
import { lineUnder } from "../drawn-line.js";
import { checkFormat } from "../format-check.js";
import { columnOf, issuerLines } from "../header-elements.js";
import { fractionFinding, lineUnderFinding, longestLineTwips } from "../line-length.js";
import { isBold, isUpperText, inkRuns, someRun, textOf } from "../paragraph.js";
import { failed, notEvaluated, passed, type CheckedDoc, type Finding, type Rule } from "../rule.js";

/** nd30-spec §18 rule 16 (PL I, Phần II, khoản 2): the issuing body, its parent, the line under it. */

const CLAUSE = ND30.issuingBody.sizePt.ref;
const NOT_FOUND = t("không tìm thấy tên cơ quan ban hành ở cột trái", "no issuing body found in the left column");

/** Parent lines (not bold) stand above the bold issuing-body lines. */
function split(doc: CheckedDoc): { parent: Placed[]; issuer: Placed[]; stray: Placed[] } {
  const lines = issuerLines(doc.parts.header);
  const firstBold = lines.findIndex((x) => someRun(x.p, isBold));
  if (firstBold < 0) return { parent: lines, issuer: [], stray: [] };
  const after = lines.slice(firstBold);
  const issuer = after.filter((x) => someRun(x.p, isBold));
  return { parent: lines.slice(0, firstBold), issuer, stray: after.filter((x) => !issuer.includes(x)) };
}

const issuer: Rule = {
  id: "ND30-issuer",
  level: "E",
  clause: CLAUSE,
  title: t("Tên cơ quan ban hành in hoa, đậm, cỡ 12–13, căn giữa; cơ quan chủ quản in hoa, không đậm", "Issuing body in capitals, bold, 12–13 pt, centred; parent body in capitals, not bold"),
  check: (doc) => {
    const { parent, issuer: lines, stray } = split(doc);
    if (lines.length === 0) return [failed(parent.length > 0 ? t("không có dòng tên cơ quan ban hành in đậm, yêu cầu tên cơ quan ban hành in hoa, đậm", "no bold issuing-body line, required the issuing body in bold capitals") : NOT_FOUND)];
    const findings: Finding[] = [
      ...parent.map((x) => checkFormat(t("Cơ quan chủ quản", "Parent body"), x, { upper: true, align: ["center"], bold: false, italic: false, size: ND30.parentBody.sizePt })),
      ...lines.map((x) => checkFormat(t("Cơ quan ban hành", "Issuing body"), x, { upper: true, align: ["center"], bold: true, italic: false, size: ND30.issuingBody.sizePt })),
      ...stray.map((x) => failed(t(`dòng không đậm «${textOf(x.p)}» dưới tên cơ quan ban hành, yêu cầu cơ quan chủ quản đặt phía trên`, `non-bold line «${textOf(x.p)}» under the issuing body, required the parent body above it`))),
    ];
    if (doc.parts.header.table && lines.some((x) => x.side !== "left")) findings.push(failed(t("tên cơ quan ban hành không ở cột trái, yêu cầu góc trái phía trên (ô 2)", "issuing body not in the left column, required top left (ô 2)")));
    return findings;
  },
};

const issuerCaps: Rule = {
  id: "ND30-issuer-caps",
  level: "W",
  clause: CLAUSE,
  title: t("Tên cơ quan gõ bằng chữ in hoa, không dùng định dạng All Caps", "Body names typed in capitals, not shown so by All Caps formatting"),
  check: (doc) => {
    const { parent, issuer: lines } = split(doc);
    const all = [...parent, ...lines];
    if (all.length === 0) return [notEvaluated(NOT_FOUND)];
    const capsOnly = all.filter((x) => !isUpperText(textOf(x.p)) && inkRuns(x.p).every((r) => r.props.caps === true));
    return capsOnly.length === 0
      ? [passed(t("tên cơ quan gõ chữ in hoa", "body names typed in capitals"))]
      : capsOnly.map((x) => failed(t(`«${textOf(x.p)}» chỉ in hoa nhờ định dạng All Caps (w:caps), yêu cầu gõ chữ in hoa`, `«${textOf(x.p)}» is capitals only through All Caps (w:caps), required typed capitals`)));
  },
};

function issuerRuleLine(doc: CheckedDoc) {
  const { issuer: lines } = split(doc);
  const last = lines[lines.length - 1];
  if (!last) return undefined;
  const column = columnOf(doc.parts.header, last);
  return { lines, line: lineUnder(column, column.indexOf(last)) };
}

const issuerRule: Rule = {
  id: "ND30-issuer-rule",
  level: "E",
  clause: CLAUSE,
  title: t("Có đường kẻ ngang, nét liền dưới tên cơ quan ban hành", "A solid horizontal line under the issuing body"),
  check: (doc) => {
    const found = issuerRuleLine(doc);
    if (!found) return [notEvaluated(NOT_FOUND)];
    return [lineUnderFinding(Boolean(found.line), "tên cơ quan ban hành", "issuing body")];
  },
};

const issuerRuleLength: Rule = {
  id: "ND30-issuer-rule-length",
  level: "W",
  clause: ND30.rules.issuerFraction.ref,
  title: t("Đường kẻ dưới tên cơ quan dài 1/3–1/2 dòng chữ", "The line under the issuing body is 1/3–1/2 of the text line"),
  check: (doc) => {
    const found = issuerRuleLine(doc);
    if (!found) return [notEvaluated(NOT_FOUND)];
    if (!found.line || found.line.length === undefined) return [notEvaluated(t("không đo được đường kẻ dưới tên cơ quan", "the line under the issuing body cannot be measured"))];
    return [fractionFinding(found.line.length, longestLineTwips(found.lines), ND30.rules.issuerFraction, "tên cơ quan", "issuing-body")];
  },
};

export const ISSUER_RULES: readonly Rule[] = [issuer, issuerCaps, issuerRule, issuerRuleLength];
