import { t } from "../../i18n/text.js";
import { upperVi } from "../../render/vietnamese.js";
import type { LintRule } from "../rule.js";

/** Trích yếu in sentence case, bold (ND30 PL I, II.5.b); legal websites print it in capitals. */
export const titleCapsRule: LintRule = {
  id: "ND30-trich-yeu-in-hoa",
  severity: "error",
  clause: "Phụ lục I, Phần II, khoản 5, điểm b",
  summary: t("trích yếu viết thường như câu, không gõ in hoa toàn bộ", "the trích yếu in sentence case, not typed in capitals"),
  check({ resolved }) {
    const letters = resolved.title.replace(/[^\p{L}]/gu, "");
    const words = resolved.title.split(/\s+/u).filter((w) => /\p{L}/u.test(w));
    // One word in capitals is an acronym ("ASEAN"), not a title typed in capitals.
    if (words.length < 2 || letters !== upperVi(letters)) return [];
    return [
      {
        path: ["title"],
        message: t("trích yếu được gõ in hoa toàn bộ; Nghị định 30 trình bày trích yếu bằng chữ thường", "the trích yếu is typed in capitals; ND30 sets it in lower case"),
        hint: t(
          "viết như một câu: chỉ viết hoa chữ đầu và tên riêng (bản in hoa trên các trang luật là do trang web trình bày)",
          "write it as a sentence: capitals only for the first letter and proper names (law websites print it in capitals)",
        ),
      },
    ];
  },
};
