import { describe, expect, it } from "vitest";
import { describeUnit, findUnitByCode, findUnitByName, type UnitMatch } from "../../src/init/find-unit.js";
import { failure } from "../helpers/failure.js";

const shown = (m: UnitMatch): string => describeUnit(m);


describe("findUnitByName", () => {
  it("matches ignoring case, diacritics and where the tone mark sits", () => {
    expect(shown(findUnitByName("Thất Khê", "commune"))).toBe("Xã Thất Khê (tỉnh Lạng Sơn), mã 06040");
    expect(shown(findUnitByName("THAT KHE", "commune"))).toBe("Xã Thất Khê (tỉnh Lạng Sơn), mã 06040");
    expect(shown(findUnitByName("Phú Hoà, Đồng Nai", "commune"))).toBe("Xã Phú Hòa (tỉnh Đồng Nai), mã 26221");
  });

  it("prefers the exact spelling over a name that differs only in diacritics", () => {
    // "Ba Đình" (Hà Nội, Thanh Hóa) and "Ba Dinh" (Quảng Ngãi) fold to the same letters.
    expect(shown(findUnitByName("Ba Dinh", "commune"))).toBe("Xã Ba Dinh (tỉnh Quảng Ngãi), mã 21499");
    expect(findUnitByName("phường Ba Đình", "commune")).toMatchObject({ kind: "commune", commune: { code: "00004" } });
  });

  it("reads a unit type and a province written with the name", () => {
    expect(findUnitByName("Xã Tân Hiệp, An Giang", "any")).toMatchObject({ kind: "commune", commune: { code: "30850" } });
    expect(findUnitByName("phường Tân Hiệp", "any")).toMatchObject({ kind: "commune", commune: { code: "25920" } });
    expect(findUnitByName("Thành phố Hồ Chí Minh", "any")).toMatchObject({ kind: "province", province: { code: "79" } });
  });

  it("takes the province when no tier or type says otherwise", () => {
    expect(findUnitByName("Lạng Sơn", "any")).toMatchObject({ kind: "province", province: { name: "Lạng Sơn" } });
  });

  it("refuses an ambiguous name with every candidate and its code", () => {
    const err = failure(() => findUnitByName("Tân Hiệp", "commune"));
    expect(err.code).toBe("usage");
    expect(err.diagnostics[0]?.message.vi).toBe(
      'có 3 đơn vị tên "Tân Hiệp":\n  Xã Tân Hiệp (thành phố Đà Nẵng), mã 20434\n  Phường Tân Hiệp (thành phố Hồ Chí Minh), mã 25920\n  Xã Tân Hiệp (tỉnh An Giang), mã 30850',
    );
    expect(err.diagnostics[0]?.hint?.vi).toContain("--code 20434");
  });

  it("refuses an unknown name with the closest names", () => {
    const err = failure(() => findUnitByName("Lang Sonn", "province"));
    expect(err.diagnostics[0]?.code).toBe("init-unknown-unit");
    expect(err.diagnostics[0]?.message.vi).toContain("tên gần giống:\n  Tỉnh Lạng Sơn, mã 20");
  });
});

describe("findUnitByCode", () => {
  it("finds a province by 2 digits and a commune by 5, leading zeros optional", () => {
    expect(shown(findUnitByCode("20"))).toBe("Tỉnh Lạng Sơn, mã 20");
    expect(shown(findUnitByCode("1"))).toBe("Thành phố Hà Nội, mã 01");
    expect(shown(findUnitByCode("6040"))).toBe("Xã Thất Khê (tỉnh Lạng Sơn), mã 06040");
  });

  it("refuses a code that is not in the list", () => {
    expect(failure(() => findUnitByCode("99")).diagnostics[0]?.code).toBe("init-unknown-code");
    expect(failure(() => findUnitByCode("abc")).diagnostics[0]?.code).toBe("init-unknown-code");
  });
});
