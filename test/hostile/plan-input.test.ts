import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MINIMAL_PLAN } from "../helpers/build.js";
import { expectHandled, runMeasured } from "../helpers/hostile.js";
import { tempDir } from "../helpers/main-io.js";

/**
 * Issue 11, the plan side: each hostile input of the issue's table (or one of its kind) ends
 * within 10 s and 1 GB, measured in a child process, with a clear message, its documented exit
 * code (docs/limits.md), and the output path untouched.
 */
const OLD = "bản cũ, không được ghi đè";

const withBody = (body: string): string => MINIMAL_PLAN.replace("    body: |\n      - Tổ chức tốt các hoạt động.\n", `    body: ${JSON.stringify(body)}\n`);

/** `build` (and `validate` too where the issue saw them differ): same exit, same message, output untouched. */
function buildAndValidate(yaml: string, exit: number, message: string | RegExp, commands: readonly ("build" | "validate")[] = ["build"]): void {
  const dir = tempDir();
  const plan = path.join(dir, "plan.yaml");
  writeFileSync(plan, yaml);
  const out = path.join(dir, "plan.docx");
  writeFileSync(out, OLD);
  for (const command of commands) {
    const run = runMeasured(command === "build" ? ["build", plan, "-o", out] : ["validate", plan]);
    expectHandled(run, exit, message);
  }
  expect(readFileSync(out, "utf8")).toBe(OLD);
  expect(readdirSync(dir).sort()).toEqual(["plan.docx", "plan.yaml"]);
}

describe("hostile plans end in bounded time and memory with a clear error", () => {
  it.each([
    ['{{roman "Infinity"}}', 'plan.yaml:9:12  lỗi  template-helper-value  {{roman "Infinity"}}: "Infinity" không phải số nguyên'],
    ['{{roman "1e300"}}', "plan.yaml:9:12  lỗi  template-helper-value  {{roman}} cần một số nguyên từ 1 đến 3999, nhận được 1e300"],
    ["{{roman 0}}", "plan.yaml:9:12  lỗi  template-helper-value  {{roman}} cần một số nguyên từ 1 đến 3999, nhận được 0"],
    ['{{day "1e999"}}', 'plan.yaml:9:12  lỗi  template-helper-value  {{day "1e999"}}: "1e999" không phải số nguyên'],
    ["{{month 13}}", "plan.yaml:9:12  lỗi  template-helper-value  {{month}} cần một số nguyên từ 1 đến 12, nhận được 13"],
  ])("%s: exit 6, located at the call", (body, message) => {
    buildAndValidate(withBody(body), 6, message);
  });

  it("200,000 {{tier}} in one field (1.6 MB plan): exit 5, the expression limit", () => {
    buildAndValidate(withBody("{{tier}} ".repeat(200_000)), 5, "template-limit  mẫu có hơn 2.000 biểu thức {{…}} (giới hạn một trường)", ["validate", "build"]);
  });

  it("1,999 {{tier}} in each of 20 fields: exit 5, the document's expression limit", () => {
    const sections = Array.from({ length: 20 }, (_, i) => `  - title: Mục ${i}\n    body: ${JSON.stringify(`${"{{tier}} ".repeat(1_999)}${i}`)}\n`).join("");
    buildAndValidate(MINIMAL_PLAN.replace(/sections:\n[\s\S]*?recipients:/, `sections:\n${sections}recipients:`), 5, "các mẫu của văn bản có hơn 5.000 biểu thức {{…}}");
  });

  it("199 aliases of a 22 KB anchor in a 4.6 MB plan: exit 3 in validate and build, the expanded size", () => {
    const para = "Tuyên truyền sâu rộng đến cán bộ, công chức, viên chức và Nhân dân trên địa bàn. ".repeat(270);
    const filler = Array.from({ length: 38 }, (_, i) => `  - title: Mục ${i}\n    body: |\n${`      - ${para}\n`.repeat(4)}`).join("");
    const yaml = `${MINIMAL_PLAN.replace(/sections:\n[\s\S]*?recipients:/, `sections:\n  - &big\n    title: Mục lớn\n    body: ${JSON.stringify(para)}\n${"  - *big\n".repeat(199)}${filler}recipients:`)}`;
    expect(Buffer.byteLength(yaml)).toBeGreaterThan(4_000_000);
    expect(Buffer.byteLength(yaml)).toBeLessThan(5 * 1024 * 1024);
    buildAndValidate(yaml, 3, "yaml-too-large-expanded  kế hoạch có hơn 6.000.000 ký tự khi mở rộng các tham chiếu (*alias)", ["validate", "build"]);
  });

  it("partials that call each other twice, 40 deep (2^40 expansions): exit 5", () => {
    let p = '{{#*inline "p0"}}xxxxxxxxxx{{/inline}}';
    for (let i = 1; i < 40; i++) p += `{{#*inline "p${i}"}}{{> p${i - 1}}}{{> p${i - 1}}}{{/inline}}`;
    buildAndValidate(withBody(`${p}{{> p39}}`), 5, "template-limit  mẫu con (partial) gọi lồng nhau quá 32 cấp");
  });

  it("partials that call each other twice, 30 deep (within the depth limit): exit 5, the expansion limit", () => {
    let p = '{{#*inline "p0"}}xxxxxxxxxx{{/inline}}';
    for (let i = 1; i < 30; i++) p += `{{#*inline "p${i}"}}{{> p${i - 1}}}{{> p${i - 1}}}{{/inline}}`;
    buildAndValidate(withBody(`${p}{{> p29}}`), 5, "template-limit  mẫu chạy quá 100.000 lượt trợ giúp, khối hoặc mẫu con trong một trường");
  });

  it("three nested {{#each}} over a 1,000-item list: exit 5", () => {
    const yaml = `${withBody("{{#each vars.l}}{{#each @root.vars.l}}{{#each @root.vars.l}}x{{/each}}{{/each}}{{/each}}")}vars:\n  l: [${Array(1000).fill(1).join(",")}]\n`;
    buildAndValidate(yaml, 5, "template-limit  mẫu chạy quá 100.000 lượt trợ giúp, khối hoặc mẫu con trong một trường");
  });

  it("one {{#each}} whose output passes a million characters: exit 5", () => {
    const yaml = `${withBody("{{#each vars.l}}{{@root.vars.s}}{{/each}}")}vars:\n  s: ${"x".repeat(20_000)}\n  l: [${Array(60).fill(1).join(",")}]\n`;
    buildAndValidate(yaml, 5, "template-limit  mẫu sinh ra hơn 1.000.000 ký tự trong một trường");
  });

  it("5,000 nested {{#if}}: exit 5", () => {
    buildAndValidate(withBody(`${"{{#if tier}}".repeat(5000)}x${"{{/if}}".repeat(5000)}`), 5, "template-limit  mẫu lồng hơn 64 khối {{#…}} vào nhau");
  });

  it("a 50,000-row appendix table (1.5 MB): exit 3, too many items to parse", () => {
    const rows = Array.from({ length: 50_000 }, (_, i) => `        - [Việc ${i}, x]\n`).join("");
    const yaml = `${MINIMAL_PLAN}appendices:\n  - title: Bảng\n    table:\n      columns: [{title: STT}, {title: Nội dung}, {title: Ghi chú}]\n      rows:\n${rows}`;
    buildAndValidate(yaml, 3, "input-too-complex  tệp có quá nhiều dòng hoặc phần tử");
  });

  it("a 6,000-row appendix table: exit 4, located at the first row past the limit", () => {
    const rows = Array.from({ length: 6_000 }, (_, i) => `        - [Việc ${i}, x]\n`).join("");
    const yaml = `${MINIMAL_PLAN}appendices:\n  - title: Bảng\n    table:\n      columns: [{title: STT}, {title: Nội dung}, {title: Ghi chú}]\n      rows:\n${rows}`;
    const line = MINIMAL_PLAN.split("\n").length + 5 + 5_000;
    buildAndValidate(yaml, 4, `plan.yaml:${line}:11  lỗi  schema-too-many-rows  bảng có 6.000 dòng; một bảng phụ lục có tối đa 5.000 dòng`);
  });

  it.each([
    ["U+FFFE written raw", withBody("Tổ chức\uFFFE tốt"), "plan.yaml:9:19"],
    ["U+FFFF as an escape", MINIMAL_PLAN.replace("    body: |\n      - Tổ chức tốt các hoạt động.\n", '    body: "Tổ chức \\uFFFF"\n'), "plan.yaml:9:11"],
    ["a C0 control (U+0001) as an escape in the title", MINIMAL_PLAN.replace(/title: [^\n]*/, 'title: "Tổ\\x01 chức các hoạt động"'), "plan.yaml:6:8"],
    ["a lone surrogate as an escape", MINIMAL_PLAN.replace("    body: |\n      - Tổ chức tốt các hoạt động.\n", '    body: "Tổ chức \\uD800"\n'), "plan.yaml:9:11"],
  ])("%s: exit 3, located, nothing written", (_name, yaml, where) => {
    const name = /U\+[0-9A-F]{4}/.exec(_name)?.[0] ?? "U+D800";
    buildAndValidate(yaml, 3, `${where}  lỗi  input-xml-illegal-char  ký tự ${name} không được phép trong văn bản Word (XML 1.0)`);
  });
});

describe("long plain text is laid out in bounded time (no limit needed)", () => {
  const sentence = "Tuyên truyền sâu rộng đến cán bộ, công chức. ";
  it.each([
    ["a 900 KB trích yếu (balanced line breaking gives way to greedy wrapping)", MINIMAL_PLAN.replace(/title: [^\n]*/, `title: ${sentence.repeat(20_000)}`)],
    ["a 3 MB paragraph of plain text", withBody(sentence.repeat(65_000))],
  ])("%s: exit 0", (_name, yaml) => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "plan.yaml"), yaml);
    expectHandled(runMeasured(["build", "plan.yaml", "-o", "out.docx"], { cwd: dir }), 0, "✔ plan.yaml → out.docx");
  });
});

describe("inputs that are not regular files are refused at once", () => {
  it("validate /dev/zero: exit 7, not read", () => {
    expectHandled(runMeasured(["validate", "/dev/zero"]), 7, "/dev/zero  lỗi  io-not-regular  đây là thiết bị (như /dev/zero), không phải tệp thường");
  });

  it("a plan that is a link to /dev/zero, and build: exit 7", () => {
    const dir = tempDir();
    symlinkSync("/dev/zero", path.join(dir, "plan.yaml"));
    expectHandled(runMeasured(["build", "plan.yaml", "-o", "out.docx"], { cwd: dir }), 7, "io-not-regular");
    expect(existsSync(path.join(dir, "out.docx"))).toBe(false);
  });

  it("a plan that is a FIFO nobody writes to: exit 7, no wait", () => {
    const dir = tempDir();
    execFileSync("mkfifo", [path.join(dir, "plan.yaml")]);
    expectHandled(runMeasured(["validate", "plan.yaml"], { cwd: dir }), 7, "đây là ống dẫn có tên (FIFO), không phải tệp thường");
  });

  it("a template that is a FIFO, a dangling link in partials/, a missing --templates folder: clear errors", () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "plan.yaml"), MINIMAL_PLAN);
    mkdirSync(path.join(dir, "t", "common"), { recursive: true });
    execFileSync("mkfifo", [path.join(dir, "t", "common", "closing.hbs")]);
    expectHandled(runMeasured(["build", "plan.yaml", "-o", "out.docx", "--templates", "t"], { cwd: dir }), 5, /closing\.hbs  lỗi  template-file  đây là ống dẫn có tên \(FIFO\)/);

    mkdirSync(path.join(dir, "u", "partials"), { recursive: true });
    symlinkSync(path.join(dir, "nowhere.hbs"), path.join(dir, "u", "partials", "ky.hbs"));
    expectHandled(runMeasured(["build", "plan.yaml", "-o", "out.docx", "--templates", "u"], { cwd: dir }), 5, /ky\.hbs  lỗi  template-file  liên kết \(symlink\) trỏ tới tệp không tồn tại/);

    expectHandled(runMeasured(["build", "plan.yaml", "-o", "out.docx", "--templates", "/no/such/dir"], { cwd: dir }), 7, "/no/such/dir  lỗi  templates-dir  không tìm thấy thư mục mẫu (--templates)");
    expectHandled(runMeasured(["build", "plan.yaml", "-o", "out.docx", "--templates", "plan.yaml"], { cwd: dir }), 7, "templates-dir  --templates phải là một thư mục");
    expect(existsSync(path.join(dir, "out.docx"))).toBe(false);
  });

  it("a template that is not UTF-8: exit 5", () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "plan.yaml"), MINIMAL_PLAN);
    mkdirSync(path.join(dir, "t", "common"), { recursive: true });
    writeFileSync(path.join(dir, "t", "common", "closing.hbs"), Buffer.from("K\xea ho\xb8ch", "latin1"));
    expectHandled(runMeasured(["build", "plan.yaml", "-o", "out.docx", "--templates", "t"], { cwd: dir }), 5, "mẫu không phải văn bản UTF-8");
  });
});
