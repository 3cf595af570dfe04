import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { KehoachError } from "../../src/errors.js";
import { importDocx, SCHEMA_HAS } from "../../src/import/import-docx.js";
import { plainPlan } from "../../src/import/plain-plan.js";
import { stringify } from "yaml";
import { buildBytes, XA_EXAMPLE } from "../check/bases.js";
import { DocxEdit, editParagraph } from "../check/docx-edit.js";
import { prepareYaml, renderYaml } from "../helpers/build.js";

/**
 * Input that is not a tidy Kế hoạch is handled as `check` handles it: a file that is not a DOCX
 * is a KehoachError "io" (exit 7); any readable DOCX gives a plan that validates and builds,
 * with notes saying what was guessed, and every word of it kept somewhere in the YAML.
 */
const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const docx = (body: string): Uint8Array =>
  zipSync({
    "[Content_Types].xml": strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
    "word/document.xml": strToU8(`<?xml version="1.0"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`),
  });
const para = (text: string, bold = false) => `<w:p><w:r>${bold ? "<w:rPr><w:b/></w:rPr>" : ""}<w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

function ioCode(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    return err instanceof KehoachError ? `${err.code}:${err.diagnostics[0]?.code}` : `other:${String(err)}`;
  }
  return undefined;
}

describe("hostile and odd input", () => {
  it("bytes that are not a DOCX: io errors, as check reports them", () => {
    expect(ioCode(() => importDocx(strToU8("just text")))).toBe("io:docx-not-zip");
    expect(ioCode(() => importDocx(new Uint8Array()))).toMatch(/^io:/);
    expect(ioCode(() => importDocx(zipSync({ "a.txt": strToU8("x") })))).toBe("io:docx-no-document");
    expect(ioCode(() => importDocx(zipSync({ "word/document.xml": strToU8("<w:document><unclosed") })))).toMatch(/^io:/);
  });

  it("an empty document still gives a plan that validates, every field guessed", async () => {
    const result = importDocx(docx(""));
    expect(() => prepareYaml(result.yaml)).not.toThrow();
    expect(result.notes.filter((n) => n.kind === "guessed").map((n) => n.path.join("."))).toEqual(expect.arrayContaining(["title", "date", "signer.name"]));
  });

  it("plain paragraphs without any ND30 structure: all words kept, the plan builds", async () => {
    const texts = ["Báo cáo tình hình", "Năm 2026 các đơn vị đã làm tốt công việc.", "Đề nghị tiếp tục phát huy {{ không phải mẫu }} và *dấu sao*."];
    const result = importDocx(docx(texts.map((s, i) => para(s, i === 0)).join("")));
    const built = await renderYaml(result.yaml, { sourceDateEpoch: "0" });
    expect(built.bytes.length).toBeGreaterThan(1000);
    const yamlText = result.yaml;
    expect(yamlText).toContain("Năm 2026 các đơn vị đã làm tốt công việc.");
    expect(yamlText).toContain("\\{{ không phải mẫu }}");
    expect(yamlText).toContain("\\*dấu sao\\*");
  });

  it("a paragraph the mapping has no place for (between the header and KẾ HOẠCH) is reported and copied into the YAML", async () => {
    const edit = new DocxEdit(await buildBytes(XA_EXAMPLE));
    edit.document((x) => x.replace(/<w:p>(?=(?:(?!<w:p>)[\s\S])*?KẾ HOẠCH<)/, `${para("Dự thảo lần 2 để xin ý kiến")}<w:p>`));
    const result = importDocx(edit.bytes());
    expect(result.yaml).toMatch(/^# Đoạn \d+ chưa có chỗ trong kế hoạch \(chép nguyên văn\): Dự thảo lần 2 để xin ý kiến$/m);
    expect(result.notes.filter((n) => n.kind === "text").map((n) => n.message.en)).toEqual([expect.stringContaining('found no place in the plan, copied at the top of the YAML: "Dự thảo lần 2 để xin ý kiến"')]);
  });

  it("the last-resort plan (used when the mapping fails) keeps every paragraph in order and builds", async () => {
    const paras = ["Một", "Hai {{x}}", "*Ba*"].map((text, i) => ({ p: undefined as never, runs: [{ text, bold: i === 0, italic: false }], text, number: i + 1 }));
    const plan = plainPlan(paras, "2026", SCHEMA_HAS.organization ? "organization" : "commune");
    expect(plan.sections).toEqual([{ label: "", title: "**Một**", body: "Hai \\{{x}}\n\\*Ba\\*" }]);
    const built = await renderYaml(stringify(plan), { sourceDateEpoch: "0" });
    expect(built.bytes.length).toBeGreaterThan(1000);
  });

  it("a line under the signer's name becomes signer.below", async () => {
    const edit = new DocxEdit(await buildBytes(XA_EXAMPLE));
    edit.document((x) => editParagraph(x, "Lê Văn Hưởng", (p) => `${p}${para("Điện thoại: 0912 345 678")}`));
    const result = importDocx(edit.bytes());
    expect(result.plan.signer).toEqual({ name: "Lê Văn Hưởng", below: ["Điện thoại: 0912 345 678"] });
  });

  it("a kehoach document with its body paragraphs turned into a huge nested table still imports", async () => {
    const edit = new DocxEdit(await buildBytes(XA_EXAMPLE));
    edit.document((x) => x.replace(/(<w:p>|<w:p )/, (m) => `<w:tbl><w:tr><w:tc><w:tbl><w:tr><w:tc>${para("Ô lồng trong bảng")}</w:tc></w:tr></w:tbl></w:tc></w:tr></w:tbl>${m}`));
    const result = importDocx(edit.bytes());
    expect(result.yaml).toContain("Ô lồng trong bảng");
  });
});
