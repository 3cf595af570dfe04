import { describe, expect, it } from "vitest";
import { buildBytes, byId, check, failing, ROOT } from "./bases.js";

/**
 * Correct documents `check` used to fail (issue 9), each built from a fixture plan: they must
 * pass, and the rule that misfired must have looked at the right paragraph.
 */
const FIXTURE = `${ROOT}test/fixtures/check/false-alarms`;

describe("check: no false alarms", () => {
  it("a header line «SỐ 1050/QĐ-SCT» under the issuer is not the «Số:» line", async () => {
    const report = check(await buildBytes(`${FIXTURE}/so-header-line.yaml`));
    expect(failing(report)).toEqual([]);
    const so = byId(report).get("ND30-so-ky-hieu")!;
    expect(so.status).toBe("PASS");
    expect(so.findings[0]!.message.vi).toContain("«Số: 15/KH-TCT» đúng dạng");
    expect(byId(report).get("ND30-so-date-row")!.status).toBe("PASS");
  });

  it("a list of slogans «1.» … «23.» is not 23 khoản headings that must be bold", async () => {
    const report = check(await buildBytes(`${FIXTURE}/slogans.yaml`));
    expect(failing(report)).toEqual([]);
    expect(byId(report).get("ND30-heading-style")!.findings[0]!.message.en).toBe("2 khoản, 0 điểm well formed");
  });

  it("an appendix without a «Phụ lục» label is found by its section and reference line", async () => {
    const report = check(await buildBytes(`${FIXTURE}/unlabelled-appendix.yaml`));
    expect(failing(report)).toEqual([]);
    const results = byId(report);
    expect(results.get("ND30-appendix-reference")!.status).toBe("PASS");
    expect(results.get("ND30-appendix-title")!.status).toBe("PASS");
    expect(results.get("ND30-appendix-page-numbers")!.status).toBe("PASS");
    expect(results.get("ND30-appendix-label-case")!.status).toBe("NOT_EVALUATED");
  });

  it("a word kept in its own case ({IoT}, {eKYC}) inside a title in capitals is not lower case", async () => {
    const report = check(await buildBytes(`${FIXTURE}/kept-case-title.yaml`));
    expect(failing(report)).toEqual([]);
    const title = byId(report).get("ND30-appendix-title")!;
    expect(title.status).toBe("PASS");
    expect(JSON.stringify(title.findings)).toContain("IoT");
  });
});
