import { describe, expect, it } from "vitest";
import { applyOverrides, OVERRIDE_COLUMNS, usedOverrides } from "../../src/batch/override-fields.js";
import { KehoachError } from "../../src/errors.js";
import { MINIMAL_PLAN, dumpDocx, prepareYaml, renderYaml } from "../helpers/build.js";
import { renderPrepared } from "../../src/pipeline.js";
import { diskTemplates } from "../../src/templates-provider.js";

const plan = prepareYaml(MINIMAL_PLAN).plan;

describe("override columns", () => {
  it("leaves the plan as it is when no override cell is filled", () => {
    expect(applyOverrides(plan, { code: "1", name: "A", signer_name: "", number: "  " })).toBe(plan);
    expect(usedOverrides({ code: "1", signer_name: "", number: "5" })).toEqual(["number"]);
  });

  it("replaces each documented field, without touching the model plan", () => {
    const out = applyOverrides(plan, {
      number: "12",
      date: "2026-06-15",
      place: "Thất Khê",
      issuer_name: "Ủy ban nhân dân xã Đoàn Kết",
      signer_name: "Trần Thị Bình",
      signer_title: "CHỦ TỊCH",
      signer_authority: "TM. ỦY BAN NHÂN DÂN | ",
      recipients: "UBND tỉnh Lạng Sơn|Sở Nội vụ||",
    });
    expect(out.number).toBe("12");
    expect(out.date).toBe("2026-06-15");
    expect(out.place).toBe("Thất Khê");
    expect(out.issuer.name).toBe("Ủy ban nhân dân xã Đoàn Kết");
    expect(out.signer).toEqual({ ...plan.signer, name: "Trần Thị Bình", title: "CHỦ TỊCH", authority: ["TM. ỦY BAN NHÂN DÂN"] });
    expect(out.recipients).toEqual(["UBND tỉnh Lạng Sơn", "Sở Nội vụ"]);
    expect(plan.signer.name).toBe("Nguyễn Văn An");
    expect(OVERRIDE_COLUMNS.map((c) => c.column)).toEqual(["number", "date", "place", "issuer_name", "signer_name", "signer_title", "signer_authority", "recipients"]);
  });

  it("reaches the document: the signer's name and the number come from the unit's row", async () => {
    const prepared = prepareYaml(MINIMAL_PLAN);
    const unit = { code: "06040", signer_name: "Hoàng Văn Cường", number: "27", date: "2026-02-05" };
    const { bytes } = await renderPrepared({ ...prepared, plan: applyOverrides(prepared.plan, unit) }, { templates: diskTemplates(), unit });
    const dump = dumpDocx(bytes);
    expect(dump).toContain("**Hoàng Văn Cường**");
    expect(dump).not.toContain("Nguyễn Văn An");
    expect(dump).toContain("Số: 27/KH-UBND");
    expect(dump).toContain("ngày 05 tháng 02 năm 2026");
  });

  it("takes values literally: a {{ in the data is printed, not run as a template", async () => {
    const prepared = prepareYaml(MINIMAL_PLAN);
    const unit = { code: "1", signer_name: "Lê {{unit.code}} Văn" };
    const { bytes } = await renderPrepared({ ...prepared, plan: applyOverrides(prepared.plan, unit) }, { templates: diskTemplates(), unit });
    expect(dumpDocx(bytes)).toContain("**Lê {{unit.code}} Văn**");
  });

  it("refuses a number or date the plan would refuse, naming the column and the reason", () => {
    for (const [column, value, reason] of [
      ["number", "12a", "chỉ gồm chữ số"],
      ["date", "15/06/2026", "NĂM-THÁNG-NGÀY"],
      ["date", "2026-02-30", "không có thật"],
    ] as const) {
      try {
        applyOverrides(plan, { [column]: value });
        expect.unreachable();
      } catch (err) {
        const e = err as KehoachError;
        expect(e.code).toBe("batch");
        expect(e.diagnostics[0]!.code).toBe("batch-override");
        expect(e.diagnostics[0]!.message.vi).toContain(`cột ${column} = "${value}"`);
        expect(e.diagnostics[0]!.message.vi).toContain(reason);
      }
    }
  });

  it("renders the same as a plan written with the values", async () => {
    const prepared = prepareYaml(MINIMAL_PLAN);
    const viaColumn = await renderPrepared({ ...prepared, plan: applyOverrides(prepared.plan, { signer_name: "Trần Văn Dũng" }) }, { templates: diskTemplates() });
    const written = await renderYaml(MINIMAL_PLAN.replace("Nguyễn Văn An", "Trần Văn Dũng"));
    expect(Buffer.from(viaColumn.bytes).equals(Buffer.from(written.bytes))).toBe(true);
  });
});
