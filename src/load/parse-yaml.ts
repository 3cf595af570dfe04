import { LineCounter, parseDocument, type YAMLError } from "yaml";
import { errorDiagnostic, KehoachError, type Diagnostic, type Position } from "../errors.js";
import { t } from "../i18n/text.js";
import type { PlanSource } from "./plan-source.js";
import type { SourceText } from "./source-text.js";
import { quotingHint, yamlMessage } from "./yaml-messages.js";

/** Aliases are rare in plans; a cap stops "billion laughs" documents before they expand. */
const MAX_ALIAS_COUNT = 200;

export const lineOf = (text: string, line: number): string => text.split("\n")[line - 1] ?? "";

function syntaxDiagnostic(source: SourceText, lineCounter: LineCounter, err: YAMLError): Diagnostic {
  const { line, col } = lineCounter.linePos(err.pos[0]);
  const position: Position = { line, column: col };
  const firstLine = err.message.split("\n")[0] ?? err.message;
  const hint = quotingHint(lineOf(source.text, line));
  return errorDiagnostic(`yaml-${err.code.toLowerCase().replace(/_/g, "-")}`, yamlMessage(err.code, firstLine), {
    file: source.file,
    position,
    ...(hint ? { hint } : {}),
  });
}

/** Stage 1 (pure part): YAML text → document with positions → plain data. */
export function parsePlanYaml(source: SourceText): PlanSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source.text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    strict: true,
  });
  if (doc.errors.length > 0) {
    throw new KehoachError(
      "yaml",
      doc.errors.map((e) => syntaxDiagnostic(source, lineCounter, e)),
    );
  }
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
  return { source, doc, lineCounter, data };
}
