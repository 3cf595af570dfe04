import { describe, expect, it } from "vitest";
import { placeRule } from "../../../src/lint/rules/place.js";
import { lint, MINIMAL_PLAN } from "../lint-helpers.js";

const commune = (unit: string, place?: string) =>
  MINIMAL_PLAN.replace("xã Thất Khê", unit).replace("date: 2026-01-09", place === undefined ? "date: 2026-01-09" : `place: ${place}\ndate: 2026-01-09`);

describe("ND30-dia-danh", () => {
  it("accepts the defaults: the commune's proper name, or the full name of one named after a person", () => {
    expect(lint(MINIMAL_PLAN, placeRule)).toEqual([]);
    expect(lint(commune("phường Lương Văn Tri"), placeRule)).toEqual([]);
    expect(lint(commune("phường Lương Văn Tri", "Phường Lương Văn Tri"), placeRule)).toEqual([]);
  });

  it("warns when a unit named after a person loses its generic noun", () => {
    expect(lint(commune("phường Lương Văn Tri", "Lương Văn Tri"), placeRule)).toEqual([
      expect.objectContaining({
        code: "ND30-dia-danh",
        severity: "warning",
        path: "place",
        line: 4,
        column: 8,
        vi: 'địa danh "Lương Văn Tri" là tên người hoặc số hiệu: phải ghi đầy đủ "Phường Lương Văn Tri"',
        hint: "ghi place: Phường Lương Văn Tri",
      }),
    ]);
  });

  it("warns when the generic noun is not capitalised", () => {
    expect(lint(commune("xã Hoàng Văn Thụ", "xã Hoàng Văn Thụ"), placeRule)).toEqual([
      expect.objectContaining({ vi: 'địa danh "xã Hoàng Văn Thụ": danh từ chung của đơn vị mang tên người, số hiệu phải viết hoa ("Xã Hoàng Văn Thụ")' }),
    ]);
  });

  it("finds nothing to say about a Hồ Chí Minh department: the default place is already in full", () => {
    const plan = MINIMAL_PLAN.replace("tier: commune", "tier: department").replace("  name: Ủy ban nhân dân xã Thất Khê", "  name: Sở Nội vụ\n  code: SNV\n  province: Hồ Chí Minh");
    expect(lint(plan, placeRule)).toEqual([]);
  });

  it("names the city in full when the plan writes the bare name, pointing at place", () => {
    const plan = MINIMAL_PLAN.replace("tier: commune", "tier: department")
      .replace("  name: Ủy ban nhân dân xã Thất Khê", "  name: Sở Nội vụ\n  code: SNV\n  province: Hồ Chí Minh")
      .replace("date: 2026-01-09", "place: Hồ Chí Minh\ndate: 2026-01-09");
    expect(lint(plan, placeRule)).toEqual([
      expect.objectContaining({ path: "place", vi: 'địa danh "Hồ Chí Minh" là tên người hoặc số hiệu: phải ghi đầy đủ "Thành phố Hồ Chí Minh"' }),
    ]);
  });

  it("warns about a generic noun before an ordinary name, and an empty place", () => {
    expect(lint(commune("xã Thất Khê", "Xã Thất Khê"), placeRule)).toEqual([expect.objectContaining({ vi: 'địa danh "Xã Thất Khê" chỉ ghi tên riêng "Thất Khê", không kèm "xã"' })]);
    expect(lint(commune("xã Thất Khê", '""'), placeRule)).toEqual([expect.objectContaining({ vi: "địa danh trước ngày tháng bị trống" })]);
  });
});

describe("ND30-dia-danh over every commune of 2025", () => {
  it("gives no warning for any of the 3,321 units rendered from the bundled batch plan", async () => {
    const { readUnits } = await import("../../../src/batch/read-units.js");
    const { readFileSync } = await import("node:fs");
    const { ROOT } = await import("../../helpers/run-cli.js");
    const { resolvePrepared } = await import("../../../src/pipeline.js");
    const { lintPlan } = await import("../../../src/lint/lint-plan.js");
    const { diskTemplates } = await import("../../../src/templates-provider.js");
    const { issuerCaseRule } = await import("../../../src/lint/rules/issuer.js");
    const { prepareYaml } = await import("../../helpers/build.js");
    const table = await readUnits(`${ROOT}data/communes-2025.csv`);
    expect(table.rows.length).toBe(3321);
    const prepared = prepareYaml(readFileSync(`${ROOT}examples/batch-lang-son/plan.yaml`, "utf8"));
    const templates = diskTemplates();
    const warned = table.rows.flatMap(({ record }) => {
      const resolved = resolvePrepared(prepared, { templates, unit: record });
      return lintPlan(prepared, resolved, { rules: [placeRule, issuerCaseRule] }).map((d) => `${record.type} ${record.name}: ${d.message.vi}`);
    });
    expect(warned).toEqual([]);
  });

  it("reads the unit type as a whole word with its tone marks", () => {
    for (const name of ["Quan Sơn", "Quản Bạ", "Phương Liệt", "Tĩnh Túc", "Xà Phiên"]) {
      expect(lint(commune(`xã ${name}`), placeRule)).toEqual([]);
      expect(lint(commune(`xã ${name}`, name), placeRule)).toEqual([]);
    }
  });
});
