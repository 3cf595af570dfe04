import { isMap, isScalar, isSeq, Scalar } from "yaml";
import { t } from "../../i18n/text.js";
import type { FieldPath, Finding, LintRule } from "../rule.js";

/**
 * A "- item" line indented deeper than the item above is not a new list item: YAML folds it
 * into the previous value ("UBND tỉnh - Thường trực Đảng ủy xã"). Valid YAML, silent surprise.
 */
export const mergedLineRule: LintRule = {
  id: "yaml-merged-list-item",
  severity: "warning",
  summary: t("dòng \"- …\" thụt lề sâu hơn dòng trên bị gộp vào mục trước", "a \"- …\" line indented deeper than the one above is merged into the previous item"),
  planOnly: true,
  check({ source }) {
    const text = source.source.text;
    const findings: Finding[] = [];
    const walk = (node: unknown, path: FieldPath): void => {
      if (isMap(node)) for (const pair of node.items) walk(pair.value, [...path, isScalar(pair.key) ? String(pair.key.value) : "?"]);
      else if (isSeq(node)) node.items.forEach((item, i) => walk(item, [...path, i]));
      else if (isScalar(node) && node.type === Scalar.PLAIN && node.range) {
        const raw = text.slice(node.range[0], node.range[1]);
        const m = /\n([ \t]*)([-+] )/u.exec(raw);
        if (!m) return;
        const offset = node.range[0] + m.index + 1 + m[1]!.length;
        const { line, col } = source.lineCounter.linePos(offset);
        const lineText = text.slice(offset).split("\n")[0]!.trim();
        findings.push({
          path,
          position: { line, column: col },
          message: t(
            `dòng "${lineText.slice(0, 40)}" thụt lề sâu hơn dòng trên nên bị gộp vào mục trước: "${String(node.value).slice(0, 60)}"`,
            `the line "${lineText.slice(0, 40)}" is indented deeper than the one above, so it is merged into the previous item: "${String(node.value).slice(0, 60)}"`,
          ),
          hint: t("đặt các dấu \"-\" của cùng danh sách thẳng cột với nhau", "align the \"-\" marks of one list in the same column"),
        });
      }
    };
    walk(source.doc.contents, []);
    return findings;
  },
};
