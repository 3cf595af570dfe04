import { strToU8, zipSync } from "fflate";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { RULES } from "../../src/check/rules/index.js";
import { main } from "../../src/cli/main.js";
import type { CliIo } from "../../src/cli/io.js";
import { buildBytes, ROOT, XA_EXAMPLE } from "../check/bases.js";
import { DocxEdit, editSection, replaceOnce } from "../check/docx-edit.js";

/** `kehoach check` and `kehoach build --check` through the CLI entry, streams captured. */

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

async function run(args: string[], cwd: string, env: Record<string, string> = {}): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: { write: (s) => (stdout += typeof s === "string" ? s : Buffer.from(s).toString("utf8")) },
    stderr: { write: (s) => (stderr += s) },
    env: { LANG: "vi_VN.UTF-8", ...env },
    cwd,
    isTTY: false,
  };
  return { code: await main(args, io), stdout, stderr };
}

let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "kh-cli-check-"));
  const good = await buildBytes(XA_EXAMPLE);
  writeFileSync(path.join(dir, "good.docx"), good);
  const margins = new DocxEdit(good);
  margins.document((x) => editSection(x, 0, (s) => replaceOnce(s, /w:left="\d+"/, 'w:left="1134"')));
  writeFileSync(path.join(dir, "margins.docx"), margins.bytes());
  const warned = new DocxEdit(good);
  warned.document((x) => replaceOnce(x, ">Na Dương, ngày", ">Lạng Sơn, ngày"));
  writeFileSync(path.join(dir, "warned.docx"), warned.bytes());
  writeFileSync(path.join(dir, "text.docx"), "Kế hoạch này là văn bản thường, không phải DOCX.\n");
  writeFileSync(path.join(dir, "truncated.docx"), good.slice(0, 200));
  writeFileSync(path.join(dir, "no-document.docx"), zipSync({ "word/styles.xml": strToU8("<w:styles/>") }));
});

const noStack = (r: Run) => expect(`${r.stdout}${r.stderr}`).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);

describe("kehoach check", () => {
  it("prints a Vietnamese table for a compliant plan and exits 0", async () => {
    const r = await run(["check", "good.docx", "--all"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^good\.docx\nQuy tắc\s+Mức\s+Kết quả\s+Căn cứ\s+Chi tiết/);
    expect(r.stdout).toMatch(/ND30-margins\s+E\s+ĐẠT\s+PL I, Phần I, mục I.3\s+section 1: lề trên 20 mm, lề dưới 20 mm, lề trái 30 mm, lề phải 15 mm/);
    expect(r.stdout).toMatch(/ND30-appendix-label\s+E\s+CHƯA ĐÁNH GIÁ .*không có phụ lục \(không áp dụng\)/);
    expect(r.stdout).toContain("— ĐẠT thể thức Nghị định 30");
  });

  it("exits 9 and names the rule, what was found and what is required, when an E rule fails", async () => {
    const r = await run(["check", "margins.docx"], dir);
    expect(r.code).toBe(9);
    expect(r.stdout).toMatch(/ND30-margins\s+E\s+KHÔNG ĐẠT\s+PL I, Phần I, mục I.3\s+section 1: lề trái 20 mm, yêu cầu 30–35 mm/);
    expect(r.stdout).toContain("1 không đạt");
  });

  it("reports W failures as warnings without failing", async () => {
    const r = await run(["check", "warned.docx"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/ND30-date-place\s+W\s+CẢNH BÁO/);
    expect(r.stdout).toContain("0 không đạt, 1 cảnh báo");
  });

  it("speaks English with --lang en", async () => {
    const r = await run(["check", "margins.docx", "--lang", "en"], dir);
    expect(r.code).toBe(9);
    expect(r.stdout).toMatch(/Rule\s+Level\s+Result\s+Clause\s+Details/);
    expect(r.stdout).toMatch(/ND30-margins\s+E\s+FAIL\s+.*section 1: left margin 20 mm, required 30–35 mm/);
    expect(r.stdout).toContain("does NOT comply with Decree 30");
  });

  it("writes JSON for CI with --format json", async () => {
    const r = await run(["check", "good.docx", "margins.docx", "--format", "json"], dir);
    expect(r.code).toBe(9);
    const data = JSON.parse(r.stdout) as { files: { file: string; ok: boolean; results: { id: string; level: string; status: string; clause: string; findings: { message: string }[] }[] }[] };
    expect(data.files.map((f) => [f.file, f.ok])).toEqual([
      ["good.docx", true],
      ["margins.docx", false],
    ]);
    expect(data.files[0]!.results).toHaveLength(RULES.length);
    const margins = data.files[1]!.results.find((x) => x.id === "ND30-margins")!;
    expect(margins).toMatchObject({ level: "E", status: "FAIL", clause: "PL I, Phần I, mục I.3" });
    expect(margins.findings[0]!.message).toBe("lề trái 20 mm, yêu cầu 30–35 mm");
  });

  it.each([
    ["text.docx", "docx-not-zip", "tệp không phải DOCX (không đọc được dạng nén zip)"],
    ["truncated.docx", "docx-not-zip", "tệp không phải DOCX (không đọc được dạng nén zip)"],
    ["no-document.docx", "docx-no-document", "tệp zip không chứa văn bản Word (thiếu word/document.xml)"],
    ["missing.docx", "io-read", "không tìm thấy tệp"],
  ])("%s: a clear message, exit 7, no stack trace", async (file, code, message) => {
    const r = await run(["check", file], dir);
    expect(r.code).toBe(7);
    expect(r.stderr).toBe(`${file}  lỗi  ${code}  ${message}\n`);
    expect(r.stdout).toBe("");
    noStack(r);
  });

  it("still reports the readable files when another cannot be read (exit 7: the first failure)", async () => {
    const r = await run(["check", "text.docx", "good.docx", "--format", "json"], dir);
    expect(r.code).toBe(7);
    const data = JSON.parse(r.stdout) as { files: { file: string; ok: boolean; error?: { code: string }[] }[] };
    expect(data.files[0]).toMatchObject({ file: "text.docx", ok: false, error: [{ code: "docx-not-zip" }] });
    expect(data.files[1]).toMatchObject({ file: "good.docx", ok: true });
  });

  it("refuses an unknown format with a usage error", async () => {
    const r = await run(["check", "good.docx", "--format", "xml"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("định dạng không hợp lệ: xml (text hoặc json)");
  });
});

describe("kehoach build --check", () => {
  it("checks what it built and writes it when it complies", async () => {
    const out = path.join(dir, "built.docx");
    const r = await run(["build", XA_EXAMPLE, "-o", out, "--check"], dir);
    expect(r.code).toBe(0);
    expect(existsSync(out)).toBe(true);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
  });

  it("reports the failures and writes nothing when an E rule fails; validate reports it first, at the plan's line", async () => {
    // A hand-written «Kèm theo» line whose number is not the plan's: the same rule on the plan and the DOCX.
    const out = path.join(dir, "wrong-reference.docx");
    const r = await run(["build", path.join(ROOT, "test/fixtures/check/wrong-reference.yaml"), "-o", out, "--check"], dir);
    expect(r.code).toBe(9);
    expect(r.stderr).toMatch(/wrong-reference\.yaml:19:16  lỗi  ND30-appendix-reference  dòng kèm theo ghi số 13\/KH-UBND, ngày 09\/01\/2026; văn bản là số 03\/KH-UBND, ngày 09\/01\/2026/u);
    expect(r.stderr).toContain("lỗi  nd30-errors  kế hoạch sai thể thức Nghị định 30 (xem các lỗi trên); không ghi tệp");
    const v = await run(["validate", path.join(ROOT, "test/fixtures/check/wrong-reference.yaml")], dir);
    expect(v.code).toBe(9);
    expect(v.stderr).toContain("ND30-appendix-reference");
    expect(existsSync(out)).toBe(false);
    noStack(r);
  });
});
