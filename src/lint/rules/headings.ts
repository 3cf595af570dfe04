import { t } from "../../i18n/text.js";
import type { Section } from "../../schema/plan-schema.js";
import type { FieldPath, Finding, LintRule } from "../rule.js";

/** "I. ", "2. ", "1.1. ", "a) ", "Phần I." typed before a section's title. */
const TYPED_LABEL = /^\s*((?:Phần\s+)?[IVXLC]+\.|\d+\.(?:\d+\.?)*|[a-zđ]\))\s+/u;

/**
 * kehoach numbers sections itself (I. / 1. / 1.1. / a), ND30 PL I, II.6.c–đ); a number typed
 * into the title would be printed twice ("I. I. MỤC ĐÍCH").
 */
export const typedNumberRule: LintRule = {
  id: "ND30-danh-so-muc",
  severity: "warning",
  clause: "Phụ lục I, Phần II, khoản 6, điểm c",
  summary: t("không gõ số thứ tự vào tên mục (kehoach tự đánh số)", "no numbers typed into section titles (kehoach numbers them)"),
  planOnly: true,
  check({ plan }) {
    const findings: Finding[] = [];
    const walk = (sections: readonly Section[], parent: FieldPath): void => {
      sections.forEach((s, i) => {
        const path = [...parent, i];
        const typed = TYPED_LABEL.exec(s.title ?? s.text ?? "");
        if (typed && s.label === undefined) {
          const label = typed[1]!;
          findings.push({
            path: [...path, s.title === undefined ? "text" : "title"],
            message: t(`tên mục đã có số thứ tự "${label}"; kehoach tự đánh số nên số sẽ in hai lần`, `the section title already has the number "${label}"; kehoach numbers sections, so it would print twice`),
            hint: t(`xóa "${label}" khỏi title, hoặc ghi label: "${label}" để dùng số viết tay`, `remove "${label}" from the title, or write label: "${label}" to keep a hand-written number`),
          });
        }
        walk(s.sections ?? [], [...path, "sections"]);
      });
    };
    walk(plan.sections ?? [], ["sections"]);
    (plan.parts ?? []).forEach((part, i) => walk(part.sections, ["parts", i, "sections"]));
    return findings;
  },
};
