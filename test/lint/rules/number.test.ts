import { describe, expect, it } from "vitest";
import { numberRule, symbolRule } from "../../../src/lint/rules/number.js";
import { lint, MINIMAL_PLAN } from "../lint-helpers.js";

describe("ND30-so-ky-hieu: the number", () => {
  it.each([["3"], ["12"], ['"05"'], ["1013"]])("accepts number: %s", (n) => {
    expect(lint(MINIMAL_PLAN.replace("number: 3", `number: ${n}`), numberRule)).toEqual([]);
  });

  it("accepts a blank number", () => {
    expect(lint(MINIMAL_PLAN.replace("number: 3\n", ""), numberRule)).toEqual([]);
    expect(lint(MINIMAL_PLAN.replace("number: 3", "number:"), numberRule)).toEqual([]);
  });

  it.each([
    ["0", 'số văn bản "0" không hợp lệ: số thứ tự bắt đầu từ 1', "để trống (xóa dòng number:) nếu văn thư chưa cấp số"],
    ['"00"', 'số văn bản "00" không hợp lệ: số thứ tự bắt đầu từ 1', "để trống (xóa dòng number:) nếu văn thư chưa cấp số"],
    ['"012"', 'số "012" có số 0 thừa ở đầu; Nghị định 30 chỉ thêm số 0 cho số từ 1 đến 9', "ghi number: 12 (kehoach tự viết 12)"],
    ['"005"', 'số "005" có số 0 thừa ở đầu; Nghị định 30 chỉ thêm số 0 cho số từ 1 đến 9', "ghi number: 5 (kehoach tự viết 05)"],
  ])("refuses number: %s", (n, message, hint) => {
    expect(lint(MINIMAL_PLAN.replace("number: 3", `number: ${n}`), numberRule)).toEqual([
      expect.objectContaining({ code: "ND30-so-ky-hieu", severity: "error", path: "number", line: 5, column: 9, vi: message, hint }),
    ]);
  });
});

describe("ND30-ky-hieu: the ký hiệu", () => {
  const withSymbol = (s: string) => MINIMAL_PLAN.replace("number: 3", `number: 3\nsymbol: "${s}"`);

  it.each(["KH-UBND", "KH-BCĐ", "KH-BNN-TCLN", "KH-SNN&PTNT"])("accepts %s", (s) => {
    expect(lint(withSymbol(s), symbolRule)).toEqual([]);
  });

  it.each([
    ["kh-ubnd", 'ký hiệu "kh-ubnd" có chữ thường'],
    ["KH - UBND", 'ký hiệu "KH - UBND" có dấu cách'],
    ["03/KH-UBND", 'ký hiệu "03/KH-UBND" có dấu "/"'],
    ["QĐ-UBND", 'ký hiệu "QĐ-UBND" không bắt đầu bằng "KH-" (chữ viết tắt của Kế hoạch)'],
    ["KH--UBND", 'ký hiệu "KH--UBND" sai dạng (mỗi nhóm chữ in hoa, nối bằng một dấu "-")'],
  ])("refuses %s", (s, message) => {
    expect(lint(withSymbol(s), symbolRule)).toEqual([expect.objectContaining({ code: "ND30-ky-hieu", path: "symbol", line: 6, vi: message })]);
  });

  it("blames issuer.code when the ký hiệu is built from it", () => {
    const plan = MINIMAL_PLAN.replace("  name: Ủy ban nhân dân xã Thất Khê", "  name: Ủy ban nhân dân xã Thất Khê\n  code: ubnd");
    expect(lint(plan, symbolRule)).toEqual([expect.objectContaining({ path: "issuer.code", line: 4, column: 9, vi: 'ký hiệu "KH-ubnd" có chữ thường' })]);
  });
});
