import { describe, expect, it } from "vitest";
import { archiveRule, recipientsRule } from "../../../src/lint/rules/recipients.js";
import { lint, MINIMAL_PLAN } from "../lint-helpers.js";

const withArchive = (archive: string) => MINIMAL_PLAN.replace("signer:", `archive: ${archive}\nsigner:`);

describe("ND30-luu", () => {
  it.each(['"Lưu: VT, VHXH."', '"- Lưu: VT, KGVX, Cm."', '"Lưu: VT"', "{ units: [VHXH], copies: 2 }"])("accepts archive: %s", (archive) => {
    expect(lint(withArchive(archive), archiveRule)).toEqual([]);
  });

  it.each([
    ['"VT, VHXH"', 'dòng lưu "VT, VHXH" không bắt đầu bằng "Lưu:"'],
    ['"Luu: VT"', 'dòng lưu "Luu: VT" không bắt đầu bằng "Lưu:"'],
    ['"Lưu: VHXH, VTTT."', 'dòng lưu "Lưu: VHXH, VTTT." thiếu "VT" (bản lưu tại Văn thư)'],
  ])("refuses archive: %s", (archive, message) => {
    expect(lint(withArchive(archive), archiveRule)).toEqual([expect.objectContaining({ code: "ND30-luu", severity: "error", path: "archive", line: 13, column: 10, vi: message })]);
  });

  it("refuses a Lưu line written among the recipients (it would print twice)", () => {
    const plan = MINIMAL_PLAN.replace("  - UBND tỉnh Lạng Sơn", "  - UBND tỉnh Lạng Sơn\n  - \"- Lưu: VT, VHXH.\"");
    expect(lint(plan, archiveRule)).toEqual([expect.objectContaining({ path: "recipients.1", line: 13, column: 5 })]);
  });
});

describe("ND30-noi-nhan", () => {
  it("warns about 'Như trên' and about a plan without recipients", () => {
    expect(lint(MINIMAL_PLAN.replace("  - UBND tỉnh Lạng Sơn", "  - Như trên;"), recipientsRule)).toEqual([
      expect.objectContaining({ code: "ND30-noi-nhan", severity: "warning", path: "recipients.0", line: 12, column: 5 }),
    ]);
    expect(lint(MINIMAL_PLAN.replace("recipients:\n  - UBND tỉnh Lạng Sơn\n", ""), recipientsRule)).toEqual([
      expect.objectContaining({ vi: "kế hoạch chưa có nơi nhận (recipients:); phần Nơi nhận sẽ chỉ có dòng Lưu", line: 1, column: 1 }),
    ]);
  });

  it("accepts recipients with notes", () => {
    expect(lint(MINIMAL_PLAN.replace("  - UBND tỉnh Lạng Sơn", "  - { name: UBND tỉnh Lạng Sơn, note: b/c }\n  - Như trên cơ sở đề nghị"), recipientsRule)).toEqual([]);
  });
});
