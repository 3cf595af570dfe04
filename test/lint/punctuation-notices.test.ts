import { describe, expect, it } from "vitest";
import { checkDocx } from "../../src/check/check-docx.js";
import { dumpDocx, MINIMAL_PLAN, renderYaml } from "../helpers/build.js";

/** No silent changes: a typed mark kehoach replaces is reported, naming the field; a ";" the sentence needs is kept. */

const plan = (basis: string[], preamble?: string) =>
  MINIMAL_PLAN.replace("sections:", `basis:\n${basis.map((b) => `  - "${b}"`).join("\n")}\n${preamble ? `preamble: "${preamble}"\n` : ""}sections:`);
const BASIS = ["Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;", "Căn cứ Kế hoạch số 153/KH-UBND ngày 23 tháng 4 năm 2026 của Ủy ban nhân dân tỉnh Lạng Sơn"];
const LEAD_IN = "Căn cứ tình hình thực tế, Ủy ban nhân dân xã Thất Khê xây dựng Kế hoạch như sau:";

describe("căn cứ punctuation", () => {
  it("keeps «;» on the last căn cứ when a «Căn cứ tình hình …» preamble goes on; check agrees", async () => {
    const { bytes, diagnostics } = await renderYaml(plan([BASIS[0]!, `${BASIS[1]};`], LEAD_IN));
    expect(diagnostics.filter((d) => d.code.endsWith("punctuation"))).toEqual([]);
    const text = dumpDocx(bytes);
    expect(text).toContain(`${BASIS[1]};`);
    expect(text).toContain(LEAD_IN);
    const canCu = checkDocx(bytes).results.find((r) => r.id === "ND30-can-cu")!;
    expect(canCu.status).toBe("PASS");
    expect(canCu.findings[0]!.message.en).toBe("2 căn cứ lines punctuated right");
  });

  it("writes «;» there even when none was typed (the sentence is not over)", async () => {
    const { bytes } = await renderYaml(plan(BASIS, LEAD_IN));
    expect(dumpDocx(bytes)).toContain(`${BASIS[1]};`);
  });

  it("reports a typed mark it replaces, at the mark, naming the field", async () => {
    const yaml = plan([BASIS[0]!, `${BASIS[1]}:`]);
    const { bytes, diagnostics } = await renderYaml(yaml);
    expect(dumpDocx(bytes)).toContain(`${BASIS[1]}.`);
    const line = yaml.split("\n").findIndex((l) => l.includes(`${BASIS[1]}:`)) + 1;
    const column = yaml.split("\n")[line - 1]!.indexOf(`${BASIS[1]}:`) + BASIS[1]!.length + 1;
    expect(diagnostics.filter((d) => d.severity === "notice" && d.code === "basis-punctuation")).toEqual([
      expect.objectContaining({ path: ["basis", 1], position: { line, column }, message: { vi: "dấu «:» gõ ở cuối được thay bằng «.» theo Nghị định 30", en: "the typed «:» at the end is replaced by «.», as ND30 writes it" } }),
    ]);
    expect(checkDocx(bytes).results.find((r) => r.id === "ND30-can-cu")!.status).toBe("PASS");
  });

  it("says nothing when the typed marks are the ones ND30 wants", async () => {
    const { diagnostics } = await renderYaml(plan([BASIS[0]!, `${BASIS[1]}.`]));
    expect(diagnostics.filter((d) => d.severity === "notice")).toEqual([]);
  });

  it("reports a recipient ending «.» and a closing ending «:»", async () => {
    const yaml = MINIMAL_PLAN.replace("  - UBND tỉnh Lạng Sơn", "  - UBND tỉnh Lạng Sơn.").replace("sections:", "closing: \"Trên đây là Kế hoạch của xã:\"\nsections:");
    const { diagnostics } = await renderYaml(yaml);
    expect(diagnostics.filter((d) => d.severity === "notice").map((d) => [d.code, (d.path ?? []).join(".")])).toEqual([
      ["closing-punctuation", "closing"],
      ["recipient-punctuation", "recipients.0"],
    ]);
  });
});
