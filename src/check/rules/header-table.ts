import { t } from "../../i18n/text.js";
import { CELL_PADDING_TWIPS } from "../../ooxml/geometry.js";
import { mmText } from "../describe.js";
import { findQuocHieu, isMarkParagraph } from "../header-elements.js";
import { isEmpty, runPt, inkRuns, textWidthTwips } from "../paragraph.js";
import { failed, judge, type Finding, type Rule } from "../rule.js";

/**
 * nd30-spec §18 rule 11 (Mẫu 1.4): ô 1–4 as the first thing on the page, a borderless table of
 * two columns whose right column holds the Quốc hiệu on one line.
 */


const headerTable: Rule = {
  id: "ND30-header-table",
  level: "W",
  clause: "PL I, Phần I, mục IV; Mẫu 1.4",
  title: t("Ô 1–4 là bảng 2 cột không viền ở đầu trang; cột phải đủ rộng cho Quốc hiệu một dòng", "Ô 1–4 are a borderless two-column table at the top; the right column holds the Quốc hiệu on one line"),
  check: ({ model, parts }) => {
    const h = parts.header;
    if (!h.table || h.tableBlock === undefined) return [failed(t("không có bảng tiêu đề, yêu cầu bảng 2 cột không viền chứa ô 1–4", "no header table, required a borderless two-column table holding ô 1–4"))];
    const findings: Finding[] = [];
    const beforeIt = model.body.slice(0, h.tableBlock);
    const first = beforeIt.every((b) => b.kind === "paragraph" && (isEmpty(b) || h.above.some((x) => x.p === b && isMarkParagraph(x))));
    findings.push(judge(first, first ? t("bảng tiêu đề ở đầu văn bản", "the header table opens the document") : t("có nội dung khác phía trên bảng tiêu đề", "other content above the header table"), t("bảng tiêu đề là phần đầu tiên (chỉ dấu phạm vi lưu hành được ở trên)", "the header table first (only a circulation mark above it)")));
    findings.push(judge(h.table.grid.length === 2, t(`bảng ${h.table.grid.length} cột`, `${h.table.grid.length} columns`), t("2 cột", "2 columns")));
    const drawn = Object.entries(h.table.borderSides).filter(([, v]) => !/^(none|nil)$/.test(v));
    findings.push(judge(drawn.length === 0, drawn.length === 0 ? t("không viền", "borderless") : t(`có viền (${drawn.map(([k]) => k).join(", ")})`, `borders (${drawn.map(([k]) => k).join(", ")})`), t("không viền", "borderless")));
    const qh = findQuocHieu(h);
    const right = h.table.grid[h.table.grid.length - 1];
    if (qh && right !== undefined) {
      // The Quốc hiệu as set (≈ 95.7 mm at 13 pt bold, nd30-spec §5) plus the cell's padding.
      const size = Math.max(0, ...inkRuns(qh.p).map(runPt));
      const need = textWidthTwips(qh.p) + 2 * CELL_PADDING_TWIPS;
      findings.push(judge(right >= need, t(`cột phải rộng ${mmText(right)}`, `right column ${mmText(right)} wide`), t(`≥ ${mmText(need)} để Quốc hiệu ${size} pt nằm trên một dòng`, `≥ ${mmText(need)} to hold the ${size} pt Quốc hiệu on one line`)));
    }
    return findings;
  },
};

export const HEADER_TABLE_RULES: readonly Rule[] = [headerTable];
