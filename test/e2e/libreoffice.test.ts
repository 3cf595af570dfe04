import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildPlanFile } from "../../src/index.js";
import { EXAMPLES, OWN_EXAMPLES, PLANS } from "../helpers/examples.js";
import { checkDocx } from "../../src/check/check-docx.js";
import { findSoffice } from "../../src/pdf/find-soffice.js";
import { finalizePdf } from "../../src/pdf/pdf-metadata.js";
import { convertPool } from "../../src/pdf/soffice-pool.js";
import { pdfTarget } from "../../src/pdf/to-pdf.js";
import { readPdf, type PdfPage } from "../helpers/libreoffice.js";
import { gappedPages, pageFills, readPageBoxes, sectionEnds, type PageBoxes } from "../helpers/page-fill.js";
import { firstMissingWord, seedWords, words } from "../helpers/seed-words.js";

const out = mkdtempSync(path.join(tmpdir(), "kh-lo-"));
const pdfs = new Map<string, PdfPage[]>();
const boxes = new Map<string, PageBoxes[]>();
const pdfName = (plan: string) => path.basename(plan).replace(/\.yaml$/, "");

beforeAll(async () => {
  const docxFiles: string[] = [];
  for (const plan of [...EXAMPLES.map((e) => e.plan), ...OWN_EXAMPLES.map((e) => e.plan), ...PLANS]) {
    const file = path.join(out, `${pdfName(plan)}.docx`);
    writeFileSync(file, (await buildPlanFile(plan)).bytes);
    docxFiles.push(file);
  }
  // kehoach's own PDF path (the pool of `batch --pdf`, two processes), so these assertions are on what users get.
  const failures: string[] = [];
  await convertPool(
    docxFiles.map((docx) => ({ docx })),
    {
      soffice: findSoffice(),
      processes: 2,
      timeoutMs: 240_000,
      target: pdfTarget(false),
      onPdf: async (i, pdf) => writeFileSync(docxFiles[i]!.replace(/\.docx$/, ".pdf"), await finalizePdf(pdf, readFileSync(docxFiles[i]!))),
      onFail: (i, reason) => void failures.push(`${docxFiles[i]}: ${reason.en}`),
    },
  );
  expect(failures).toEqual([]);
  for (const file of docxFiles) {
    const name = path.basename(file, ".docx");
    pdfs.set(name, readPdf(path.join(out, `${name}.pdf`)));
    boxes.set(name, readPageBoxes(path.join(out, `${name}.pdf`)));
  }
}, 300_000);

describe.each(EXAMPLES)("LibreOffice opens $name", (example) => {
  const pages = () => pdfs.get(example.name)!;

  it(`lays it out on ${example.pages} pages of A4`, () => {
    expect(pages()).toHaveLength(example.pages);
  });

  it("embeds every font (pdffonts)", () => {
    const rows = execFileSync("pdffonts", [path.join(out, `${example.name}.pdf`)], { encoding: "utf8" }).trim().split("\n").slice(2);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.split(/\s+/).at(-5), row).toBe("yes");
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

  it("leaves no page half empty: every page but a section's last has text in the bottom fifth", () => {
    const pages = boxes.get(example.name)!;
    expect(sectionEnds(pages)).toContain(pages.length);
    expect(gappedPages(pageFills(pages), sectionEnds(pages))).toEqual([]);
  });

  it("numbers the following pages at the top, from 2", () => {
    const portrait = pages().filter((p) => !p.landscape);
    portrait.slice(1).forEach((page, i) => {
      expect(page.text.trimStart().split("\n")[0]).toBe(String(i + 2));
    });
  });
});

describe.each(OWN_EXAMPLES)("LibreOffice opens the written example $name", (example) => {
  it(`lays it out on ${example.pages} pages with no page half empty, and kehoach check passes it`, () => {
    const pages = boxes.get(example.name)!;
    expect(pages).toHaveLength(example.pages);
    expect(gappedPages(pageFills(pages), sectionEnds(pages))).toEqual([]);
    const report = checkDocx(readFileSync(path.join(out, `${example.name}.docx`)));
    expect(report.results.filter((r) => r.status === "FAIL" && r.level === "E").map((r) => r.id)).toEqual([]);
  });
});

describe("LibreOffice opens the starter plans", () => {
  it.each(PLANS.map((p) => pdfName(p)))("%s converts and carries its signature block", (name) => {
    const text = pdfs.get(name)!.map((p) => p.text).join("\n");
    expect(text).toContain("Nơi nhận:");
    expect(text).toMatch(/Lưu: VT/);
  });
});
