import { isScalar, visit, type Document, type LineCounter } from "yaml";
import { errorDiagnostic, KehoachError, type Diagnostic } from "../errors.js";
import { t } from "../i18n/text.js";
import { codePointName, firstXmlIllegal, ILLEGAL_CHAR_HINT as ILLEGAL_HINT, illegalCharMessage as illegalMessage } from "./xml-chars.js";
import type { SourceText } from "./source-text.js";

/**
 * Checks on a parsed plan that bound the work of the later stages and keep the output
 * well-formed. Limits are listed in docs/limits.md.
 */

/** Values in the plan once aliases are expanded (the source holds at most ~300,000). */
export const MAX_RESOLVED_NODES = 300_000;
/** Characters in the plan once aliases are expanded (a 5 MB plan holds about 5 million). */
export const MAX_RESOLVED_CHARS = 6_000_000;

/**
 * Size of the plan as the later stages see it: aliases expanded (`*a` counted as often as it
 * is used). 199 aliases of a 22 KB anchor pass the alias count but make a 4 MB plan into a
 * large document; the walk stops at the first limit passed, so it is bounded too.
 */
export function checkResolvedSize(data: unknown, file: string): void {
  let nodes = 0;
  let chars = 0;
  const stack: unknown[] = [data];
  while (stack.length > 0) {
    const value = stack.pop();
    nodes++;
    if (typeof value === "string") chars += value.length;
    else if (Array.isArray(value)) for (const v of value) stack.push(v);
    else if (value && typeof value === "object") {
      for (const [k, v] of Object.entries(value)) {
        chars += k.length;
        stack.push(v);
      }
    }
    if (nodes > MAX_RESOLVED_NODES || chars > MAX_RESOLVED_CHARS) {
      const over = nodes > MAX_RESOLVED_NODES;
      throw new KehoachError(
        "yaml",
        errorDiagnostic(
          "yaml-too-large-expanded",
          over
            ? t(`kế hoạch có hơn ${MAX_RESOLVED_NODES.toLocaleString("vi-VN")} giá trị khi mở rộng các tham chiếu (*alias)`, `the plan has more than ${MAX_RESOLVED_NODES.toLocaleString("en-US")} values once aliases (*alias) are expanded`)
            : t(`kế hoạch có hơn ${MAX_RESOLVED_CHARS.toLocaleString("vi-VN")} ký tự khi mở rộng các tham chiếu (*alias)`, `the plan has more than ${MAX_RESOLVED_CHARS.toLocaleString("en-US")} characters once aliases (*alias) are expanded`),
          { file, hint: t("dùng ít tham chiếu *alias hơn, hoặc chia thành nhiều kế hoạch", "use fewer *alias references, or split the plan") },
        ),
      );
    }
  }
}


/**
 * Characters XML 1.0 forbids (U+FFFE, U+FFFF, C0 controls, lone surrogates), written raw in the
 * file or as an escape ("\uFFFE") in a quoted value: a located error, never a corrupt document.
 * Chosen over silently removing them: the clerk learns where the stray character is.
 */
export function illegalCharDiagnostics(source: SourceText, doc: Document, lineCounter: LineCounter): Diagnostic[] {
  const raw = firstXmlIllegal(source.text);
  if (raw >= 0) {
    const { line, col } = lineCounter.linePos(raw);
    return [errorDiagnostic("input-xml-illegal-char", illegalMessage(codePointName(source.text, raw)), { file: source.file, position: { line, column: col }, hint: ILLEGAL_HINT })];
  }
  const found: Diagnostic[] = [];
  visit(doc, {
    Scalar: (_, node) => {
      if (!isScalar(node) || typeof node.value !== "string") return;
      const at = firstXmlIllegal(node.value);
      if (at < 0) return;
      const { line, col } = lineCounter.linePos(node.range?.[0] ?? 0);
      found.push(errorDiagnostic("input-xml-illegal-char", illegalMessage(codePointName(node.value, at)), { file: source.file, position: { line, column: col }, hint: ILLEGAL_HINT }));
      return found.length >= 20 ? visit.BREAK : undefined;
    },
  });
  return found;
}
