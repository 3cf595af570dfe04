import { t } from "../../i18n/text.js";
import type { Finding, LintRule } from "../rule.js";

const CLAUSE = "Phụ lục I, Phần II, khoản 3";

/** Số: from 1 up, in Arabic numerals; the tool itself writes 1–9 as 01–09 (ND30 PL I, II.3). */
export const numberRule: LintRule = {
  id: "ND30-so-ky-hieu",
  severity: "error",
  clause: CLAUSE,
  summary: t("số văn bản từ 1 trở lên, không gõ thêm số 0 ở đầu", "document number from 1 up, with no extra leading zeros"),
  planOnly: true,
  check({ plan }) {
    const number = plan.number ?? "";
    if (number === "") return [];
    if (Number(number) === 0) {
      return [
        {
          path: ["number"],
          message: t(`số văn bản "${number}" không hợp lệ: số thứ tự bắt đầu từ 1`, `document number "${number}" is invalid: numbering starts at 1`),
          hint: t("để trống (xóa dòng number:) nếu văn thư chưa cấp số", "leave it blank (remove the number: line) if the registry has not assigned one"),
        },
      ];
    }
    if (number.startsWith("0") && (number.length > 2 || Number(number) >= 10)) {
      const clean = String(Number(number));
      return [
        {
          path: ["number"],
          message: t(
            `số "${number}" có số 0 thừa ở đầu; Nghị định 30 chỉ thêm số 0 cho số từ 1 đến 9`,
            `number "${number}" has extra leading zeros; ND30 pads only the numbers 1 to 9`,
          ),
          hint: t(`ghi number: ${clean} (kehoach tự viết ${clean.length === 1 ? `0${clean}` : clean})`, `write number: ${clean} (kehoach prints ${clean.length === 1 ? `0${clean}` : clean})`),
        },
      ];
    }
    return [];
  },
};

/** The path that produced the ký hiệu: `symbol:` if written, else `issuer.code`, else the default. */
const symbolPath = (plan: { symbol?: string | undefined; issuer: { code?: string | undefined } }): readonly string[] =>
  plan.symbol !== undefined ? ["symbol"] : plan.issuer.code !== undefined ? ["issuer", "code"] : ["symbol"];

/** Ký hiệu: "KH-" + upper-case groups joined by "-" with no spaces (ND30 PL I, II.3; PL III). */
export const symbolRule: LintRule = {
  id: "ND30-ky-hieu",
  severity: "error",
  clause: CLAUSE,
  summary: t("ký hiệu dạng KH-UBND: in hoa, nối bằng \"-\", không cách chữ", "ký hiệu like KH-UBND: upper case, joined by \"-\", no spaces"),
  check({ plan, resolved }) {
    const symbol = resolved.symbol;
    const path = symbolPath(plan);
    const problem = (vi: string, en: string, hintVi: string, hintEn: string): Finding[] => [
      { path, message: t(`ký hiệu "${symbol}" ${vi}`, `ký hiệu "${symbol}" ${en}`), hint: t(hintVi, hintEn) },
    ];
    if (symbol === "") return problem("bị trống", "is empty", "ghi issuer.code (ví dụ UBND) hoặc symbol: KH-UBND", "set issuer.code (e.g. UBND) or symbol: KH-UBND");
    if (symbol.includes("/")) {
      return problem("có dấu \"/\"", "contains \"/\"", "chỉ ghi phần sau dấu \"/\" (ví dụ KH-UBND); số văn bản ghi ở dòng \"number:\"", "write only the part after \"/\" (e.g. KH-UBND); the number goes on the \"number:\" line");
    }
    if (/\s/u.test(symbol)) {
      return problem("có dấu cách", "contains spaces", "viết liền, không cách chữ quanh dấu \"-\" (ví dụ KH-UBND)", "write it without spaces around \"-\" (e.g. KH-UBND)");
    }
    if (symbol !== symbol.toLocaleUpperCase("vi")) {
      return problem("có chữ thường", "has lower-case letters", `viết in hoa: ${symbol.toLocaleUpperCase("vi")}`, `write it in capitals: ${symbol.toLocaleUpperCase("vi")}`);
    }
    if (!symbol.startsWith("KH-")) {
      return problem("không bắt đầu bằng \"KH-\" (chữ viết tắt của Kế hoạch)", "does not start with \"KH-\" (the abbreviation of Kế hoạch)", "ví dụ KH-UBND, KH-SVHTTDL", "e.g. KH-UBND, KH-SVHTTDL");
    }
    if (!/^KH(-[\p{Lu}0-9&]+)+$/u.test(symbol)) {
      return problem("sai dạng (mỗi nhóm chữ in hoa, nối bằng một dấu \"-\")", "is malformed (upper-case groups joined by single \"-\")", "ví dụ KH-UBND, KH-BCĐ", "e.g. KH-UBND, KH-BCĐ");
    }
    return [];
  },
};
