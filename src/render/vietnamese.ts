/**
 * Vietnamese text helpers shared by templates, layout and lint. All return NFC. Pure, except
 * that `isNamedAfterPersonOrNumber` reads the bundled unit lists (through src/data, once).
 */
// src/data/units.ts imports this module back (foldKey, and lowerVi via tone-key). The cycle is
// safe because neither side calls the other at load time: keep it so.
import { namedUnit } from "../data/units.js";

// Vietnamese has no locale-specific case rules (unlike Turkish or Lithuanian): toUpperCase and
// toLocaleUpperCase("vi") agree on every code point, and the plain form is about 6× faster
// (ICU locale lookup per call), which matters in batch, where lint lower-cases every word.
export const upperVi = (s: string): string => s.normalize("NFC").toUpperCase().normalize("NFC");
/**
 * Lower case is asked for word by word, the same words again for every unit of a batch (lint
 * compares spellings across the whole text), so results are memoised — a bounded map,
 * emptied when full.
 */
const lowerCache = new Map<string, string>();
export const lowerVi = (s: string): string => {
  let lower = lowerCache.get(s);
  if (lower === undefined) {
    lower = s.normalize("NFC").toLowerCase().normalize("NFC");
    if (lowerCache.size >= 50_000) lowerCache.clear();
    lowerCache.set(s, lower);
  }
  return lower;
};
export const upperFirst = (s: string): string => (s ? upperVi(s.slice(0, 1)) + s.slice(1) : s);
export const lowerFirst = (s: string): string => (s ? lowerVi(s.slice(0, 1)) + s.slice(1) : s);

/** A key that ignores case, diacritics and where the tone mark sits ("Hòa" = "Hoà" = "hoa"). */
export function foldKey(s: string): string {
  return s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** ASCII slug for file names: "Xã Na Dương" → "xa-na-duong". */
export function slugify(s: string): string {
  return foldKey(s)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
}

const ROMAN: readonly [number, string][] = [
  [1000, "M"], [900, "CM"], [500, "D"], [400, "CD"], [100, "C"], [90, "XC"],
  [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"],
];

export function toRoman(n: number): string {
  let rest = Math.floor(n);
  let out = "";
  for (const [value, numeral] of ROMAN) {
    while (rest >= value) {
      out += numeral;
      rest -= value;
    }
  }
  return out;
}

/** Điểm letters "theo thứ tự bảng chữ cái tiếng Việt": no f, j, w, z (ND30 PL I, II.6.c). */
export const DIEM_LETTERS = ["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y"] as const;

export const diemLetter = (index: number): string => DIEM_LETTERS[index % DIEM_LETTERS.length]!;

/** Administrative unit types that may start a unit's full name, longest first. */
export const UNIT_TYPES = ["thành phố", "đặc khu", "thị trấn", "thị xã", "phường", "huyện", "tỉnh", "quận", "xã"] as const;

/**
 * "xã Na Dương" → { type: "xã", name: "Na Dương" }; a bare name has no type. The type is a
 * whole word compared with its tone marks (any case): "Quan Sơn", "Xà Phiên", "Tĩnh Túc" and
 * "Phương Liệt" are names, not "quận Sơn", "xã Phiên", "tỉnh Túc", "phường Liệt".
 */
export function splitUnit(full: string): { type: string; name: string } {
  const trimmed = full.trim().normalize("NFC");
  const key = lowerVi(trimmed).replace(/\s+/gu, " ");
  for (const type of UNIT_TYPES) {
    if (key.startsWith(`${type} `)) {
      const words = type.split(" ").length;
      return { type, name: trimmed.split(/\s+/u).slice(words).join(" ") };
    }
  }
  return { type: "", name: trimmed };
}

const SURNAMES = new Set(
  ["nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do", "ho", "ngo", "duong", "ly", "luong", "dinh", "trinh", "truong", "mac", "cu", "chu", "ton", "ha", "kim", "lam", "quang"].map((s) => s),
);

/**
 * The guess for a name outside the 2025 list (older units, districts, names typed by hand):
 * digits mean a number; three or more words starting with a common surname, or with "Văn"/
 * "Thị" as the middle name, mean a person; a few events are listed.
 */
export function looksNamedAfterPersonOrNumber(name: string): boolean {
  const words = foldKey(name).split(" ").filter(Boolean);
  if (words.some((w) => /\d/.test(w))) return true;
  if (/^dien bien phu$|^ba muoi thang tu$|^mung tam thang ba$/.test(words.join(" "))) return true;
  if (words.length >= 3 && (SURNAMES.has(words[0]!) || words[1] === "van" || words[1] === "thi")) return true;
  return false;
}

/**
 * Units named after a person, a number or an event keep their generic noun in the địa danh
 * ("Phường Lương Văn Tri", "Quận 1", "Phường Điện Biên Phủ"): ND30 PL I, II.4.a; PL II, III.1.b.
 * A 2025 unit's name is looked up in the curated list (data/named-units.csv): "Xã Quang Trung",
 * but "Hoàng Su Phì". Any other name falls back to `looksNamedAfterPersonOrNumber`.
 */
export function isNamedAfterPersonOrNumber(name: string): boolean {
  const listed = namedUnit(name);
  return listed === undefined ? looksNamedAfterPersonOrNumber(name) : listed !== null;
}

/** The địa danh on the date line for a unit: "Na Dương", or "Phường Lương Văn Tri". */
export function placeOfUnit(full: string): string {
  const { type, name } = splitUnit(full);
  if (type && isNamedAfterPersonOrNumber(name)) return `${upperFirst(type)} ${name}`;
  return name;
}
