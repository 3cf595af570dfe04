import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildPlanFile } from "../../src/index.js";
import { EXAMPLES, PLANS } from "../helpers/examples.js";
import { convertToPdf, readPdf, type PdfPage } from "../helpers/libreoffice.js";
import { firstMissingWord, seedWords, words } from "../helpers/seed-words.js";

const out = mkdtempSync(path.join(tmpdir(), "kh-lo-"));
const pdfs = new Map<string, PdfPage[]>();
const pdfName = (plan: string) => path.basename(plan).replace(/\.yaml$/, "");

beforeAll(async () => {
  const docxFiles: string[] = [];
  for (const plan of [...EXAMPLES.map((e) => e.plan), ...PLANS]) {
    const file = path.join(out, `${pdfName(plan)}.docx`);
    writeFileSync(file, (await buildPlanFile(plan)).bytes);
    docxFiles.push(file);
  }
  convertToPdf(docxFiles, out);
  for (const file of docxFiles) {
    const name = path.basename(file, ".docx");
    pdfs.set(name, readPdf(path.join(out, `${name}.pdf`)));
  }
}, 300_000);

describe.each(EXAMPLES)("LibreOffice opens $name", (example) => {
  const pages = () => pdfs.get(example.name)!;

  it(`lays it out on ${example.pages} pages of A4`, () => {
    expect(pages()).toHaveLength(example.pages);
  });

  it("shows every word of the original plan, in order", () => {
    const output = words(pages().map((p) => p.text).join("\n"));
    expect(firstMissingWord(seedWords(example.seed, example.corrections), output)).toBeUndefined();
  });

  it("prints the national title and motto on page 1, and no page number there", () => {
    const first = pages()[0]!.text;
    expect(first).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(first).toContain("Độc lập - Tự do - Hạnh phúc");
    expect(first).toContain("KẾ HOẠCH");
    expect(first.trimStart()).not.toMatch(/^1\s/);
  });

  it("numbers the following pages at the top, from 2", () => {
    const portrait = pages().filter((p) => !p.landscape);
    portrait.slice(1).forEach((page, i) => {
      expect(page.text.trimStart().split("\n")[0]).toBe(String(i + 2));
    });
  });
});

describe("LibreOffice opens the starter plans", () => {
  it.each(PLANS.map((p) => pdfName(p)))("%s converts and carries its signature block", (name) => {
    const text = pdfs.get(name)!.map((p) => p.text).join("\n");
    expect(text).toContain("Nơi nhận:");
    expect(text).toMatch(/Lưu: VT/);
  });
});
