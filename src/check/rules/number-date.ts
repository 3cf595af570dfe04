import { t, type LocalText } from "../../i18n/text.js";
import { ND30 } from "../../layout/nd30.js";
import { foldKey, splitUnit } from "../../render/vietnamese.js";
import { quote } from "../describe.js";
import { checkFormat } from "../format-check.js";
import { columnOf, dateLineParts, findDateLine, findNumberLine, isMarkParagraph, issuerLines, joinDateLine } from "../header-elements.js";
import { isDayForm, isMonthForm, parseDateLine, parseNumberLine } from "../number-date.js";
import { isEmpty, textOf } from "../paragraph.js";
import { failed, judge, notEvaluated, passed, type Finding, type Rule } from "../rule.js";

/** nd30-spec §18 rules 17–19 (PL I, Phần II, khoản 3–4): "Số" and the place-and-date line. */

const NO_NUMBER = t("không tìm thấy dòng «Số: …/KH-…»", "no «Số: …/KH-…» line found");
const NO_DATE = t("không tìm thấy dòng địa danh, ngày tháng năm", "no place-and-date line found");

function numberProblems(text: string): LocalText[] {
  const parsed = parseNumberLine(text);
  if (!parsed) return [t(`${quote(text)} không đúng dạng «Số: 12/KH-UBND»`, `${quote(text)} is not of the form «Số: 12/KH-UBND»`)];
  const n = parsed.number;
  if (/^0[0-9]{2,}$/.test(n) || n === "0" || n === "00") return [t(`số «${n}» có số 0 thừa (chỉ số dưới 10 mới thêm 0)`, `number «${n}» has a needless zero (only numbers below 10 take one)`)];
  if (/^[1-9]$/.test(n)) return [t(`số «${n}» dưới 10 thiếu số 0 đứng trước (0${n})`, `number «${n}» below 10 lacks its leading zero (0${n})`)];
  return [];
}

const soKyHieu: Rule = {
  id: "ND30-so-ky-hieu",
  level: "E",
  clause: ND30.soKyHieu.sizePt.ref,
  title: t("«Số: 12/KH-UBND»: số dưới 10 có 0 đứng trước, ký hiệu in hoa; cỡ 13, đứng, căn giữa ở cột trái", "«Số: 12/KH-UBND»: numbers below 10 with a leading zero, symbol in capitals; 13 pt upright, centred, left column"),
  check: ({ parts }) => {
    const line = findNumberLine(parts.header);
    if (!line) return [failed(NO_NUMBER)];
    const text = textOf(line.p);
    const problems = numberProblems(text);
    const findings: Finding[] = [
      problems.length > 0
        ? judge(false, problems[0]!, t("«Số: 01/KH-…» … «Số: 12/KH-…», số trống được (văn thư điền)", "«Số: 01/KH-…» … «Số: 12/KH-…», blank allowed (filled in by the văn thư)"))
        : passed(t(`${quote(text)} đúng dạng`, `${quote(text)} well formed`)),
      checkFormat(t("Dòng số, ký hiệu", "Number line"), line, { align: ["center"], bold: false, italic: false, size: ND30.soKyHieu.sizePt }),
    ];
    if (parts.header.table && line.side !== "left") findings.push(failed(t("dòng «Số» không ở cột trái, yêu cầu dưới tên cơ quan ban hành (ô 3)", "the «Số» line is not in the left column, required under the issuing body (ô 3)")));
    return findings;
  },
};

const soKyHieuStyle: Rule = {
  id: "ND30-so-ky-hieu-style",
  level: "W",
  clause: ND30.soKyHieu.sizePt.ref,
  title: t("Ký hiệu không dùng «&», không cách chữ quanh «/» và «-»", "Symbol without «&» and without spaces around «/» and «-»"),
  check: ({ parts }) => {
    const line = findNumberLine(parts.header);
    if (!line) return [notEvaluated(NO_NUMBER)];
    const parsed = parseNumberLine(textOf(line.p));
    if (!parsed) return [notEvaluated(t("dòng «Số» sai dạng (xem ND30-so-ky-hieu)", "the «Số» line is malformed (see ND30-so-ky-hieu)"))];
    const found: LocalText[] = [];
    if (parsed.symbol.includes("&")) found.push(t(`ký hiệu «${parsed.symbol}» có «&»`, `symbol «${parsed.symbol}» contains «&»`));
    if (/\s\/|\/\s|\s-|-\s/.test(textOf(line.p).replace(/^Số:\s*/u, "").replace(/^\s+/u, ""))) found.push(t("có dấu cách quanh «/» hoặc «-»", "spaces around «/» or «-»"));
    return found.length === 0
      ? [passed(t(`ký hiệu «${parsed.symbol}» viết liền`, `symbol «${parsed.symbol}» written without spaces`))]
      : found.map((f) => judge(false, f, t("chữ viết tắt nối bằng «-», không cách chữ", "abbreviations joined by «-» without spaces")));
  },
};

function dateProblems(text: string): LocalText[] {
  const d = parseDateLine(text);
  if (!d) return [t(`${quote(text)} không đúng dạng «Địa danh, ngày … tháng … năm …»`, `${quote(text)} is not «Place, ngày … tháng … năm …»`)];
  const out: LocalText[] = [];
  if (d.day && !isDayForm(d.day)) out.push(/^[1-9]$/.test(d.day) ? t(`«ngày ${d.day}» thiếu số 0 (ngày dưới 10 viết 0${d.day})`, `«ngày ${d.day}» lacks its zero (0${d.day})`) : t(`ngày «${d.day}» không hợp lệ`, `day «${d.day}» is invalid`));
  if (d.month && !isMonthForm(d.month)) {
    out.push(
      /^0[3-9]$/.test(d.month)
        ? t(`«tháng ${d.month}» có số 0 thừa (tháng 3–9 viết không có 0: tháng ${Number(d.month)})`, `«tháng ${d.month}» has a needless zero (months 3–9 take none: tháng ${Number(d.month)})`)
        : /^[12]$/.test(d.month)
          ? t(`«tháng ${d.month}» thiếu số 0 (tháng 1, 2 viết 0${d.month})`, `«tháng ${d.month}» lacks its zero (0${d.month})`)
          : t(`tháng «${d.month}» không hợp lệ`, `month «${d.month}» is invalid`),
    );
  }
  if (!/^[0-9]{4}$/.test(d.year)) out.push(t(`năm «${d.year}» không đủ 4 chữ số`, `year «${d.year}» is not 4 digits`));
  return out;
}

const dateLine: Rule = {
  id: "ND30-date-line",
  level: "E",
  clause: ND30.placeDate.sizePt.ref,
  title: t("«Địa danh, ngày 05 tháng 02 năm 2026»: ngày dưới 10 và tháng 1, 2 có số 0; nghiêng, cỡ 13–14, căn giữa ở cột phải", "«Place, ngày 05 tháng 02 năm 2026»: zero before days below 10 and months 1–2; italic, 13–14 pt, centred, right column"),
  check: ({ parts }) => {
    const line = findDateLine(parts.header);
    if (!line) return [failed(NO_DATE)];
    const text = textOf(line.p);
    const problems = dateProblems(text);
    const required = t("ngày 01–31 (có 0 dưới 10), tháng 01, 02, 3–9, 10–12, năm 4 chữ số; ngày, tháng trống được", "day 01–31 (zero below 10), month 01, 02, 3–9, 10–12, 4-digit year; day and month may be blank");
    const findings: Finding[] =
      problems.length > 0 ? problems.map((p) => judge(false, p, required)) : [passed(t(`${quote(text)} đúng dạng`, `${quote(text)} well formed`))];
    findings.push(checkFormat(t("Dòng địa danh, ngày tháng", "Place-and-date line"), line, { align: ["center"], bold: false, italic: true, size: ND30.placeDate.sizePt }));
    if (parts.header.table && line.side !== "right") findings.push(failed(t("dòng ngày tháng không ở cột phải, yêu cầu dưới Quốc hiệu (ô 4)", "the date line is not in the right column, required under the Quốc hiệu (ô 4)")));
    return findings;
  },
};

const BODY_PREFIX = /^(ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND|HỘI ĐỒNG NHÂN DÂN|HĐND)\s+/iu;

/** The administrative unit a header names ("TỈNH LẠNG SƠN", "UBND XÃ THẤT KHÊ"), the lowest one. */
function headerUnit(names: readonly string[]): { type: string; name: string; line: string } | undefined {
  let found: { type: string; name: string; line: string } | undefined;
  for (const line of names) {
    const unit = splitUnit(line.replace(BODY_PREFIX, ""));
    if (unit.type) found = { ...unit, line };
  }
  return found;
}

const datePlace: Rule = {
  id: "ND30-date-place",
  level: "W",
  clause: ND30.placeDate.sizePt.ref,
  title: t("Địa danh là tên đơn vị hành chính nơi cơ quan đóng trụ sở (theo tên ở tiêu đề)", "The place is the administrative unit where the body sits (as named in the header)"),
  check: ({ parts }) => {
    const line = findDateLine(parts.header);
    const parsed = line ? parseDateLine(textOf(line.p)) : undefined;
    if (!parsed) return [notEvaluated(NO_DATE)];
    const unit = headerUnit(issuerLines(parts.header).map((x) => textOf(x.p)));
    if (!unit) return [notEvaluated(t("tiêu đề không nêu tên đơn vị hành chính để so sánh", "the header names no administrative unit to compare with"))];
    const place = foldKey(parsed.place);
    const ok = place === foldKey(unit.name) || place === foldKey(`${unit.type} ${unit.name}`);
    return [judge(ok, t(`địa danh «${parsed.place}», tiêu đề ghi «${unit.line}»`, `place «${parsed.place}», the header names «${unit.line}»`), t("tên đơn vị hành chính nơi cơ quan đóng trụ sở", "the administrative unit where the body sits"))];
  },
};

const sameRow: Rule = {
  id: "ND30-so-date-row",
  level: "W",
  clause: `${ND30.placeDate.sizePt.ref} (c)`,
  title: t("«Số» và dòng ngày tháng cùng một hàng bảng, là dòng cuối của ô", "«Số» and the date line share a table row and end their cells"),
  check: ({ parts }) => {
    const h = parts.header;
    const number = findNumberLine(h);
    const dateParts = dateLineParts(h);
    const date = joinDateLine(dateParts);
    if (!number || !date) return [notEvaluated(number ? NO_DATE : NO_NUMBER)];
    if (!h.table) return [failed(t("không có bảng tiêu đề: «Số» và ngày tháng không cùng hàng, yêu cầu cùng một dòng", "no header table: «Số» and the date are not on one line, required on the same line"))];
    const lastOfCell = (x: typeof number) =>
      columnOf(h, x)
        .filter((y) => y.row === x.row)
        .slice(columnOf(h, x).filter((y) => y.row === x.row).indexOf(x) + 1)
        .every((y) => isEmpty(y.p) || isMarkParagraph(y));
    // A date too long for its column ends on its second line ("ngày … năm …").
    const ok = number.row === date.row && lastOfCell(number) && lastOfCell(dateParts.at(-1)!);
    return [
      judge(
        ok,
        number.row === date.row ? (ok ? t("cùng hàng, cuối ô", "same row, last in their cells") : t("cùng hàng nhưng còn chữ phía dưới", "same row but text follows them")) : t(`«Số» ở hàng ${number.row + 1}, ngày tháng ở hàng ${date.row + 1}`, `«Số» in row ${number.row + 1}, the date in row ${date.row + 1}`),
        t("cùng hàng, là dòng cuối của ô (cùng đường chân chữ)", "same row, last in their cells (one baseline)"),
      ),
    ];
  },
};

export const NUMBER_DATE_RULES: readonly Rule[] = [soKyHieu, soKyHieuStyle, dateLine, datePlace, sameRow];
