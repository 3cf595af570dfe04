import { readFile, stat } from "node:fs/promises";
import { errorDiagnostic, KehoachError } from "../errors.js";
import { t, type LocalText } from "../i18n/text.js";
import { decodeSource, sizeProblem, type SourceText } from "./source-text.js";

/** What went wrong reading a file, in words a clerk understands (shared by every command that reads files). */
export function readFailure(err: unknown): LocalText {
  const code = (err as NodeJS.ErrnoException).code ?? "";
  switch (code) {
    case "ENOENT":
      return t("không tìm thấy tệp", "file not found");
    case "EISDIR":
      return t("đây là thư mục, không phải tệp", "this is a directory, not a file");
    case "EACCES":
      return t("không có quyền đọc tệp", "permission denied");
    default:
      return t(`không đọc được tệp (${code || String(err)})`, `cannot read file (${code || String(err)})`);
  }
}

/** Stage 1 (disk): reads a plan file. An oversized file is refused from its size, unread. */
export async function readSource(file: string): Promise<SourceText> {
  let bytes: Uint8Array;
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw Object.assign(new Error("EISDIR"), { code: "EISDIR" });
    const tooLarge = sizeProblem(info.size);
    if (tooLarge) throw new KehoachError("yaml", errorDiagnostic("input-too-large", tooLarge, { file }));
    bytes = await readFile(file);
  } catch (err) {
    if (err instanceof KehoachError) throw err;
    throw new KehoachError("io", errorDiagnostic("io-read", readFailure(err), { file }));
  }
  const decoded = decodeSource(file, bytes);
  if (!decoded.ok) throw new KehoachError("yaml", errorDiagnostic("input-not-text", decoded.reason, { file }));
  return decoded.source;
}
