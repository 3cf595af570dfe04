import { t } from "../../i18n/text.js";
import { locateInValue } from "../../load/locate-in-value.js";
import type { Finding, LintRule } from "../rule.js";

/** Lines a căn cứ block may hold: "Căn cứ …", and "Theo đề nghị của …" (Mẫu 1.2). */
const OPENING = /^(căn cứ|theo đề nghị)(?!\p{L})/iu;

/**
 * Căn cứ ban hành: each on its own line starting "Căn cứ" (ND30 PL I, II.6.a). The tool ends
 * the lines with ";" and "." itself, so a clerk's own ";" or "." is fine. A line that is no căn
 * cứ ("Thực hiện …") is an error, as on the DOCX (`check` would find the block ending early,
 * on a ";"); a lower-case "căn cứ" or two căn cứ on one line are warnings.
 */
export const basisRule: LintRule = {
  id: "ND30-can-cu",
  severity: "error",
  clause: "Phụ lục I, Phần II, khoản 6, điểm a",
  summary: t("mỗi căn cứ một dòng, bắt đầu bằng \"Căn cứ\"", "one căn cứ per line, each starting \"Căn cứ\""),
  planOnly: true,
  check({ plan, source }) {
    const findings: Finding[] = [];
    (plan.basis ?? []).forEach((item, i) => {
      const path = ["basis", i];
      let offset = 0;
      for (const raw of item.split("\n")) {
        const lineOffset = offset;
        offset += raw.length + 1;
        const line = raw.trim();
        if (line === "" || line.startsWith("{{")) continue;
        const at = { path, position: locateInValue(source, path, lineOffset + raw.indexOf(line)) };
        const start = line.slice(0, 30);
        if (!OPENING.test(line)) {
          findings.push({
            ...at,
            message: t(`dòng căn cứ không bắt đầu bằng "Căn cứ": "${start}…"`, `a basis line does not start with "Căn cứ": "${start}…"`),
            hint: t(
              "câu \"Thực hiện …\" hay đoạn dẫn nhập đặt dưới \"preamble:\", không đặt dưới \"basis:\"",
              "put \"Thực hiện …\" sentences and introductions under \"preamble:\", not under \"basis:\"",
            ),
          });
          continue;
        }
        if (/^căn cứ/u.test(line)) {
          findings.push({
            ...at,
            severity: "warning",
            message: t("dòng căn cứ bắt đầu bằng chữ thường \"căn cứ\"", "a basis line starts with lower-case \"căn cứ\""),
            hint: t("viết hoa chữ đầu: \"Căn cứ …\"", "capitalise it: \"Căn cứ …\""),
          });
        }
        const inner = /[;.]\s*căn cứ(?!\p{L})/iu.exec(line);
        if (inner) {
          findings.push({
            path,
            position: locateInValue(source, path, lineOffset + raw.indexOf(line) + inner.index + inner[0].search(/c/iu)),
            severity: "warning",
            message: t("nhiều căn cứ viết chung một dòng", "several căn cứ written on one line"),
            hint: t("tách mỗi căn cứ thành một mục \"- Căn cứ …\" riêng dưới \"basis:\"", "make each căn cứ its own \"- Căn cứ …\" item under \"basis:\""),
          });
        }
      }
    });
    return findings;
  },
};
