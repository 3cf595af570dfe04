import { t, type LocalText } from "../i18n/text.js";

/** Plain-language wording for the YAML parser's error codes (the `yaml` package's ErrorCode). */
const MESSAGES: Record<string, LocalText> = {
  DUPLICATE_KEY: t("khóa bị lặp lại trong cùng một mục", "duplicate key in the same mapping"),
  TAB_AS_INDENT: t("dùng phím Tab để thụt lề; YAML chỉ chấp nhận dấu cách", "tab used for indentation; YAML allows spaces only"),
  BAD_INDENT: t("thụt lề không đúng", "wrong indentation"),
  MISSING_CHAR: t("thiếu ký tự đóng (dấu nháy hoặc ngoặc)", "missing closing character (quote or bracket)"),
  BAD_DQ_ESCAPE: t("ký tự thoát không hợp lệ trong chuỗi nháy kép", "invalid escape in a double-quoted string"),
  MULTILINE_IMPLICIT_KEY: t("khóa không được kéo dài nhiều dòng", "a key cannot span several lines"),
  BLOCK_AS_IMPLICIT_KEY: t("cấu trúc lồng nhau không hợp lệ ở vị trí khóa", "nested block where a key was expected"),
  UNEXPECTED_TOKEN: t("ký tự không mong đợi", "unexpected character"),
  BAD_SCALAR_START: t("giá trị bắt đầu bằng ký tự đặc biệt; hãy đặt trong dấu nháy", "value starts with a reserved character; quote it"),
  MULTIPLE_DOCS: t("tệp chứa nhiều tài liệu YAML (dấu ---); một kế hoạch chỉ có một", "the file holds several YAML documents (---); a plan is one"),
  BAD_ALIAS: t("tham chiếu (*alias) không hợp lệ", "invalid alias"),
  KEY_OVER_1024_CHARS: t("khóa dài quá 1024 ký tự", "key longer than 1024 characters"),
  BLOCK_IN_FLOW: t("khối nhiều dòng nằm trong [ ] hoặc { }", "block collection inside a flow collection"),
  TAG_RESOLVE_FAILED: t("không nhận ra kiểu dữ liệu (!tag)", "unknown tag"),
  RESOURCE_EXHAUSTION: t("tệp lồng nhau quá sâu hoặc quá nhiều tham chiếu; đã dừng để tránh treo máy", "the file nests too deeply or holds too many references; stopped to avoid exhausting memory"),
};

export function yamlMessage(code: string, original: string): LocalText {
  return MESSAGES[code] ?? t(`lỗi cú pháp YAML: ${original}`, `YAML syntax error: ${original}`);
}

/** "key: value: more", or "- text: more: more": a second ": " that YAML cannot read. */
export const hasColonInValue = (sourceLine: string): boolean => /^\s*(- )?[^\s'"#][^:]*:\s+[^'"|>\s][^#]*:(\s|$)/.test(sourceLine);

/** The parser's "nested block where a key was expected" on such a line, in the clerk's words. */
export const COLON_IN_VALUE = t(
  "giá trị trên dòng này có \": \" (dấu hai chấm rồi dấu cách) nên YAML không đọc được",
  "the value on this line holds \": \" (a colon and a space), which YAML cannot read",
);

/** "key: value: more" on one line — the most common clerk mistake (pandoc gives the same advice). */
export function quotingHint(sourceLine: string): LocalText | undefined {
  const template = /^\s*(?:- |[^\s'"#][^:]*:\s+)(\{\{.*)$/.exec(sourceLine);
  if (template) {
    const value = template[1]!.trim();
    return t(
      `giá trị bắt đầu bằng {{ phải đặt trong dấu nháy kép: "${value}"`,
      `a value starting with {{ must be in double quotes: "${value}"`,
    );
  }
  if (hasColonInValue(sourceLine)) {
    const fixed = quotedLine(sourceLine);
    return t(
      `giá trị có chứa dấu hai chấm và dấu cách (": "); hãy đặt cả giá trị trong dấu nháy kép: ${fixed}`,
      `the value contains ": " (a colon and a space); put the whole value in double quotes: ${fixed}`,
    );
  }
  if (/\t/.test(sourceLine)) {
    return t("thay các ký tự Tab bằng dấu cách", "replace the tab characters with spaces");
  }
  return undefined;
}

/** A line of text the clerk can paste back: double quotes, or single ones when it holds a `"`. */
export function quoteYaml(text: string): string {
  if (text.includes('"') && !text.includes("\\")) return `'${text.replace(/'/g, "''")}'`;
  return `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

/**
 * `title: Kế hoạch: năm 2026` → `title: "Kế hoạch: năm 2026"`; a list item whose text holds
 * ": " (`- Thường trực: để b/c: x`) is quoted whole. A field name is lower-case ASCII.
 */
function quotedLine(sourceLine: string): string {
  const [, dash = "", rest = ""] = /^\s*(- )?(.*)$/.exec(sourceLine.replace(/\s+#.*$/, "").trimEnd())!;
  const field = /^([a-z_][a-z0-9_]*):\s+(.*)$/.exec(rest);
  return field ? `${dash}${field[1]}: ${quoteYaml(field[2]!)}` : `${dash}${quoteYaml(rest)}`;
}
