import { foldKey } from "../render/vietnamese.js";
import type { DocParts, HeaderParts, Placed } from "./anatomy.js";
import { isLineOnly } from "./drawn-line.js";
import { isEmpty, isUpperText, textOf } from "./paragraph.js";

/**
 * The elements of ô 1–4 and the marks of ô 10–11, found by what they say (case, diacritics and
 * dashes ignored) so a wrongly written element is still found and reported as wrong rather
 * than as missing.
 */

const letters = (s: string): string => foldKey(s).replace(/[^a-z]/g, "");

export const QUOC_HIEU_FORMS = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"] as const;
export const TIEU_NGU = "Độc lập - Tự do - Hạnh phúc";

const URGENCY_KEYS = new Set(["khan", "thuongkhan", "hoatoc"]);
const CONFIDENTIALITY_KEYS = new Set(["mat", "toimat", "tuyetmat"]);
const CIRCULATION_KEYS = new Set(["xemxongtralai", "luuhanhnoibo"]);

export const isUrgencyMark = (x: Placed): boolean => URGENCY_KEYS.has(letters(textOf(x.p)));
export const isCirculationMark = (x: Placed): boolean => CIRCULATION_KEYS.has(letters(textOf(x.p)));
export const isMarkParagraph = (x: Placed): boolean => isUrgencyMark(x) || isCirculationMark(x) || CONFIDENTIALITY_KEYS.has(letters(textOf(x.p)));

/** All header paragraphs: both columns of the header table, or the loose paragraphs before the title. */
export const headerParagraphs = (h: HeaderParts): readonly Placed[] => (h.table ? [...h.left, ...h.right] : h.loose);

/** The column a header element is in, as a sequence for "the next paragraph" questions. */
export const columnOf = (h: HeaderParts, x: Placed): readonly Placed[] => (x.side === "left" ? h.left : x.side === "right" ? h.right : h.loose);

export const findQuocHieu = (h: HeaderParts): Placed | undefined =>
  headerParagraphs(h).find((x) => letters(textOf(x.p)) === "conghoaxahoichunghiavietnam");

export const findTieuNgu = (h: HeaderParts): Placed | undefined =>
  headerParagraphs(h).find((x) => letters(textOf(x.p)) === "doclaptudohanhphuc");

const NUMBER_START = /^số\s*:?/iu;
/** "Số:" as ND30 writes it: capital S, lower-case ố, a colon. */
const NUMBER_FORM = /^Số\s*:/u;

const DATE_WORDS = /ngày.*tháng.*năm/iu;
/**
 * The place-and-date line (ô 4). Too long for its column, it is written on two lines, "Phường
 * Lương Văn Tri," then "ngày … năm 2026" (a line break, or two paragraphs): the two read as one.
 */
export const findDateLine = (h: HeaderParts): Placed | undefined => joinDateLine(dateLineParts(h));

/** One line read from its parts: the place's line joined to the date's. */
export function joinDateLine(parts: readonly Placed[]): Placed | undefined {
  if (parts.length < 2) return parts[0];
  const [place, date] = parts as [Placed, Placed];
  return { ...date, p: { ...date.p, text: `${textOf(place.p)} ${date.p.text}`, runs: [...place.p.runs, ...date.p.runs] } };
}

/** The header lines that make up the place-and-date line: one, or the place's line and the date's. */
export function dateLineParts(h: HeaderParts): Placed[] {
  const lines = headerParagraphs(h);
  const i = lines.findIndex((x) => DATE_WORDS.test(textOf(x.p).normalize("NFC")));
  const date = lines[i];
  if (!date) return [];
  const place = lines[i - 1];
  const split = place && /^ngày\b/iu.test(textOf(date.p)) && place.side === date.side && place.row === date.row && textOf(place.p).endsWith(",");
  return split ? [place, date] : [date];
}

/**
 * The «Số:» line (ô 3), by its form, then by its row: a line written «Số: …» wins; a loosely
 * written one («Số 12/KH-UBND», «số: …») counts only if it is not in capitals like the issuer's
 * own lines and sits in the row of the date line, as ô 3 sits level with ô 4. So a header line
 * «SỐ 1050/QĐ-SCT» under the issuer (the decision that set up a team) is not taken for it.
 */
export function findNumberLine(h: HeaderParts): Placed | undefined {
  const candidates = headerParagraphs(h).filter((x) => NUMBER_START.test(textOf(x.p)) && textOf(x.p).includes("/"));
  const exact = candidates.find((x) => NUMBER_FORM.test(textOf(x.p)));
  if (exact) return exact;
  const date = findDateLine(h);
  return candidates.find((x) => !isUpperText(textOf(x.p)) && (!h.table || !date || x.row === date.row));
}

/**
 * The issuing body's lines (ô 2): the non-empty left-column paragraphs above its rule and above
 * "Số", marks excluded. Without a header table: the loose paragraphs before the Quốc hiệu or "Số".
 */
export function issuerLines(h: HeaderParts): Placed[] {
  const column = h.table ? h.left : h.loose;
  const number = findNumberLine(h);
  const out: Placed[] = [];
  for (const x of column) {
    if (isLineOnly(x)) {
      if (out.length > 0) break;
      continue;
    }
    const text = textOf(x.p);
    if (x === number) break;
    if (!h.table && (letters(text) === "conghoaxahoichunghiavietnam" || DATE_WORDS.test(text))) break;
    if (isEmpty(x.p) || isMarkParagraph(x)) continue;
    out.push(x);
  }
  return out;
}

/** Paragraphs that may hold a khẩn or lưu hành mark: above and inside the header, up to the title. */
export function markCandidates(parts: DocParts): Placed[] {
  return [...parts.header.above, ...headerParagraphs(parts.header), ...parts.header.below];
}
