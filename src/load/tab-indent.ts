import { isScalar, visit, type Document, type YAMLError } from "yaml";
import { errorDiagnostic, type Diagnostic } from "../errors.js";
import { t } from "../i18n/text.js";
import type { SourceText } from "./source-text.js";
import { yamlMessage } from "./yaml-messages.js";

/** A Tab among the spaces (or "- " markers) that start a line: YAML's indentation is spaces only. */
const TAB_INDENT = /^(?:[ ]*-(?=[ \t]))*[ ]*\t/;

/**
 * One error per line indented with a Tab, at the Tab. The parser reports such a line in
 * several ways (bad indentation, a key over several lines, a missing quote…) and goes on
 * reporting the lines after it; all of that follows from the Tab, so the Tabs are reported
 * alone when they come at or before the parser's first complaint.
 */
export function tabIndentDiagnostics(source: SourceText, doc: Document, errors: readonly YAMLError[], lineOf: (offset: number) => number): Diagnostic[] | undefined {
  const firstErrorLine = Math.min(...errors.map((e) => lineOf(e.pos[0])));
  const tabSeen = errors.some((e) => e.code === "TAB_AS_INDENT");
  // A Tab inside a `|` or `>` block, after its indentation, is text, not indentation.
  const blocks: (readonly [number, number])[] = [];
  visit(doc, {
    Scalar: (_, n) => {
      if (isScalar(n) && (n.type === "BLOCK_LITERAL" || n.type === "BLOCK_FOLDED") && n.range) blocks.push([n.range[0], n.range[1]]);
    },
  });
  const lines = source.text.split("\n");
  const found: Diagnostic[] = [];
  let offset = 0;
  for (let i = 0; i < lines.length; offset += lines[i]!.length + 1, i++) {
    const match = TAB_INDENT.exec(lines[i]!);
    if (!match) continue;
    const at = offset + match[0].length - 1;
    if (lines[i]!.startsWith(" ") && blocks.some(([from, to]) => at > from && at < to)) continue;
    if (found.length === 0 && i + 1 > firstErrorLine && !tabSeen) return undefined;
    found.push(
      errorDiagnostic("yaml-tab-as-indent", yamlMessage("TAB_AS_INDENT", "tab"), {
        file: source.file,
        position: { line: i + 1, column: match[0].length },
        hint: t(
          "xóa ký tự Tab ở đầu dòng và thụt lề bằng dấu cách, thẳng hàng với các dòng cùng cấp (trong trình soạn thảo: bật \"chèn dấu cách khi nhấn Tab\")",
          "delete the Tab at the start of the line and indent with spaces, in line with the lines of the same level (in the editor: turn on \"insert spaces when pressing Tab\")",
        ),
      }),
    );
  }
  return found.length > 0 ? found : undefined;
}
