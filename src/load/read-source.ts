import { errorDiagnostic, KehoachError } from "../errors.js";
import { t, type LocalText } from "../i18n/text.js";
import { readBounded, type FileKind } from "./read-bounded.js";
import { decodeSource, MAX_PLAN_BYTES, sizeProblem, type SourceText } from "./source-text.js";

const KIND_WORDS: Record<FileKind, LocalText> = {
  directory: t("thư mục", "a directory"),
  fifo: t("ống dẫn có tên (FIFO)", "a named pipe (FIFO)"),
  "character-device": t("thiết bị (như /dev/zero)", "a device (such as /dev/zero)"),
  "block-device": t("thiết bị khối (ổ đĩa)", "a block device (a disk)"),
  socket: t("socket", "a socket"),
  other: t("không phải tệp thường", "not a regular file"),
};

/** "this is a FIFO, not a regular file": kehoach reads and writes regular files only. */
export function notRegularFile(kind: FileKind): LocalText {
  if (kind === "directory") return t("đây là thư mục, không phải tệp", "this is a directory, not a file");
  return t(
    `đây là ${KIND_WORDS[kind].vi}, không phải tệp thường; kehoach chỉ đọc và ghi tệp thường`,
    `this is ${KIND_WORDS[kind].en}, not a regular file; kehoach reads and writes regular files only`,
  );
}

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

/**
 * Stage 1 (disk): reads a plan file. Only a regular file is read, and reading stops as soon as
 * more than the plan limit has come in (a device such as /dev/zero never ends; `stat` says 0).
 */
export async function readSource(file: string): Promise<SourceText> {
  let bytes: Uint8Array;
  try {
    const read = await readBounded(file, MAX_PLAN_BYTES);
    if (!read.ok && read.problem === "not-regular") {
      throw new KehoachError("io", errorDiagnostic("io-not-regular", notRegularFile(read.kind), { file }));
    }
    if (!read.ok) throw new KehoachError("yaml", errorDiagnostic("input-too-large", sizeProblem(read.readBytes, true)!, { file }));
    bytes = read.bytes;
  } catch (err) {
    if (err instanceof KehoachError) throw err;
    throw new KehoachError("io", errorDiagnostic("io-read", readFailure(err), { file }));
  }
  const decoded = decodeSource(file, bytes);
  if (!decoded.ok) throw new KehoachError("yaml", errorDiagnostic("input-not-text", decoded.reason, { file }));
  return decoded.source;
}

/** A small text file (a rule config): regular, at most 1 MB, UTF-8; anything else a clear "io" error. */
export async function readSmallText(file: string, limit = 1024 * 1024): Promise<string> {
  let read: Awaited<ReturnType<typeof readBounded>>;
  try {
    read = await readBounded(file, limit);
  } catch (err) {
    throw new KehoachError("io", errorDiagnostic("io-read", readFailure(err), { file }));
  }
  if (!read.ok && read.problem === "not-regular") throw new KehoachError("io", errorDiagnostic("io-not-regular", notRegularFile(read.kind), { file }));
  if (!read.ok) throw new KehoachError("io", errorDiagnostic("input-too-large", t(`tệp quá lớn (hơn ${limit / 1048576} MB)`, `file too large (over ${limit / 1048576} MB)`), { file }));
  return new TextDecoder().decode(read.bytes);
}

