import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkDocx } from "../../src/check/check-docx.js";
import { importDocx } from "../../src/import/import-docx.js";
import { placeDateLine } from "../../src/layout/build-layout.js";
import { dateWords } from "../../src/render/date-line.js";
import { textWidthMm } from "../../src/layout/measure-text.js";
import { CELL_PADDING_MM, HEADER_COLUMNS_MM } from "../../src/layout/page-grid.js";
import { dumpDocx, MINIMAL_PLAN, renderYaml } from "../helpers/build.js";
import { convertToPdf } from "../helpers/libreoffice.js";
import { tempDir } from "../helpers/main-io.js";

const COLUMN_MM = HEADER_COLUMNS_MM[1] - 2 * CELL_PADDING_MM;

/** Three lines: short; too wide at 14 pt but not at 13 pt; too wide even at 13 pt. */
const CASES = [
  { name: "short", issuer: "xã Thất Khê", place: "Thất Khê", date: "2026-01-09" },
  { name: "13pt", issuer: "phường Lương Văn Tri", place: "Phường Lương Văn Tri", date: "2026-12-15" },
  // The batch-lang-son case: day left blank for the văn thư (no-break spaces).
  { name: "two-lines", issuer: "phường Lương Văn Tri", place: "Phường Lương Văn Tri", date: "2026-05" },
] as const;

const planFor = (c: (typeof CASES)[number]): string =>
  MINIMAL_PLAN.replace("name: Ủy ban nhân dân xã Thất Khê\n", `name: Ủy ban nhân dân ${c.issuer}\nplace: ${c.place}\n`).replace("date: 2026-01-09", `date: ${c.date}`);

describe("the place-and-date line (ô 4) in the right header column", () => {
  it("stays at 14 pt when it fits, drops to 13 pt (ND30 allows 13–14) when it would wrap, and breaks after the place's comma when even 13 pt is too wide", () => {
    const short = placeDateLine("Thất Khê", "ngày 09 tháng 01 năm 2026");
    expect(short).toEqual({ placeDateLines: ["Thất Khê, ngày 09 tháng 01 năm 2026"], placeDateSizePt: 14 });

    const december = "ngày 15 tháng 12 năm 2026";
    const medium = placeDateLine("Phường Lương Văn Tri", december);
    expect(textWidthMm(`Phường Lương Văn Tri, ${december}`, 14, { italic: true })).toBeGreaterThan(COLUMN_MM);
    expect(medium).toEqual({ placeDateLines: [`Phường Lương Văn Tri, ${december}`], placeDateSizePt: 13 });

    const blankDay = dateWords({ year: 2026, month: 5 });
    const long = placeDateLine("Phường Lương Văn Tri", blankDay);
    expect(long).toEqual({ placeDateLines: ["Phường Lương Văn Tri,", blankDay], placeDateSizePt: 14 });
    for (const line of long.placeDateLines) expect(textWidthMm(line, 14, { italic: true })).toBeLessThanOrEqual(COLUMN_MM);
  });

  it("writes the chosen size into the DOCX, and check reads each form as a valid date line", async () => {
    for (const c of CASES) {
      const { bytes, layout } = await renderYaml(planFor(c));
      const dump = dumpDocx(bytes);
      const size = layout.header.placeDateSizePt;
      const first = layout.header.placeDateLines[0]!;
      expect(dump, c.name).toContain(`[center ${size} sp 8/0] *${first}`);
      const report = checkDocx(bytes);
      expect(report.results.filter((r) => r.status === "FAIL").map((r) => [r.id, r.findings.map((f) => f.message.vi)]), c.name).toEqual([]);
      expect(report.ok, c.name).toBe(true);
      // import reads the line back, whichever form it took, and the rebuild prints it the same way
      const imported = importDocx(bytes);
      expect(imported.plan.date, c.name).toBe(c.date);
      expect((await renderYaml(imported.yaml)).layout.header, c.name).toMatchObject({ placeDateLines: layout.header.placeDateLines, placeDateSizePt: size });
    }
  });

  it("prints on one line in LibreOffice at 14 or 13 pt, and as place / date on two lines when too wide", async () => {
    const dir = tempDir("kh-place-date-");
    const files = [];
    for (const c of CASES) {
      const file = path.join(dir, `${c.name}.docx`);
      writeFileSync(file, (await renderYaml(planFor(c))).bytes);
      files.push(file);
    }
    convertToPdf(files, dir);
    const lineOf = (name: string): Map<string, number> => {
      const html = execFileSync("pdftotext", ["-bbox", "-f", "1", "-l", "1", path.join(dir, `${name}.pdf`), "-"], { encoding: "utf8" });
      const words = [...html.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]*)</g)].map((m) => [m[2]!, Math.round(Number(m[1]))] as const);
      return new Map(words.filter(([w]) => ["ngày", "2026", "Khê,", "Tri,"].includes(w)).reverse());
    };
    const short = lineOf("short");
    expect(short.get("Khê,")).toBe(short.get("2026"));
    const medium = lineOf("13pt");
    expect(medium.get("Tri,")).toBe(medium.get("ngày"));
    expect(medium.get("ngày")).toBe(medium.get("2026"));
    const long = lineOf("two-lines");
    expect(long.get("ngày")).toBe(long.get("2026"));
    expect(long.get("ngày")! - long.get("Tri,")!).toBeGreaterThan(10);
  });
});
