import { t } from "../../i18n/text.js";
import type { Finding, LintRule } from "../rule.js";

const CLAUSE = "Phụ lục I, Phần II, khoản 9, điểm b";
const stripDash = (s: string): string => s.replace(/^\s*[-–—•+]\s*/u, "").trim();
const isArchiveLine = (s: string): boolean => /^lưu(?!\p{L})/iu.test(stripDash(s));

/**
 * The last line of Nơi nhận is "Lưu: VT, <drafting unit>…" (ND30 PL I, II.9.b). kehoach writes
 * it from `archive:`; a hand-written line must still start "Lưu" and keep "VT".
 */
export const archiveRule: LintRule = {
  id: "ND30-luu",
  severity: "error",
  clause: CLAUSE,
  summary: t("dòng lưu dạng \"Lưu: VT, …\", chỉ một dòng, ở cuối nơi nhận", "the file-copy line reads \"Lưu: VT, …\", once, at the end of Nơi nhận"),
  check({ plan, resolved }) {
    const findings: Finding[] = [];
    (plan.recipients ?? []).forEach((r, i) => {
      const text = typeof r === "string" ? r : r.name;
      if (!isArchiveLine(text)) return;
      findings.push({
        path: typeof r === "string" ? ["recipients", i] : ["recipients", i, "name"],
        message: t("dòng \"Lưu\" được ghi trong recipients; kehoach tự thêm dòng này ở cuối", "a \"Lưu\" line is listed under recipients; kehoach adds that line at the end itself"),
        hint: t("xóa dòng này khỏi recipients và ghi archive: \"Lưu: VT, …\" (hoặc archive: {units: [...]})", "remove it from recipients and write archive: \"Lưu: VT, …\" (or archive: {units: [...]})"),
      });
    });
    if (typeof plan.archive === "string") {
      const line = stripDash(resolved.archive);
      if (!/^Lưu\s*:/u.test(line)) {
        findings.push({
          path: ["archive"],
          message: t(`dòng lưu "${line}" không bắt đầu bằng "Lưu:"`, `the file-copy line "${line}" does not start with "Lưu:"`),
          hint: t("ví dụ: archive: \"Lưu: VT, VHXH.\"", "e.g. archive: \"Lưu: VT, VHXH.\""),
        });
      } else if (!/(?<![\p{L}\d])VT(?![\p{L}\d])/u.test(line)) {
        findings.push({
          path: ["archive"],
          message: t(`dòng lưu "${line}" thiếu "VT" (bản lưu tại Văn thư)`, `the file-copy line "${line}" lacks "VT" (the registry's copy)`),
          hint: t("ghi \"Lưu: VT, <đơn vị soạn thảo>.\"", "write \"Lưu: VT, <drafting unit>.\""),
        });
      }
    }
    return findings;
  },
};

/** Nơi nhận of a Kế hoạch: who executes, who is informed; no "Kính gửi", so no "Như trên". */
export const recipientsRule: LintRule = {
  id: "ND30-noi-nhan",
  severity: "warning",
  clause: CLAUSE,
  summary: t("kế hoạch có nơi nhận; không dùng \"Như trên\" (kế hoạch không có \"Kính gửi\")", "a plan lists its recipients; no \"Như trên\" (a plan has no \"Kính gửi\")"),
  planOnly: true,
  check({ plan }) {
    const findings: Finding[] = [];
    const list = plan.recipients ?? [];
    if (list.filter((r) => !isArchiveLine(typeof r === "string" ? r : r.name)).length === 0) {
      findings.push({
        path: ["recipients"],
        message: t("kế hoạch chưa có nơi nhận (recipients:); phần Nơi nhận sẽ chỉ có dòng Lưu", "the plan has no recipients (recipients:); Nơi nhận will hold only the Lưu line"),
        hint: t("liệt kê các cơ quan, đơn vị thực hiện và nơi cần báo cáo, mỗi nơi một dòng \"- …\"", "list the bodies that carry it out or receive it, one \"- …\" line each"),
      });
    }
    list.forEach((r, i) => {
      const text = typeof r === "string" ? r : r.name;
      if (!/^như trên\s*[;.]?$/iu.test(stripDash(text))) return;
      findings.push({
        path: typeof r === "string" ? ["recipients", i] : ["recipients", i, "name"],
        message: t("\"Như trên\" chỉ dùng khi văn bản có \"Kính gửi\"; kế hoạch không có phần này", "\"Như trên\" is only for documents with \"Kính gửi\"; a plan has none"),
        hint: t("ghi tên các cơ quan, đơn vị nhận kế hoạch", "name the bodies that receive the plan"),
      });
    });
    return findings;
  },
};
