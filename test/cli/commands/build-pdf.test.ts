import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { timesSubstitute } from "../../../src/pdf/font-check.js";
import { MINIMAL_PLAN } from "../../helpers/build.js";
import { fakeSoffice } from "../../helpers/fake-soffice.js";
import { runCli } from "../../helpers/run-cli.js";

const tmp = () => mkdtempSync(path.join(tmpdir(), "kh-build-pdf-"));
let fake: Awaited<ReturnType<typeof fakeSoffice>>;
beforeAll(async () => {
  fake = await fakeSoffice();
});

function planDir(): string {
  const dir = tmp();
  writeFileSync(path.join(dir, "plan.yaml"), MINIMAL_PLAN);
  return dir;
}

/** Processes whose command line mentions `text` (pgrep exits 1 when none). */
function processesMentioning(text: string): string[] {
  try {
    return execFileSync("pgrep", ["-f", text], { encoding: "utf8" }).trim().split("\n").filter(Boolean);
  } catch {
    return [];
  }
}

describe("kehoach build -o plan.pdf (real LibreOffice)", () => {
  it("writes a PDF (format from the extension), no DOCX, leaves no LibreOffice process or temporary folder", () => {
    const dir = planDir();
    // A private TMPDIR: LibreOffice's profile lives there, so its processes name it.
    const temp = path.join(dir, "tmp");
    mkdirSync(temp);
    const run = runCli(["build", "plan.yaml", "-o", "plan.pdf"], { cwd: dir, env: { TMPDIR: temp } });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("✔ plan.yaml → plan.pdf\n");
    const substitute = timesSubstitute();
    if (substitute) expect(run.stderr).toContain(`LibreOffice dùng "${substitute}" thay thế và nhúng phông đó vào PDF`);
    else expect(run.stderr).not.toContain("pdf-font-substituted");
    expect(readFileSync(path.join(dir, "plan.pdf")).subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(existsSync(path.join(dir, "plan.docx"))).toBe(false);
    const text = execFileSync("pdftotext", [path.join(dir, "plan.pdf"), "-"], { encoding: "utf8" });
    expect(text).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(text).toContain("Tổ chức các hoạt động văn hóa, thể thao năm 2026");
    expect(processesMentioning(temp)).toEqual([]);
    expect(readdirSync(temp)).toEqual([]);
  }, 120_000);
});

describe("kehoach build PDF options (fake LibreOffice)", () => {
  it("--pdf writes the DOCX and the PDF beside it", () => {
    const dir = planDir();
    const run = runCli(["build", "plan.yaml", "--pdf"], { cwd: dir, env: { KEHOACH_SOFFICE: fake.file } });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("✔ plan.yaml → plan.docx, plan.pdf\n");
    expect(readFileSync(path.join(dir, "plan.docx")).subarray(0, 2).toString()).toBe("PK");
    expect(readFileSync(path.join(dir, "plan.pdf")).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  });

  it("--format pdf forces PDF whatever the name, also to stdout", () => {
    const dir = planDir();
    const run = runCli(["build", "plan.yaml", "--format", "pdf", "-o", "-"], { cwd: dir, env: { KEHOACH_SOFFICE: fake.file } });
    expect(run.code).toBe(0);
    expect(run.stdout.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(readdirSync(dir)).toEqual(["plan.yaml"]);
  });

  it("rejects an unknown --format with the usage exit code", () => {
    const run = runCli(["--lang", "en", "build", "plan.yaml", "--format", "odt"], { cwd: planDir() });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--format takes docx or pdf, got "odt"');
  });

  it("stops a LibreOffice that hangs at --pdf-timeout, exits 10, kills its processes, keeps the old PDF", () => {
    const dir = planDir();
    writeFileSync(path.join(dir, "plan.pdf"), "the PDF the user had");
    const run = runCli(["--lang", "en", "build", "plan.yaml", "-o", "plan.pdf", "--pdf-timeout", "1"], { cwd: dir, env: { KEHOACH_SOFFICE: fake.file, FAKE_SOFFICE_MODE: "hang" } });
    expect(run.code).toBe(10);
    expect(run.stderr).toContain("cannot convert to PDF: LibreOffice did not finish this file within 1 s; it was stopped");
    expect(readFileSync(path.join(dir, "plan.pdf"), "utf8")).toBe("the PDF the user had");
    expect(readdirSync(dir).sort()).toEqual(["plan.pdf", "plan.yaml"]);
    expect(processesMentioning("sleep 3001")).toEqual([]);
  });

  it("without LibreOffice: exit 10 and the package to install, in the user's language", () => {
    const dir = planDir();
    const vi = runCli(["build", "plan.yaml", "-o", "plan.pdf"], { cwd: dir, env: { KEHOACH_SOFFICE: path.join(dir, "no-soffice") } });
    expect(vi.code).toBe(10);
    expect(vi.stderr).toContain("không tìm thấy LibreOffice (soffice) để chuyển sang PDF");
    expect(vi.stderr).toContain("sudo apt-get install libreoffice-writer-nogui");
    const en = runCli(["--lang", "en", "build", "plan.yaml", "-o", "plan.pdf"], { cwd: dir, env: { KEHOACH_SOFFICE: path.join(dir, "no-soffice") } });
    expect(en.code).toBe(10);
    expect(en.stderr).toContain("LibreOffice (soffice) not found, it is needed to write PDF");
    expect(en.stderr).toContain("Windows: install LibreOffice from https://www.libreoffice.org/download/");
    expect(existsSync(path.join(dir, "plan.pdf"))).toBe(false);
  });
});
