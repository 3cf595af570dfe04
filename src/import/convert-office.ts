import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { errorDiagnostic, KehoachError } from "../errors.js";
import { t } from "../i18n/text.js";

/**
 * .doc, .odt and .rtf files reach the DOCX reader through LibreOffice: `soffice --headless
 * --convert-to docx` into a temporary folder, with a private user profile (a shared profile's
 * lock makes a second conversion fail silently) and a time limit (conversions can hang). The
 * temporary folder is removed whatever happens. Without LibreOffice: a clear error naming the
 * package to install.
 */
export const CONVERTIBLE = [".doc", ".odt", ".rtf", ".docm", ".dot", ".dotx", ".fodt", ".wpd"];
const TIMEOUT_MS = 120_000;

const missing = (file: string) =>
  new KehoachError(
    "io",
    errorDiagnostic("import-needs-libreoffice", t("cần LibreOffice để đọc tệp này (không tìm thấy lệnh soffice)", "LibreOffice is needed to read this file (no soffice command found)"), {
      file,
      hint: t(
        "cài gói libreoffice-writer-nogui (Debian/Ubuntu: sudo apt install libreoffice-writer-nogui), hoặc mở tệp bằng Word và lưu thành .docx",
        "install the libreoffice-writer-nogui package (Debian/Ubuntu: sudo apt install libreoffice-writer-nogui), or open the file in Word and save it as .docx",
      ),
    }),
  );

export async function convertToDocx(file: string, env: NodeJS.ProcessEnv = process.env): Promise<Uint8Array> {
  const work = await mkdtemp(path.join(tmpdir(), "kehoach-import-"));
  try {
    const profile = pathToFileURL(path.join(work, "profile")).href;
    const out = path.join(work, "out");
    await new Promise<void>((resolve, reject) => {
      execFile(
        "soffice",
        [`-env:UserInstallation=${profile}`, "--headless", "--norestore", "--convert-to", "docx:MS Word 2007 XML", "--outdir", out, file],
        { timeout: TIMEOUT_MS, killSignal: "SIGKILL", env },
        (err) => {
          if (!err) resolve();
          else if ((err as NodeJS.ErrnoException).code === "ENOENT") reject(missing(file));
          else
            reject(
              new KehoachError(
                "io",
                errorDiagnostic("import-convert", t(`LibreOffice không chuyển được tệp sang DOCX (${err.killed ? "quá thời gian" : err.message.split("\n")[0]})`, `LibreOffice could not convert the file to DOCX (${err.killed ? "timed out" : err.message.split("\n")[0]})`), { file }),
              ),
            );
        },
      );
    });
    const produced = (await readdir(out).catch(() => [])).find((f) => f.toLowerCase().endsWith(".docx"));
    if (!produced) throw new KehoachError("io", errorDiagnostic("import-convert", t("LibreOffice không tạo ra tệp DOCX (tệp hỏng hoặc không phải văn bản)", "LibreOffice produced no DOCX (a damaged file, or not a text document)"), { file }));
    return await readFile(path.join(out, produced));
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
