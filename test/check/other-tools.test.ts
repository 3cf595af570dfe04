import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { CheckReport } from "../../src/check/check-docx.js";
import { convertToPdf } from "../helpers/libreoffice.js";
import { buildBytes, byId, check, failing, fullBase, ROOT, XA_EXAMPLE } from "./bases.js";

/**
 * Documents written by other tools get a full report with their real faults: kehoach's own
 * output re-saved by LibreOffice, and a Kế hoạch typed in Markdown and converted by pandoc.
 */

const statusOf = (report: CheckReport, id: string) => byId(report).get(id)?.status;
const failText = (report: CheckReport, id: string) =>
  byId(report)
    .get(id)!
    .findings.filter((f) => f.status === "FAIL")
    .map((f) => `${f.where?.vi ?? ""} ${f.message.vi}`)
    .join("\n");

describe("re-saved by LibreOffice", () => {
  const reports = new Map<string, CheckReport>();

  beforeAll(async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "kh-check-lo-"));
    mkdirSync(path.join(dir, "in"));
    mkdirSync(path.join(dir, "out"));
    writeFileSync(path.join(dir, "in", "xa.docx"), await buildBytes(XA_EXAMPLE));
    writeFileSync(path.join(dir, "in", "full.docx"), await fullBase());
    convertToPdf([path.join(dir, "in", "xa.docx"), path.join(dir, "in", "full.docx")], path.join(dir, "out"), "docx:MS Word 2007 XML");
    for (const name of ["xa", "full"]) reports.set(name, check(readFileSync(path.join(dir, "out", `${name}.docx`))));
  });

  it("keeps a one-section plan compliant: LibreOffice drops the table borders and rewrites the fields, both still read right", () => {
    const report = reports.get("xa")!;
    expect(failing(report)).toEqual([]);
    expect(statusOf(report, "ND30-header-table")).toBe("PASS");
    expect(statusOf(report, "ND30-page-number")).toBe("PASS");
    expect(statusOf(report, "ND30-page-number-first")).toBe("PASS");
    expect(statusOf(report, "ND30-font")).toBe("PASS");
  });

  it("reports the page number it loses in a one-page appendix section", () => {
    // LibreOffice gives the one-page "Phụ lục I" a page style without the numbered header and
    // without a different first page: a second page of that appendix would carry no number.
    const report = reports.get("full")!;
    expect(failing(report, "E")).toEqual(["ND30-page-number"]);
    expect(failText(report, "ND30-page-number")).toContain("section 2 đầu trang không có trường PAGE");
    expect(statusOf(report, "ND30-appendix-page-header")).toBe("FAIL");
    expect(failText(report, "ND30-appendix-page-header")).toContain("không có trang đầu riêng");
    expect(statusOf(report, "ND30-appendix-page-numbers")).toBe("PASS");
    expect(statusOf(report, "ND30-urgency-mark")).toBe("PASS");
  });
});

describe("converted by pandoc from Markdown", () => {
  let report: CheckReport;

  beforeAll(() => {
    const dir = mkdtempSync(path.join(tmpdir(), "kh-check-pandoc-"));
    const out = path.join(dir, "plan.docx");
    execFileSync("pandoc", [path.join(ROOT, "test/fixtures/check/pandoc-plan.md"), "-o", out], { timeout: 60_000 });
    report = check(readFileSync(out));
  });

  it("reports what pandoc's reference document does not declare or sets otherwise", () => {
    expect(statusOf(report, "ND30-page-size")).toBe("FAIL");
    expect(failText(report, "ND30-page-size")).toContain("không khai báo khổ giấy");
    expect(statusOf(report, "ND30-margins")).toBe("FAIL");
    expect(failText(report, "ND30-font")).toContain("phông Cambria");
    expect(failText(report, "ND30-page-number")).toContain("không có đầu trang");
    expect(failText(report, "ND30-body-size")).toContain("cỡ 12 pt, yêu cầu 13–14 pt");
  });

  it("finds the header elements in pandoc's table and reports their faults", () => {
    expect(failText(report, "ND30-tieu-ngu")).toContain("(U+2013)");
    expect(failText(report, "ND30-quoc-hieu")).toContain("căn trái, yêu cầu căn giữa");
    expect(statusOf(report, "ND30-so-ky-hieu")).toBe("FAIL");
    expect(failText(report, "ND30-date-line")).toContain("căn trái");
    expect(statusOf(report, "ND30-date-place")).toBe("PASS");
    expect(statusOf(report, "ND30-motto-rule")).toBe("FAIL");
  });

  it("reads the content, the closing mark and the block after «Nơi nhận:» without a table", () => {
    expect(statusOf(report, "ND30-closing-mark")).toBe("PASS");
    expect(failText(report, "ND30-list-marks")).toContain("gạch đầu dòng tự động «•»");
    expect(statusOf(report, "ND30-recipients-heading")).toBe("PASS");
    expect(failText(report, "ND30-signature-alignment")).toContain("không có bảng Nơi nhận | chữ ký");
    expect(failText(report, "ND30-signer-name")).toContain("Họ tên «Nguyễn Văn An»: cỡ 12 pt");
    expect(statusOf(report, "ND30-appendix-label")).toBe("NOT_EVALUATED");
    expect(report.ok).toBe(false);
  });
});
