import type { HeaderParts, Placed } from "../check/anatomy.js";
import { findDateLine, findNumberLine, issuerLines, isMarkParagraph, markCandidates } from "../check/header-elements.js";
import type { DocParts } from "../check/anatomy.js";
import { t } from "../i18n/text.js";
import { foldKey, upperVi } from "../render/vietnamese.js";
import type { Tier } from "../schema/tier.js";
import { plainOf, styledRuns } from "./inline-text.js";
import { CaseDictionary, nameCase } from "./letter-case.js";
import type { Notes } from "./notes.js";

/**
 * Ô 1–4 of the header: who issues (tier, issuer lines), number and ký hiệu, place and date, and
 * the khẩn / mật / lưu hành marks. The issuer is mapped onto a tier when its lines are the ones a
 * tier prints (ỦY BAN NHÂN DÂN / XÃ …; UBND TỈNH … / SỞ …); any other body keeps its lines as
 * written (`issuer.header`, `issuer.parent_header`).
 */
export interface HeaderResult {
  tier: Tier | "organization";
  issuer: { name: string; code?: string; province?: string; parent_header?: string[]; header?: string[] };
  number?: string;
  symbol?: string;
  place?: string;
  date: string;
  /** The date as read, for a note when it could not be read. */
  marks: { urgency?: string; confidentiality?: string; circulation?: string };
}

const lineText = (x: Placed): string => plainOf(styledRuns(x.p.runs)).trim();
const isBoldLine = (x: Placed): boolean => x.p.runs.filter((r) => r.text.trim()).every((r) => r.props.bold === true);

const CENTRAL_CITIES = ["ha noi", "ho chi minh", "hai phong", "da nang", "can tho", "hue"];
const UNIT = /^(TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|ĐẶC KHU|THỊ TRẤN)\s+(.+)$/u;

function ubndTier(unitLine: string): { tier: Tier; type: string; name: string } | undefined {
  const m = UNIT.exec(upperVi(unitLine).replace(/\s+/gu, " ").trim());
  if (!m) return undefined;
  const type = m[1]!;
  const name = nameCase(m[2]!);
  const central = CENTRAL_CITIES.includes(foldKey(name).replace(/[^a-z ]/g, "").trim());
  const tier: Tier =
    type === "TỈNH" || (type === "THÀNH PHỐ" && central) ? "province" : ["XÃ", "PHƯỜNG", "ĐẶC KHU", "THỊ TRẤN"].includes(type) ? "commune" : "district";
  return { tier, type: type.toLocaleLowerCase("vi"), name };
}

const letters = (s: string): string => foldKey(s).replace(/[^a-z]/g, "");

/** "Số: 12/KH-UBND" → number and ký hiệu; blanks kept as a blank number. */
function readNumber(text: string, notes: Notes): { number?: string; symbol?: string } {
  const m = /^số\s*:?\s*([^/]*)\/\s*(.*)$/iu.exec(text);
  if (!m) return {};
  const digits = m[1]!.trim();
  const symbol = m[2]!.replace(/\s+/gu, "").trim();
  const out: { number?: string; symbol?: string } = {};
  if (/^\d+$/.test(digits)) out.number = digits;
  else if (digits !== "") notes.add("guessed", ["number"], t(`số "${digits}" không phải chữ số; để trống`, `number "${digits}" is not digits; left blank`));
  if (symbol) out.symbol = symbol;
  return out;
}

/** "Lương Minh, ngày 10 tháng 12 năm 2025" → place and an ISO date with blanks left out. */
function readDate(text: string, notes: Notes): { place?: string; date: string } {
  const m = /^(.*?)[,，]?\s*ngày\s*([\d\s.]*)\s*tháng\s*([\d\s.]*)\s*năm\s*([\d\s.]*)/iu.exec(text.normalize("NFC"));
  if (!m) return { date: "" };
  const num = (s: string): number | undefined => {
    const d = s.replace(/\D/g, "");
    return d ? Number(d) : undefined;
  };
  const place = m[1]!.replace(/[,\s]+$/u, "").trim();
  const [day, month, year] = [num(m[2]!), num(m[3]!), num(m[4]!)];
  if (year === undefined || year < 1900 || year > 2999) {
    notes.add("guessed", ["date"], t(`không đọc được năm trong "${text}"`, `could not read the year in "${text}"`));
    return { ...(place ? { place } : {}), date: "" };
  }
  const pad = (n: number) => String(n).padStart(2, "0");
  const validMonth = month !== undefined && month >= 1 && month <= 12;
  const validDay = validMonth && day !== undefined && day >= 1 && day <= new Date(Date.UTC(year, month!, 0)).getUTCDate();
  const date = validDay ? `${year}-${pad(month!)}-${pad(day!)}` : validMonth ? `${year}-${pad(month!)}` : String(year);
  if ((day !== undefined && !validDay) || (month !== undefined && !validMonth)) {
    notes.add("guessed", ["date"], t(`ngày "${text}" không có thật; giữ phần đọc được (${date})`, `date "${text}" is not a real day; kept what could be read (${date})`));
  }
  return { ...(place ? { place } : {}), date };
}

const URGENCY: Record<string, string> = { khan: "KHẨN", thuongkhan: "THƯỢNG KHẨN", hoatoc: "HỎA TỐC" };
const SECRECY: Record<string, string> = { mat: "MẬT", toimat: "TỐI MẬT", tuyetmat: "TUYỆT MẬT" };
const CIRCULATION: Record<string, string> = { xemxongtralai: "XEM XONG TRẢ LẠI", luuhanhnoibo: "LƯU HÀNH NỘI BỘ" };

export function readMarks(parts: DocParts): HeaderResult["marks"] {
  const marks: HeaderResult["marks"] = {};
  for (const x of markCandidates(parts).filter(isMarkParagraph)) {
    const key = letters(lineText(x));
    if (URGENCY[key]) marks.urgency = URGENCY[key];
    if (SECRECY[key]) marks.confidentiality = SECRECY[key];
    if (CIRCULATION[key]) marks.circulation = CIRCULATION[key];
  }
  return marks;
}

export function readHeader(parts: DocParts, words: CaseDictionary, notes: Notes): HeaderResult {
  const h: HeaderParts = parts.header;
  const lines = issuerLines(h).map(lineText).filter(Boolean);
  const boldAt = issuerLines(h).findIndex(isBoldLine);
  const parentLines = boldAt > 0 ? lines.slice(0, boldAt) : [];
  const ownLines = boldAt > 0 ? lines.slice(boldAt) : lines;
  const numberLine = findNumberLine(h);
  const dateLine = findDateLine(h);
  const { number, symbol } = numberLine ? readNumber(lineText(numberLine), notes) : {};
  const { place, date } = dateLine ? readDate(lineText(dateLine), notes) : { date: "" };
  const result: HeaderResult = { tier: "organization", issuer: { name: "" }, date, marks: readMarks(parts) };
  if (number !== undefined) result.number = number;
  if (symbol !== undefined) result.symbol = symbol;
  if (place !== undefined) result.place = place;

  const own = ownLines.map((l) => upperVi(l).replace(/\s+/gu, " ").trim());
  const parent = parentLines.map((l) => upperVi(l).replace(/\s+/gu, " ").trim());
  // "ỦY BAN NHÂN DÂN / XÃ …" on two lines, or "UBND XÃ …" on one.
  const oneLine = own.length === 1 ? /^(?:ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND)\s+(.+)$/u.exec(own[0]!) : undefined;
  const unitLine = own.length === 2 && letters(own[0]!) === "uybannhandan" ? own[1] : oneLine?.[1];
  const ubnd = unitLine !== undefined && parent.length === 0 ? ubndTier(unitLine) : undefined;
  const sở = own.length >= 1 && /^SỞ\s/u.test(own[0]!) && parent.length === 1 ? /^(?:UBND|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN)\s+(TỈNH|THÀNH PHỐ)\s+(.+)$/u.exec(parent[0]!) : undefined;
  if (ubnd) {
    result.tier = ubnd.tier;
    result.issuer = { name: `Ủy ban nhân dân ${ubnd.type} ${ubnd.name}` };
    notes.add("recognised", ["tier"], t(`cơ quan ban hành: UBND cấp ${ubnd.tier}`, `issuer: a People's Committee (${ubnd.tier})`));
  } else if (sở) {
    const name = words.findPhrase(own.join(" ")) ?? words.sentence(own.join(" "));
    const code = symbol?.startsWith("KH-") ? symbol.slice(3) : undefined;
    result.tier = "department";
    result.issuer = { name, ...(code ? { code } : {}), province: words.findPhrase(sở[2]!) ?? nameCase(sở[2]!) };
    if (!code) notes.add("guessed", ["issuer", "code"], t("không đọc được chữ viết tắt của Sở trong ký hiệu", "could not read the Sở's abbreviation from the ký hiệu"));
    notes.add("recognised", ["tier"], t(`cơ quan ban hành: Sở (${name})`, `issuer: a department (${name})`));
  } else {
    const all = [...parent, ...own];
    result.issuer = {
      name: words.recase(own.join(" ") || "Cơ quan ban hành"),
      ...(parentLines.length ? { parent_header: parentLines } : {}),
      header: ownLines.length ? ownLines : ["CƠ QUAN BAN HÀNH"],
    };
    notes.add(
      all.length ? "recognised" : "guessed",
      ["issuer", "header"],
      all.length
        ? t(`cơ quan ban hành không phải UBND/Sở: giữ nguyên các dòng ${all.join(" / ")}`, `issuer is not a UBND or Sở: its lines kept as written (${all.join(" / ")})`)
        : t("không tìm thấy tên cơ quan ban hành", "no issuing body found in the header"),
    );
  }
  if (numberLine) notes.add("recognised", ["number"], t(`số, ký hiệu: ${lineText(numberLine)}`, `number and ký hiệu: ${lineText(numberLine)}`));
  if (dateLine && date) notes.add("recognised", ["date"], t(`địa danh, ngày tháng: ${lineText(dateLine)}`, `place and date: ${lineText(dateLine)}`));
  const marked = Object.values(result.marks);
  if (marked.length) notes.add("recognised", ["urgency"], t(`dấu: ${marked.join(", ")}`, `marks: ${marked.join(", ")}`));
  if (!dateLine) notes.add("guessed", ["date"], t("không tìm thấy dòng địa danh, ngày tháng", "no place-and-date line found"));
  if (!numberLine) notes.add("guessed", ["number"], t("không tìm thấy dòng \"Số: …/KH-…\"", "no \"Số: …/KH-…\" line found"));
  return result;
}

/** The header paragraphs the import reads as elements (so the rest can be reported). */
export const headerLineText = lineText;
