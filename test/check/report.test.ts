import { describe, expect, it } from "vitest";
import { assertNd30, reportDiagnostics, summarize } from "../../src/check/check-docx.js";
import { describeFinding, formatReportText, reportJson } from "../../src/check/report.js";
import type { RuleResult } from "../../src/check/rule.js";
import { KehoachError } from "../../src/errors.js";
import { t } from "../../src/i18n/text.js";
import { buildBytes, XA_EXAMPLE } from "./bases.js";
import { DocxEdit, editSection, replaceOnce } from "./docx-edit.js";

/** The table, the JSON and the diagnostics a report turns into. */

const results: RuleResult[] = [
  {
    id: "ND30-margins",
    level: "E",
    clause: "PL I, Phần I, mục I.3",
    title: t("Lề", "Margins"),
    status: "FAIL",
    findings: [
      { status: "FAIL", message: t("lề trái 20 mm, yêu cầu 30–35 mm", "left margin 20 mm, required 30–35 mm"), where: t("section 1", "section 1") },
      { status: "FAIL", message: t("lề phải 10 mm, yêu cầu 15–20 mm", "right margin 10 mm, required 15–20 mm"), where: t("section 1", "section 1") },
    ],
  },
  { id: "ND30-nfc", level: "W", clause: "TCVN 6909:2001", title: t("NFC", "NFC"), status: "FAIL", findings: [{ status: "FAIL", message: t("chữ tổ hợp", "decomposed") }] },
  { id: "ND30-font", level: "E", clause: "PL I, Phần I, mục I.4", title: t("Phông", "Font"), status: "PASS", findings: [{ status: "PASS", message: t("3 đoạn đều dùng Times New Roman", "all 3 paragraphs in Times New Roman") }] },
  { id: "ND30-can-cu", level: "E", clause: "PL I, Phần II, khoản 6a", title: t("Căn cứ", "Căn cứ"), status: "NOT_EVALUATED", findings: [{ status: "NOT_EVALUATED", message: t("không có căn cứ (không áp dụng)", "no căn cứ lines (not applicable)") }] },
];
const report = summarize(results, "plan.docx");

describe("summaries", () => {
  it("counts E failures, W warnings and unevaluated rules separately; only E failures fail", () => {
    expect(report.counts).toEqual({ pass: 1, fail: 1, warn: 1, notEvaluated: 1 });
    expect(report.ok).toBe(false);
    expect(summarize(results.slice(1)).ok).toBe(true);
  });
});

describe("the text table", () => {
  it("lines up rule, level, result, clause and details, continuation findings under the details (--all)", () => {
    expect(formatReportText(report, { lang: "vi", title: "plan.docx", all: true })).toBe(
      [
        "plan.docx",
        "Quy tắc       Mức  Kết quả        Căn cứ                   Chi tiết (thực tế, yêu cầu)",
        "ND30-margins  E    KHÔNG ĐẠT      PL I, Phần I, mục I.3    section 1: lề trái 20 mm, yêu cầu 30–35 mm",
        "                                                           section 1: lề phải 10 mm, yêu cầu 15–20 mm",
        "ND30-nfc      W    CẢNH BÁO       TCVN 6909:2001           chữ tổ hợp",
        "ND30-font     E    ĐẠT            PL I, Phần I, mục I.4    3 đoạn đều dùng Times New Roman",
        "ND30-can-cu   E    CHƯA ĐÁNH GIÁ  PL I, Phần II, khoản 6a  không có căn cứ (không áp dụng)",
        "Tổng: 1 đạt, 1 không đạt, 1 cảnh báo, 1 chưa đánh giá — KHÔNG ĐẠT thể thức Nghị định 30",
        "",
      ].join("\n"),
    );
  });

  it("by default lists only failures and warnings, and a failed rule only its failing findings", () => {
    const mixed = summarize([{ ...results[0]!, findings: [...results[0]!.findings, { status: "PASS", message: t("lề trên 20 mm", "top margin 20 mm"), where: t("section 1", "section 1") }] }, ...results.slice(1)]);
    expect(formatReportText(mixed, { lang: "vi" })).toBe(
      [
        "Quy tắc       Mức  Kết quả        Căn cứ                 Chi tiết (thực tế, yêu cầu)",
        "ND30-margins  E    KHÔNG ĐẠT      PL I, Phần I, mục I.3  section 1: lề trái 20 mm, yêu cầu 30–35 mm",
        "                                                         section 1: lề phải 10 mm, yêu cầu 15–20 mm",
        "ND30-nfc      W    CẢNH BÁO       TCVN 6909:2001         chữ tổ hợp",
        "Tổng: 1 đạt, 1 không đạt, 1 cảnh báo, 1 chưa đánh giá — KHÔNG ĐẠT thể thức Nghị định 30",
        "",
      ].join("\n"),
    );
  });

  it("wraps the details to the terminal width, and stacks each rule on a terminal too narrow for a table", () => {
    const text = formatReportText(report, { lang: "vi", width: 90 });
    for (const l of text.split("\n")) expect(l.length, l).toBeLessThanOrEqual(90);
    expect(text).toContain("ND30-margins  E    KHÔNG ĐẠT      PL I, Phần I, mục I.3  section 1: lề trái 20 mm, yêu cầu\n");
    expect(text).toContain("\n                                                         30–35 mm\n");
    const narrow = formatReportText(report, { lang: "vi", width: 40 });
    for (const l of narrow.split("\n")) expect(l.length, l).toBeLessThanOrEqual(40);
    expect(narrow.split("\n").slice(0, 4)).toEqual(["ND30-margins  E  KHÔNG ĐẠT", "    PL I, Phần I, mục I.3", "    section 1: lề trái 20 mm, yêu cầu", "    30–35 mm"]);
  });

  it("in English", () => {
    const text = formatReportText(report, { lang: "en", all: true });
    expect(text.split("\n")[0]).toMatch(/^Rule\s+Level\s+Result\s+Clause\s+Details \(found, required\)$/);
    expect(text).toMatch(/ND30-nfc\s+W\s+WARN\s+TCVN 6909:2001\s+decomposed/);
    expect(text).toContain("Total: 1 passed, 1 failed, 1 warnings, 1 not evaluated — does NOT comply with Decree 30");
  });
});

describe("JSON", () => {
  it("keeps the status, gives W rules the warning severity, messages in the chosen language", () => {
    const data = reportJson(report, "en", "plan.docx") as { file: string; ok: boolean; results: object[] };
    expect(data.file).toBe("plan.docx");
    expect(data.ok).toBe(false);
    expect(data.results[1]).toEqual({
      id: "ND30-nfc",
      level: "W",
      severity: "warning",
      status: "FAIL",
      clause: "TCVN 6909:2001",
      title: "NFC",
      findings: [{ status: "FAIL", message: "decomposed" }],
    });
  });
});

describe("diagnostics for build --check", () => {
  it("one diagnostic per failing finding, E as errors and W as warnings, with the clause", () => {
    const diagnostics = reportDiagnostics(report, "plan.yaml");
    expect(diagnostics.map((d) => [d.severity, d.code, d.message.vi, d.clause, d.file])).toEqual([
      ["error", "ND30-margins", "section 1: lề trái 20 mm, yêu cầu 30–35 mm", "PL I, Phần I, mục I.3", "plan.yaml"],
      ["error", "ND30-margins", "section 1: lề phải 10 mm, yêu cầu 15–20 mm", "PL I, Phần I, mục I.3", "plan.yaml"],
      ["warning", "ND30-nfc", "chữ tổ hợp", "TCVN 6909:2001", "plan.yaml"],
    ]);
    expect(describeFinding(results[0]!.findings[0]!).en).toBe("section 1: left margin 20 mm, required 30–35 mm");
  });

  it("assertNd30 passes compliant bytes and throws «nd30» with the failures otherwise", async () => {
    const good = await buildBytes(XA_EXAMPLE);
    expect(assertNd30(good, "xa.yaml")).toEqual([]);
    const edit = new DocxEdit(good);
    edit.document((x) => editSection(x, 0, (s) => replaceOnce(s, /w:top="\d+"/, 'w:top="567"')));
    let thrown: unknown;
    try {
      assertNd30(edit.bytes(), "xa.yaml");
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(KehoachError);
    const e = thrown as KehoachError;
    expect(e.code).toBe("nd30");
    expect(e.diagnostics.map((d) => `${d.code}: ${d.message.vi}`)).toEqual([
      "ND30-margins: section 1: lề trên 10 mm, yêu cầu 20–25 mm",
      "nd30-check: văn bản vừa soạn không đạt thể thức Nghị định 30 (xem các lỗi trên); không ghi tệp",
    ]);
  });
});
