import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type YAMLError } from "yaml";
import { errorDiagnostic, KehoachError, type Diagnostic, type Position } from "../errors.js";
import { t } from "../i18n/text.js";
import { checkResolvedSize, illegalCharDiagnostics } from "./plan-limits.js";
import type { PlanSource } from "./plan-source.js";
import type { SourceText } from "./source-text.js";
import { tabIndentDiagnostics } from "./tab-indent.js";
import { COLON_IN_VALUE, hasColonInValue, quotingHint, yamlMessage } from "./yaml-messages.js";

/** Aliases are rare in plans; a cap stops "billion laughs" documents before they expand. */
const MAX_ALIAS_COUNT = 200;

export const lineOf = (text: string, line: number): string => text.split("\n")[line - 1] ?? "";

/**
 * An unclosed quote or [ … ] runs to the end of the file, where the parser reports it; the
 * clerk needs the place it was opened. Returns that offset, from the node the parser kept.
 */
function openingOffset(doc: Document, err: YAMLError): number | undefined {
  const unclosed = err.code === "MISSING_CHAR" || (err.code === "BAD_INDENT" && /^Flow (sequence|map)/.test(err.message));
  if (!unclosed) return undefined;
  let best: number | undefined;
  const consider = (range: readonly number[] | null | undefined) => {
    if (range && range[0]! < err.pos[0] && range[1]! >= err.pos[0] && (best === undefined || range[0]! > best)) best = range[0];
  };
  visit(doc, {
    Scalar: (_, n) => {
      if (n.type === "QUOTE_DOUBLE" || n.type === "QUOTE_SINGLE") consider(n.range);
    },
    Seq: (_, n) => {
      if (n.flow) consider(n.range);
    },
    Map: (_, n) => {
      if (n.flow) consider(n.range);
    },
  });
  return best;
}

function syntaxDiagnostic(source: SourceText, lineCounter: LineCounter, err: YAMLError, doc: Document): Diagnostic {
  const opening = openingOffset(doc, err);
  const { line, col } = lineCounter.linePos(opening ?? err.pos[0]);
  const position: Position = { line, column: col };
  const firstLine = err.message.split("\n")[0] ?? err.message;
  const hint = quotingHint(lineOf(source.text, line));
  // A "[" left open is reported by the parser as bad indentation at the end of the file.
  const code = opening === undefined ? err.code : "MISSING_CHAR";
  const colon = (code === "BLOCK_AS_IMPLICIT_KEY" || code === "MULTILINE_IMPLICIT_KEY") && hasColonInValue(lineOf(source.text, line));
  return errorDiagnostic(`yaml-${code.toLowerCase().replace(/_/g, "-")}`, colon ? COLON_IN_VALUE : yamlMessage(code, firstLine), {
    file: source.file,
    position,
    ...(hint ? { hint } : {}),
  });
}

/**
 * Keys repeated within one mapping, each reported at its second occurrence, and templates left
 * unquoted (one pass, no recursion).
 */
function structureProblems(source: SourceText, lineCounter: LineCounter, root: unknown): Diagnostic[] {
  const found: Diagnostic[] = [];
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isSeq(node)) {
      for (const item of node.items) stack.push(item);
    } else if (isMap(node)) {
      // `- {{issuer.name}}` unquoted is a YAML mapping inside a mapping, not a template.
      if (node.flow && node.range && source.text.startsWith("{{", node.range[0])) {
        const { line, col } = lineCounter.linePos(node.range[0]);
        const shown = source.text.slice(node.range[0], node.range[1]).split("\n")[0]!;
        found.push(
          errorDiagnostic("yaml-unquoted-template", t("giá trị bắt đầu bằng {{ … }} mà không đặt trong dấu nháy: YAML đọc nó thành một nhóm trường", "a value starting with {{ … }} is not quoted: YAML reads it as a mapping"), {
            file: source.file,
            position: { line, column: col },
            hint: t(`đặt cả giá trị trong dấu nháy kép: "${shown}"`, `put the whole value in double quotes: "${shown}"`),
          }),
        );
        continue;
      }
      const seen = new Map<string, number>();
      for (const pair of node.items) {
        stack.push(pair.value);
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        const at = isNode(pair.key) && pair.key.range ? pair.key.range[0] : undefined;
        const first = seen.get(key);
        if (first === undefined) {
          seen.set(key, at ?? -1);
          continue;
        }
        const position = at === undefined ? undefined : lineCounter.linePos(at);
        const firstLine = first >= 0 ? lineCounter.linePos(first).line : undefined;
        found.push(
          errorDiagnostic("yaml-duplicate-key", yamlMessage("DUPLICATE_KEY", "duplicate key"), {
            file: source.file,
            ...(position ? { position: { line: position.line, column: position.col } } : {}),
            hint: t(
              `khóa "${key}" đã có${firstLine ? ` ở dòng ${firstLine}` : ""}; giữ một dòng, xóa dòng kia`,
              `the key "${key}" already appears${firstLine ? ` on line ${firstLine}` : ""}; keep one and delete the other`,
            ),
          }),
        );
      }
    }
  }
  return found.sort((a, b) => (a.position?.line ?? 0) - (b.position?.line ?? 0));
}

/**
 * Lines and commas a plan may hold before parsing. Real plans have one of either per ~50 bytes
 * (a 120-line model plan: ~400); the YAML parser needs ~35 µs per item (a 50,000-row table of
 * 1.4 MB: 3.5 s), so a file of hundreds of thousands of tiny items ("- x", "[x,x,…]") is
 * refused up front.
 */
export const MAX_SEPARATORS = 100_000;

function countSeparators(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 44) n++;
  }
  return n;
}

/** Stage 1 (pure part): YAML text → document with positions → plain data. */
export function parsePlanYaml(source: SourceText): PlanSource {
  const separators = countSeparators(source.text);
  if (separators > MAX_SEPARATORS) {
    throw new KehoachError(
      "yaml",
      errorDiagnostic(
        "input-too-complex",
        t(
          `tệp có quá nhiều dòng hoặc phần tử (${separators.toLocaleString("vi-VN")}); một kế hoạch không lớn như vậy`,
          `the file has too many lines or items (${separators.toLocaleString("en-US")}); no plan is that large`,
        ),
        { file: source.file, hint: t("kiểm tra xem có chọn nhầm tệp không", "check that this is the right file") },
      ),
    );
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(source.text, {
    lineCounter,
    prettyErrors: false,
    // The parser's own duplicate check is quadratic (minutes for a file of 100,000 keys);
    // duplicateKeys() below does the same job in one pass.
    uniqueKeys: false,
    strict: true,
    // Problems are reported as diagnostics; the parser must not print its own warnings.
    logLevel: "error",
  });
  if (doc.errors.length > 0) {
    const tabs = tabIndentDiagnostics(source, doc, doc.errors, (offset) => lineCounter.linePos(offset).line);
    if (tabs) throw new KehoachError("yaml", tabs);
    // The parser may report one problem twice; say it once.
    const seen = new Set<string>();
    const diagnostics = doc.errors
      .map((e) => syntaxDiagnostic(source, lineCounter, e, doc))
      .filter((d) => {
        const key = JSON.stringify([d.code, d.position]);
        return !seen.has(key) && Boolean(seen.add(key));
      });
    throw new KehoachError("yaml", diagnostics);
  }
  const duplicates = structureProblems(source, lineCounter, doc.contents);
  if (duplicates.length > 0) throw new KehoachError("yaml", duplicates);
  const illegal = illegalCharDiagnostics(source, doc, lineCounter);
  if (illegal.length > 0) throw new KehoachError("yaml", illegal);
  if (doc.contents === null) {
    throw new KehoachError(
      "yaml",
      errorDiagnostic("yaml-empty", t("tệp kế hoạch trống", "the plan file is empty"), {
        file: source.file,
        hint: t("chạy `kehoach init` để tạo một kế hoạch mẫu", "run `kehoach init` to create a starter plan"),
      }),
    );
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err) {
    if (err instanceof ReferenceError) {
      throw new KehoachError(
        "yaml",
        errorDiagnostic(
          "yaml-alias-bomb",
          t(
            "tệp dùng quá nhiều tham chiếu (*alias) lồng nhau; đã dừng để tránh treo máy",
            "the file expands too many aliases; stopped to avoid exhausting memory",
          ),
          { file: source.file },
        ),
      );
    }
    throw err;
  }
  checkResolvedSize(data, source.file);
  return { source, doc, lineCounter, data };
}
