import { randomBytes } from "node:crypto";
import { chmodSync, chownSync, lstatSync, mkdirSync, realpathSync, renameSync, rmSync, statSync, writeFileSync, type Stats } from "node:fs";
import { chmod, chown, mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { errorDiagnostic, KehoachError, type Diagnostic } from "../errors.js";
import { t, type LocalText } from "../i18n/text.js";
import { fileKind } from "../load/read-bounded.js";
import { notRegularFile } from "../load/read-source.js";

/** What happened at the target, so the caller can tell the user (docs/limits.md, "Tệp kết quả"). */
export interface WriteOutcome {
  /** The file that was written (a symbolic link's target, not the link). */
  readonly file: string;
  /** An existing file was replaced; its permission bits (e.g. 0o600) were kept. */
  readonly replaced?: { readonly mode: number; readonly hardLinks: number };
}

/**
 * Temporary files are named `.kehoach-<pid>-<random>.tmp` in the target's folder: short, so a
 * legal 255-byte target name still fits (NAME_MAX), and recognisable, so a batch resumed after
 * a kill removes the ones whose process is gone (batch/stale-temp.ts).
 */
export const TEMP_PREFIX = ".kehoach-";
export const tempName = (): string => `${TEMP_PREFIX}${process.pid}-${randomBytes(4).toString("hex")}.tmp`;

const WHY: Record<string, LocalText> = {
  ENOSPC: t("ổ đĩa đã đầy", "the disk is full"),
  EDQUOT: t("đã hết hạn mức dung lượng", "the disk quota is exhausted"),
  EROFS: t("ổ đĩa chỉ cho đọc, không cho ghi", "the disk is read-only"),
  EACCES: t("không có quyền ghi vào thư mục này", "no permission to write in this folder"),
  EPERM: t("không được phép ghi vào đây", "not permitted to write here"),
  ENAMETOOLONG: t("tên tệp quá dài", "the file name is too long"),
  ENOTDIR: t("một phần của đường dẫn không phải thư mục", "part of the path is not a folder"),
  EISDIR: t("đây là thư mục, không phải tệp", "this is a folder, not a file"),
  EIO: t("lỗi đọc/ghi của ổ đĩa", "the disk reported an input/output error"),
};

/** "cannot write the output file: the disk is full (ENOSPC)". The code stays for search and scripts. */
export function writeFailure(err: unknown): LocalText {
  const code = (err as NodeJS.ErrnoException).code ?? String(err);
  const why = WHY[code];
  return why
    ? t(`không ghi được tệp kết quả: ${why.vi} (${code})`, `cannot write the output file: ${why.en} (${code})`)
    : t(`không ghi được tệp kết quả (${code})`, `cannot write the output file (${code})`);
}

/** A full or read-only disk has its own code: a batch stops on it (every next write would fail too). */
export function writeFailureCode(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  return code === "ENOSPC" || code === "EDQUOT" ? "io-disk-full" : code === "EROFS" ? "io-read-only" : "io-write";
}

/** A system error from writing `file` (ENOSPC, EROFS…) as the KehoachError the writer would throw. */
export const writeErrorOf = (err: unknown, file: string): KehoachError => writeError(file, writeFailure(err), writeFailureCode(err));

const writeError = (file: string, message: LocalText, code = "io-write") => new KehoachError("io", errorDiagnostic(code, message, { file }));

/**
 * Where to write: the path itself, or a symbolic link's target. Anything at the path that is
 * not a regular file (a FIFO, a device such as /dev/null, a link to /proc/self/fd/1, a folder)
 * is refused: renaming over it would put a file where the user had something else.
 */
// Metadata calls only (lstat, stat, realpath): one synchronous version serves both writers.
function resolveTarget(file: string): { target: string; existing?: Stats } {
  const absolute = path.resolve(file);
  let link: Stats;
  try {
    link = lstatSync(absolute);
  } catch {
    return { target: absolute };
  }
  if (!link.isSymbolicLink()) {
    if (!link.isFile()) throw writeError(absolute, notRegularFile(fileKind(link)), "io-not-regular");
    return { target: absolute, existing: link };
  }
  let existing: Stats;
  try {
    existing = statSync(absolute);
  } catch {
    throw writeError(absolute, t("đường dẫn là một liên kết (symlink) trỏ tới chỗ không tồn tại", "the path is a symbolic link to nothing"), "io-not-regular");
  }
  if (!existing.isFile()) throw writeError(absolute, notRegularFile(fileKind(existing)), "io-not-regular");
  return { target: realpathSync(absolute), existing };
}

/**
 * Stage 7 (disk): writes bytes atomically — a temp file beside the target, then rename — so a
 * failed run never leaves a partial file or clobbers what the user had. An existing file keeps
 * its permission bits (a 0600 document marked MẬT stays 0600) and, when run as root, its
 * owner. A hard-linked file is replaced by a new file under this name (the other names keep
 * the old content): writing in place would keep the link but could leave a half-written
 * document after a crash, and no output is ever half-written.
 */
export async function writeOutputAtomic(file: string, bytes: Uint8Array): Promise<WriteOutcome> {
  const { target, existing } = resolveTarget(file);
  const dir = path.dirname(target);
  const temp = path.join(dir, tempName());
  try {
    // The folder usually exists (a batch writes thousands of files into one): create it only
    // when the first write says it is missing.
    await writeFile(temp, bytes, { flag: "wx", mode: existing ? existing.mode & 0o7777 : 0o666 }).catch(async (err: NodeJS.ErrnoException) => {
      if (err.code !== "ENOENT") throw err;
      await mkdir(dir, { recursive: true });
      await writeFile(temp, bytes, { flag: "wx" });
    });
    if (existing) {
      // writeFile's mode passes through the umask; set the old bits exactly.
      await chmod(temp, existing.mode & 0o7777);
      if (process.getuid?.() === 0) await chown(temp, existing.uid, existing.gid).catch(() => undefined);
    }
    await rename(temp, target);
  } catch (err) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw writeError(target, writeFailure(err), writeFailureCode(err));
  }
  return existing ? { file: target, replaced: { mode: existing.mode & 0o7777, hardLinks: existing.nlink } } : { file: target };
}

/**
 * What to tell the user about a replaced file, when it matters: its permissions were kept and
 * differ from a new file's (e.g. 0600 for a document marked MẬT), or its other hard-linked
 * names keep the old content.
 */
export function replacedNotices(outcome: WriteOutcome): Diagnostic[] {
  const replaced = outcome.replaced;
  if (!replaced) return [];
  const found: Diagnostic[] = [];
  const fresh = 0o666 & ~process.umask();
  const octal = replaced.mode.toString(8).padStart(4, "0");
  if ((replaced.mode & 0o777) !== fresh) {
    found.push({ severity: "notice", code: "output-mode-kept", file: outcome.file, message: t(`đã thay tệp cũ, giữ nguyên quyền truy cập ${octal}`, `replaced the existing file, keeping its permissions ${octal}`) });
  }
  if (replaced.hardLinks > 1) {
    found.push({
      severity: "notice",
      code: "output-hard-link",
      file: outcome.file,
      message: t(
        `tệp cũ có ${replaced.hardLinks} tên (liên kết cứng); chỉ tên này nhận bản mới, các tên khác vẫn giữ bản cũ`,
        `the old file had ${replaced.hardLinks} names (hard links); only this name gets the new version, the others keep the old one`,
      ),
    });
  }
  return found;
}



/**
 * `writeOutputAtomic` without the thread pool, for a batch that writes thousands of small
 * files from threads with nothing else to do meanwhile: 0.06–0.08 ms of CPU per 15 KB file
 * against 0.15–0.6 ms for the promise version (docs/performance.md). Same steps, same checks,
 * same errors.
 */
export function writeOutputAtomicSync(file: string, bytes: Uint8Array): WriteOutcome {
  const { target, existing } = resolveTarget(file);
  const dir = path.dirname(target);
  const temp = path.join(dir, tempName());
  try {
    const mode = existing ? existing.mode & 0o7777 : 0o666;
    try {
      writeFileSync(temp, bytes, { flag: "wx", mode });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
      mkdirSync(dir, { recursive: true });
      writeFileSync(temp, bytes, { flag: "wx", mode });
    }
    if (existing) {
      chmodSync(temp, existing.mode & 0o7777);
      if (process.getuid?.() === 0) {
        try {
          chownSync(temp, existing.uid, existing.gid);
        } catch {
          // Keeping the owner is best effort; the mode above is what protects the content.
        }
      }
    }
    renameSync(temp, target);
  } catch (err) {
    try {
      rmSync(temp, { force: true });
    } catch {
      // The temp file may never have been made; the write error is what the user needs.
    }
    throw writeError(target, writeFailure(err), writeFailureCode(err));
  }
  return existing ? { file: target, replaced: { mode: existing.mode & 0o7777, hardLinks: existing.nlink } } : { file: target };
}
