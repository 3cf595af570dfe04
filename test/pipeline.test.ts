import { describe, expect, it } from "vitest";
import { MINIMAL_PLAN, renderYaml } from "./helpers/build.js";

describe("pipeline", () => {
  it("warns about the district tier on a document dated after 1 July 2025, and still renders", async () => {
    const r = await renderYaml(MINIMAL_PLAN.replace("tier: commune", "tier: district").replace("xã Thất Khê", "huyện Đông Sơn"));
    expect(r.diagnostics.map((d) => d.code)).toContain("ND30-district-after-reform");
    expect(r.layout.header.issuerLines).toEqual(["ỦY BAN NHÂN DÂN", "HUYỆN ĐÔNG SƠN"]);
  });

  it("renders a district plan dated before the reform without that warning", async () => {
    const r = await renderYaml(MINIMAL_PLAN.replace("tier: commune", "tier: district").replace("xã Thất Khê", "huyện Đông Sơn").replace("2026-01-09", "2021-10-12"));
    expect(r.diagnostics.map((d) => d.code)).not.toContain("ND30-district-after-reform");
  });

  it("passes on a notice when the input was not NFC", async () => {
    const r = await renderYaml(MINIMAL_PLAN.normalize("NFD"));
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ severity: "notice", code: "input-cleaned" }));
    expect(r.layout.signature.name).toBe("Nguyễn Văn An");
  });
});
