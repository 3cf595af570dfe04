import { readDocxPackage } from "../../src/ooxml/package.js";
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { checkDocx } from "../../src/check/check-docx.js";
import { importDocx } from "../../src/import/import-docx.js";
import { buildBytes, XA_EXAMPLE } from "../check/bases.js";
import { prepareYaml, renderYaml } from "../helpers/build.js";
import { convertToPdf } from "../helpers/libreoffice.js";
import { runMain, tempDir } from "../helpers/main-io.js";
import { ROOT } from "../helpers/run-cli.js";
import { docxBodyText, wordSimilarity } from "../helpers/word-similarity.js";

/**
 * Documents kehoach did not write itself: an example re-saved by LibreOffice (as .docx and as
 * .odt, the latter imported through LibreOffice again), and a Kế hoạch typed in Markdown and
 * converted by pandoc. Each imports, rebuilds ND30-clean and keeps the words in order.
 */
/** E rules failing on a rebuilt DOCX, at the levels the plan sets (rules kept as in the original are warnings). */
const errorsOf = (bytes: Uint8Array, yaml: string) =>
  checkDocx(bytes, { levels: prepareYaml(yaml).plan.rules ?? {} }).results.filter((r) => r.level === "E" && r.status === "FAIL").map((r) => r.id);

async function roundTrip(bytes: Uint8Array): Promise<{ similarity: number; errors: string[] }> {
  const imported = importDocx(bytes);
  const rebuilt = await renderYaml(imported.yaml, { sourceDateEpoch: "0" });
  return { similarity: wordSimilarity(docxBodyText(bytes), docxBodyText(rebuilt.bytes)), errors: errorsOf(rebuilt.bytes, imported.yaml) };
}

describe("documents from other tools", () => {
  let dir: string;
  let original: Uint8Array;

  beforeAll(async () => {
    dir = tempDir("kh-import-tools-");
    mkdirSync(path.join(dir, "in"));
    mkdirSync(path.join(dir, "out"));
    original = await buildBytes(XA_EXAMPLE);
    writeFileSync(path.join(dir, "in", "xa.docx"), original);
    writeFileSync(path.join(dir, "in", "sct.docx"), readFileSync(path.join(ROOT, "test/fixtures/real-docx/sct-lao-cai-kh-3024-2026.docx")));
    convertToPdf([path.join(dir, "in", "xa.docx"), path.join(dir, "in", "sct.docx")], path.join(dir, "out"), "docx:MS Word 2007 XML");
    convertToPdf([path.join(dir, "in", "xa.docx")], path.join(dir, "out"), "odt");
    execFileSync("pandoc", [path.join(ROOT, "test/fixtures/check/pandoc-plan.md"), "-o", path.join(dir, "out", "pandoc.docx")], { timeout: 60_000 });
    const withNote = readFileSync(path.join(ROOT, "test/fixtures/check/pandoc-plan.md"), "utf8").replace("ngày lễ lớn.", "ngày lễ lớn[^1].") + "\n[^1]: Theo Kế hoạch số 153/KH-UBND của tỉnh.\n";
    writeFileSync(path.join(dir, "in", "note.md"), withNote);
    execFileSync("pandoc", [path.join(dir, "in", "note.md"), "-o", path.join(dir, "out", "note.docx")], { timeout: 60_000 });
  });

  it("an example re-saved by LibreOffice as DOCX", async () => {
    const { similarity, errors } = await roundTrip(readFileSync(path.join(dir, "out", "xa.docx")));
    console.log(`word-order similarity, LibreOffice re-save: ${similarity.toFixed(4)}`);
    expect(errors).toEqual([]);
    expect(similarity).toBe(1);
  });

  it("a real Word plan re-saved by LibreOffice (table borders moved to the cells): the appendix table is still a table", async () => {
    const bytes = readFileSync(path.join(dir, "out", "sct.docx"));
    const imported = importDocx(bytes);
    expect(imported.yaml).toMatch(/^    table:\n      numbered: true\n      columns:\n        - \{ title: TT, width: \d+ \}$/m);
    const { similarity, errors } = await roundTrip(bytes);
    console.log(`word-order similarity, real plan re-saved by LibreOffice: ${similarity.toFixed(4)}`);
    expect(errors).toEqual([]);
    expect(similarity).toBeGreaterThanOrEqual(0.98);
  });

  it("an example saved as .odt, imported through LibreOffice", async () => {
    const run = await runMain(["import", path.join(dir, "out", "xa.odt"), "-o", path.join(dir, "odt.yaml")], { env: { PATH: process.env.PATH } });
    expect(run.code).toBe(0);
    const yaml = readFileSync(path.join(dir, "odt.yaml"), "utf8");
    const rebuilt = await renderYaml(yaml, { sourceDateEpoch: "0" });
    expect(errorsOf(rebuilt.bytes, yaml)).toEqual([]);
    expect(wordSimilarity(docxBodyText(original), docxBodyText(rebuilt.bytes))).toBe(1);
  });

  it("a Kế hoạch written in Markdown and converted by pandoc", async () => {
    const bytes = readFileSync(path.join(dir, "out", "pandoc.docx"));
    // No "Trên đây là …" sentence: the content ends with its last bullet, which keeps the "./.".
    expect(importDocx(bytes).yaml).toMatch(/^closing: false$/m);
    const { similarity, errors } = await roundTrip(bytes);
    console.log(`word-order similarity, pandoc: ${similarity.toFixed(4)}`);
    expect(errors).toEqual([]);
    expect(similarity).toBeGreaterThanOrEqual(0.98);
  });

  it("a footnote becomes a [^id] marker at its place and a footnotes: entry, and rebuilds as a Word footnote", async () => {
    const bytes = readFileSync(path.join(dir, "out", "note.docx"));
    const imported = importDocx(bytes);
    expect(imported.yaml).toMatch(/ngày lễ lớn\[\^(\w+)\]\./);
    const id = /ngày lễ lớn\[\^(\w+)\]\./.exec(imported.yaml)![1]!;
    expect(imported.plan.footnotes).toEqual({ [id]: "Theo Kế hoạch số 153/KH-UBND của tỉnh." });
    expect(imported.yaml).not.toContain("# Chú thích cuối trang");
    expect(imported.notes.filter((n) => n.kind === "text").map((n) => n.message.en)).toEqual([]);
    const rebuilt = await renderYaml(imported.yaml, { sourceDateEpoch: "0" });
    const notes = readDocxPackage(rebuilt.bytes).text("word/footnotes.xml") ?? "";
    expect(notes).toMatch(/<w:footnote w:id="1">.*Theo Kế hoạch số 153\/KH-UBND của tỉnh\./s);
    expect(readDocxPackage(rebuilt.bytes).text("word/document.xml")).toMatch(/ngày lễ lớn<\/w:t>(?:(?!<w:t[ >]).)*<w:footnoteReference w:id="1"\/>/s);
    expect(errorsOf(rebuilt.bytes, imported.yaml)).toEqual([]);
  });
});
