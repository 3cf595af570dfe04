import type { z } from "zod";
import { t, type LocalText } from "../i18n/text.js";
import { distance } from "./suggest.js";

const TYPE_NAMES: Record<string, LocalText> = {
  string: t("chuỗi văn bản", "text"),
  number: t("số", "number"),
  boolean: t("true/false", "true/false"),
  array: t("danh sách (các dòng bắt đầu bằng \"- \")", "list (lines starting with \"- \")"),
  object: t("nhóm trường (khóa: giá trị)", "mapping (key: value)"),
  undefined: t("không có giá trị", "nothing"),
  null: t("giá trị rỗng", "null"),
};
const typeName = (name: string): LocalText => TYPE_NAMES[name] ?? t(name, name);

/** What the user wrote, in the words above (zod 4 issues do not carry it). */
export function receivedType(value: unknown): string {
  if (value === undefined) return "undefined";
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

/**
 * The shapes a union accepts, from what each of its options rejected at the top: "text or a
 * mapping". Text fields also take numbers (2026); saying so would only confuse.
 */
function expectedShapes(options: readonly (readonly z.core.$ZodIssue[])[]): LocalText[] {
  const names: string[] = [];
  const literals: string[] = [];
  const visit = (issues: readonly z.core.$ZodIssue[]): void => {
    for (const i of issues) {
      if (i.path.length > 0) continue;
      if (i.code === "invalid_type") names.push(i.expected);
      else if (i.code === "invalid_value") literals.push(...i.values.map((v) => String(v)));
      else if (i.code === "invalid_union") for (const o of i.errors) visit(o);
    }
  };
  for (const option of options) visit(option);
  const unique = [...new Set(names)].filter((n) => !(n === "number" && names.includes("string")));
  return [...unique.map(typeName), ...[...new Set(literals)].map((v) => t(v, v))];
}

/** A zod issue in plain Vietnamese and English. Domain refinements carry their own text in `params`. */
export function describeIssue(issue: z.core.$ZodIssue, received: unknown): LocalText {
  switch (issue.code) {
    case "custom": {
      const params = issue.params as Partial<LocalText> | undefined;
      if (params?.vi && params.en) return t(params.vi, params.en);
      return t(issue.message, issue.message);
    }
    case "invalid_type": {
      if (received === undefined) return t("thiếu trường bắt buộc", "required field is missing");
      const expected = typeName(issue.expected);
      const got = typeName(receivedType(received));
      return t(`cần ${expected.vi}, nhưng gặp ${got.vi}`, `expected ${expected.en}, got ${got.en}`);
    }
    case "invalid_union": {
      if (received === undefined) return t("thiếu trường bắt buộc", "required field is missing");
      const got = typeName(receivedType(received));
      const wanted = expectedShapes(issue.errors);
      if (wanted.length === 0) return t(`giá trị không đúng dạng (gặp ${got.vi})`, `value has the wrong shape (got ${got.en})`);
      return t(`cần ${wanted.map((w) => w.vi).join(" hoặc ")}, nhưng gặp ${got.vi}`, `expected ${wanted.map((w) => w.en).join(" or ")}, got ${got.en}`);
    }
    case "unrecognized_keys": {
      const keys = issue.keys.join(", ");
      return t(`trường không được hỗ trợ: ${keys}`, `unknown field: ${keys}`);
    }
    case "invalid_value": {
      const allowed = issue.values.map((v) => String(v)).join(", ");
      return t(`giá trị không hợp lệ; chỉ nhận: ${allowed}`, `invalid value; allowed: ${allowed}`);
    }
    case "too_small":
      if (issue.origin === "array") {
        return t(`cần ít nhất ${String(issue.minimum)} mục`, `needs at least ${String(issue.minimum)} item(s)`);
      }
      return issue.inclusive === false
        ? t(`giá trị phải lớn hơn ${String(issue.minimum)}`, `value must be greater than ${String(issue.minimum)}`)
        : t(`giá trị phải ≥ ${String(issue.minimum)}`, `value must be ≥ ${String(issue.minimum)}`);
    case "too_big":
      return t(`giá trị phải ≤ ${String(issue.maximum)}`, `value must be ≤ ${String(issue.maximum)}`);
    default:
      return t(issue.message, issue.message);
  }
}

const fold = (s: string): string => s.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, "d").toLowerCase().replace(/\s+/g, " ").trim();

/** Vietnamese words clerks type for the English values of the format. */
const VALUE_WORDS: Readonly<Record<string, string>> = {
  ngang: "landscape",
  doc: "portrait",
  trai: "left",
  phai: "right",
  giua: "center",
  "can giua": "center",
  deu: "justify",
  nghieng: "italic",
  dung: "upright",
  "la ma": "roman",
  so: "arabic",
};

/**
 * For a value outside a fixed list: the one meant, when it is that value without diacritics or
 * in another case ("KHAN" → "KHẨN"), a Vietnamese word for it ("ngang" → "landscape"), a typo
 * ("comune" → "commune"), or a tier word.
 */
export function valueHint(issue: z.core.$ZodIssue, received: unknown, guessTier: (word: string) => string | undefined): LocalText | undefined {
  if (issue.code !== "invalid_value" || typeof received !== "string") return undefined;
  const values = issue.values.filter((v): v is string => typeof v === "string");
  if (values.length === 0) return undefined;
  const typed = fold(received);
  const meant =
    values.find((v) => fold(v) === typed) ??
    values.find((v) => v === VALUE_WORDS[typed]) ??
    (values.includes("commune") ? guessTier(received) : undefined) ??
    closestFolded(typed, values);
  return meant === undefined ? undefined : t(`có phải ý bạn là "${meant}"? Ghi đúng như vậy`, `did you mean "${meant}"? Write it exactly so`);
}

function closestFolded(typed: string, values: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestScore = Infinity;
  for (const v of values) {
    const d = distance(typed, fold(v));
    if (d < bestScore) [best, bestScore] = [v, d];
  }
  return best !== undefined && bestScore <= Math.max(1, Math.floor(typed.length / 4)) ? best : undefined;
}
