import { errorDiagnostic, KehoachError } from "../errors.js";
import { t } from "../i18n/text.js";
import { decodeSource, sizeProblem, type SourceText } from "../load/source-text.js";
import type { CliIo } from "./io.js";
import { rememberSource } from "./report.js";

/** How a plan read from standard input is named in messages (`build -`). */
export const STDIN_NAME = "<stdin>";

/**
 * `build -`: the plan from standard input, with the same checks as a file (size, binary,
 * encoding). Reading stops as soon as the input is over the size limit, so an endless pipe cannot
 * fill memory.
 */
export async function readStdinSource(io: CliIo): Promise<SourceText> {
  if (!io.stdin) throw new KehoachError("usage", errorDiagnostic("stdin-missing", t("không có đầu vào chuẩn (stdin) để đọc kế hoạch", "no standard input to read the plan from")));
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of io.stdin) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
    size += bytes.byteLength;
    const tooLarge = sizeProblem(size);
    if (tooLarge) throw new KehoachError("yaml", errorDiagnostic("input-too-large", tooLarge, { file: STDIN_NAME }));
    chunks.push(bytes);
  }
  const decoded = decodeSource(STDIN_NAME, Buffer.concat(chunks));
  if (!decoded.ok) throw new KehoachError("yaml", errorDiagnostic("input-not-text", decoded.reason, { file: STDIN_NAME }));
  rememberSource(STDIN_NAME, decoded.source.text);
  return decoded.source;
}
