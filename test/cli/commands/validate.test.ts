import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MINIMAL_PLAN } from "../../helpers/build.js";
import { runMain, tempDir } from "../../helpers/main-io.js";
import { ROOT } from "../../helpers/run-cli.js";

const yamlFiles = (dir: string): string[] =>
  readdirSync(path.join(ROOT, dir))
    .filter((f) => f.endsWith(".yaml"))
    .sort()
    .map((f) => `${dir}/${f}`);

interface JsonDiagnostic {
  severity: string;
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
  path?: string;
  hint?: string;
  clause?: string;
}

function planDir(files: Record<string, string>): string {
  const dir = tempDir();
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

describe("kehoach validate on the shipped plans", () => {
  const examples = yamlFiles("examples");
  const starters = yamlFiles("plans");

  it("finds them", () => {
    expect(examples.length).toBeGreaterThanOrEqual(3);
    expect(starters.length).toBeGreaterThanOrEqual(1);
  });

  // The examples reproduce real plans word for word, with their mixed spellings ("hóa"/"hoá"):
  // warnings are allowed, errors are not.
  it.each(examples)("%s has no errors (exit 0)", async (file) => {
    const run = await runMain(["validate", file, "--format", "json"], { cwd: ROOT });
    const list = (JSON.parse(run.stdout) as { diagnostics: JsonDiagnostic[] }).diagnostics;
    expect(list.filter((d) => d.severity === "error")).toEqual([]);
    expect(run.code).toBe(0);
  });

  it.each(starters)("%s is clean even with --strict", async (file) => {
    const run = await runMain(["validate", "--strict", file, "--format", "json"], { cwd: ROOT });
    expect((JSON.parse(run.stdout) as { diagnostics: unknown[] }).diagnostics).toEqual([]);
    expect(run.code).toBe(0);
  });
});

describe("kehoach validate", () => {
  it("reports every problem of every file in one run, located, and writes nothing", async () => {
    const dir = planDir({
      "a.yaml": MINIMAL_PLAN.replace("tier: commune", "tier: ubnd").replace("date: 2026-01-09", "date: 2026-02-30").replace("  name: Nguyễn Văn An", "  nam: Nguyễn Văn An"),
      "b.yaml": MINIMAL_PLAN.replace("number: 3", "number: 0").replace("  name: Nguyễn Văn An", "  name: TS. Nguyễn Văn An"),
    });
    const run = await runMain(["validate", "a.yaml", "b.yaml"], { cwd: dir });
    expect(run.code).toBe(4); // the first failing file names the exit code
    expect(run.stdout).toBe("");
    const headers = run.stderr.split("\n").filter((l) => /^\S+\.yaml(:\d+:\d+)?  /.test(l));
    expect(headers).toEqual([
      "a.yaml:1:7  lỗi  schema-invalid-value  giá trị không hợp lệ; chỉ nhận: province, department, commune, district, organization",
      "a.yaml:4:7  lỗi  schema-value  ngày không có thật trên lịch: tháng 2 năm 2026 chỉ có 28 ngày",
      "a.yaml:14:3  lỗi  schema-unknown-key  trường không được hỗ trợ: \"nam\"",
      "b.yaml:5:9  lỗi  ND30-so-ky-hieu  số văn bản \"0\" không hợp lệ: số thứ tự bắt đầu từ 1",
      "b.yaml:14:9  lỗi  ND30-hoc-ham-hoc-vi  không ghi học hàm, học vị hay danh xưng \"TS.\" trước họ tên người ký",
    ]);
    // The missing "name" is the misspelt "nam": one error, not two.
    expect(run.stderr).toContain("14 |   nam: Nguyễn Văn An\n       ^\n  trường: signer.nam\n  gợi ý: có phải ý bạn là \"name\"? (trường bắt buộc này đang thiếu)");
    expect(run.stderr).toContain("✖ a.yaml: 3 lỗi, 0 cảnh báo\n");
    expect(run.stderr).toContain("✖ b.yaml: 2 lỗi, 0 cảnh báo\n");
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(dir).sort()).toEqual(["a.yaml", "b.yaml"]);
  });

  it("prints the files checked and every diagnostic as JSON on stdout with --format json, in English with --lang en", async () => {
    const dir = planDir({ "plan.yaml": MINIMAL_PLAN.replace("  name: Nguyễn Văn An", "  name: NGUYỄN VĂN AN") });
    const run = await runMain(["--lang", "en", "validate", "plan.yaml", "--format", "json"], { cwd: dir });
    expect(run.code).toBe(9);
    expect(run.stderr).toBe("");
    const report = JSON.parse(run.stdout) as { files: unknown; diagnostics: unknown };
    expect(report.files).toEqual([{ file: "plan.yaml", ok: false, errors: 1, warnings: 0 }]);
    expect(report.diagnostics).toEqual([
      {
        severity: "error",
        code: "ND30-ho-ten-nguoi-ky",
        message: 'the signer\'s name "NGUYỄN VĂN AN" is all capitals',
        file: "plan.yaml",
        line: 14,
        column: 9,
        path: "signer.name",
        hint: "capitalise each syllable's first letter: Nguyễn Văn An",
        clause: "Phụ lục I, Phần II, khoản 7, điểm đ",
      },
    ]);
  });

  it("passes warnings (exit 0) unless --strict (exit 9)", async () => {
    const dir = planDir({ "plan.yaml": MINIMAL_PLAN.replace("  - title: Mục đích, yêu cầu", "  - title: I. Mục đích, yêu cầu") });
    const loose = await runMain(["validate", "plan.yaml"], { cwd: dir });
    expect(loose.code).toBe(0);
    expect(loose.stderr).toContain("plan.yaml:8:12  cảnh báo  ND30-danh-so-muc");
    expect(loose.stderr).toContain("✔ plan.yaml: 0 lỗi, 1 cảnh báo\n");
    const strict = await runMain(["validate", "--strict", "plan.yaml"], { cwd: dir });
    expect(strict.code).toBe(9);
    expect(strict.stderr).toContain("✖ plan.yaml: 0 lỗi, 1 cảnh báo\n");
  });

  it("cuts a long source line around the column, keeping the caret under the mistake", async () => {
    const long = `${"Tuyên truyền sâu rộng về văn hóa, ".repeat(8)}giữ gìn văn hoá dân tộc.`;
    const dir = planDir({ "plan.yaml": MINIMAL_PLAN.replace("      - Tổ chức tốt các hoạt động.", `      - ${long}`) });
    const run = await runMain(["validate", "plan.yaml"], { cwd: dir });
    const lines = run.stderr.split("\n");
    const at = lines.findIndex((l) => l.startsWith("plan.yaml:10:"));
    expect(lines[at]).toMatch(/^plan\.yaml:10:\d+  cảnh báo  ND30-chinh-ta-thong-nhat  "hoá" và "hóa" \(dòng 6\)/);
    const [source, caret] = [lines[at + 1]!, lines[at + 2]!];
    expect(source.startsWith("10 | …")).toBe(true);
    expect(source.length).toBeLessThanOrEqual("10 | ".length + 102);
    expect(source.slice(caret.indexOf("^"), caret.indexOf("^") + 3)).toBe("hoá");
  });

  it("says so when a plan is clean", async () => {
    const dir = planDir({ "plan.yaml": MINIMAL_PLAN });
    const run = await runMain(["validate", "plan.yaml"], { cwd: dir });
    expect(run).toEqual({ code: 0, stdout: "", stderr: "✔ plan.yaml: hợp lệ\n" });
    const json = await runMain(["validate", "plan.yaml", "--format", "json"], { cwd: dir });
    expect(json.code).toBe(0);
    expect(json.stderr).toBe("");
    expect(JSON.parse(json.stdout)).toEqual({ files: [{ file: "plan.yaml", ok: true, errors: 0, warnings: 0 }], diagnostics: [] });
  });

  it("uses the documented exit codes: 3 YAML, 4 schema, 5 template syntax, 6 missing value, 7 I/O, 9 ND30, 2 usage", async () => {
    const dir = planDir({
      "yaml.yaml": "tier: commune\n\tissuer: x\n",
      "schema.yaml": MINIMAL_PLAN.replace("tier: commune", "tier: ubnd"),
      "template.yaml": MINIMAL_PLAN.replace("title: Tổ chức", "title: Tổ chức {{#if x}}"),
      "render.yaml": MINIMAL_PLAN.replace("title: Tổ chức", "title: Tổ chức {{vars.nam}}"),
      "nd30.yaml": MINIMAL_PLAN.replace("title: Tổ chức các hoạt động văn hóa, thể thao năm 2026", "title: TỔ CHỨC CÁC HOẠT ĐỘNG NĂM 2026"),
    });
    const code = async (...argv: string[]) => (await runMain(argv, { cwd: dir })).code;
    expect(await code("validate", "yaml.yaml")).toBe(3);
    expect(await code("validate", "schema.yaml")).toBe(4);
    expect(await code("validate", "template.yaml")).toBe(5);
    expect(await code("validate", "render.yaml")).toBe(6);
    expect(await code("validate", "missing.yaml")).toBe(7);
    expect(await code("validate", "nd30.yaml")).toBe(9);
    expect(await code("validate", "schema.yaml", "--format", "xml")).toBe(2);
    expect(await code("validate")).toBe(2);
  });

  it("checks overriding templates too (--templates), pointing at the template file's line and column", async () => {
    const dir = planDir({ "plan.yaml": MINIMAL_PLAN });
    const override = path.join(dir, "mau", "commune");
    mkdirSync(override, { recursive: true });
    writeFileSync(path.join(override, "closing.hbs"), "Trên đây là Kế hoạch\n  của {{#if issuer.name}}{{issuer.name}}{{/iff}}.\n");
    const run = await runMain(["validate", "plan.yaml", "--templates", "mau"], { cwd: dir });
    expect(run.code).toBe(5);
    expect(run.stderr).toContain("mau/commune/closing.hbs:2:10  lỗi  template-syntax  khối {{#if}} lại được đóng bằng {{/iff}}\n2 |   của {{#if issuer.name}}{{issuer.name}}{{/iff}}.\n             ^");
    expect(existsSync(path.join(dir, "plan.docx"))).toBe(false);
  });

  it("reports the NFC notice once, also when the plan has errors", async () => {
    const dir = planDir({
      "ok.yaml": MINIMAL_PLAN.normalize("NFD"),
      "bad.yaml": MINIMAL_PLAN.replace("tier: commune", "tier: ubnd").normalize("NFD"),
    });
    for (const file of ["ok.yaml", "bad.yaml"]) {
      const run = await runMain(["validate", file, "--format", "json"], { cwd: dir });
      const notices = (JSON.parse(run.stdout) as { diagnostics: JsonDiagnostic[] }).diagnostics.filter((d) => d.severity === "notice");
      expect(notices).toEqual([{ severity: "notice", code: "input-cleaned", message: "văn bản chưa ở dạng Unicode dựng sẵn (NFC); đã chuẩn hóa", file }]);
    }
  });
});
