import { describe, expect, it } from "vitest";
import { spellingRule } from "../../../src/lint/rules/spelling.js";
import { lint, MINIMAL_PLAN } from "../lint-helpers.js";
import { lintPlan } from "../../../src/lint/lint-plan.js";
import { resolvePrepared } from "../../../src/pipeline.js";
import { diskTemplates } from "../../../src/templates-provider.js";
import type { UnitRecord } from "../../../src/resolve/resolve-plan.js";
import { prepareYaml } from "../../helpers/build.js";

const withBody = (...lines: string[]) => MINIMAL_PLAN.replace("      - Tổ chức tốt các hoạt động.\n", lines.map((l) => `      - ${l}\n`).join(""));

describe("ND30-chinh-ta-thong-nhat", () => {
  it("warns once per word, at the first occurrence of the second spelling", () => {
    const found = lint(withBody("Giữ gìn hòa bình.", "Hoà giải ở cơ sở, hoà nhập.", "Văn hóa, văn hoá."), spellingRule);
    expect(found.map((f) => [f.line, f.column, f.vi])).toEqual([
      [11, 9, '"hoà" và "hòa" (dòng 10) là một từ đặt dấu thanh hai cách trong cùng văn bản'],
      [12, 22, '"hoá" và "hóa" (dòng 6) là một từ đặt dấu thanh hai cách trong cùng văn bản'],
    ]);
    expect(found[0]).toMatchObject({ code: "ND30-chinh-ta-thong-nhat", severity: "warning", path: "sections.0.body" });
  });

  it("ignores case and words that differ by more than the tone placement", () => {
    expect(lint(withBody("Hòa bình, hòa nhập, HÒA HỢP.", "Hoa quả, hóa đơn, họa sĩ."), spellingRule)).toEqual([]);
  });

  it("compares the plan with the text the templates write (\"TM. ỦY BAN NHÂN DÂN\")", () => {
    const plan = MINIMAL_PLAN.replace("Ủy ban nhân dân xã Thất Khê", "Uỷ ban nhân dân xã Thất Khê");
    expect(lint(plan, spellingRule)).toEqual([
      expect.objectContaining({ path: "issuer.name", line: 3, column: 9, vi: 'kế hoạch viết "uỷ" nhưng phần do mẫu tạo ra viết "ủy"; văn bản sẽ có hai cách đặt dấu' }),
    ]);
    const mixed = withBody("Đề nghị Uỷ ban Mặt trận Tổ quốc xã phối hợp.");
    expect(lint(mixed, spellingRule)).toEqual([
      expect.objectContaining({ path: "sections.0.body", line: 10, column: 17, vi: '"uỷ" và "ủy" (dòng 3) là một từ đặt dấu thanh hai cách trong cùng văn bản' }),
    ]);
  });
});

/** The spelling rule on a plan rendered for one unit of a batch (its footnote reads {{unit.name}}). */
function lintForUnit(yaml: string, unit: UnitRecord): string[] {
  const prepared = prepareYaml(yaml);
  const resolved = resolvePrepared(prepared, { templates: diskTemplates(), unit });
  return lintPlan(prepared, resolved, { rules: [spellingRule] }).map((d) => `${d.position?.line}:${d.position?.column} ${d.message.vi}`);
}

describe("ND30-chinh-ta-thong-nhat in footnotes", () => {
  const withNote = (body: string) => `${withBody(`${body}[^so-lieu]`)}footnotes:\n  so-lieu: Số liệu của xã {{unit.name}} năm 2025.\n`;
  const hoaAn: UnitRecord = { code: "01", name: "Hòa An", type: "Xã" };

  it("checks the text a template writes into a footnote against the plan's spelling", () => {
    expect(lintForUnit(withNote("Giữ gìn hoà bình ở cơ sở."), hoaAn)).toEqual(['10:17 kế hoạch viết "hoà" nhưng phần do mẫu tạo ra viết "hòa"; văn bản sẽ có hai cách đặt dấu']);
  });

  it("is silent when the footnote's template writes the plan's own spelling", () => {
    expect(lintForUnit(withNote("Giữ gìn hòa bình ở cơ sở."), hoaAn)).toEqual([]);
  });
});
