import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DATA_DIR, allCommunes, allNamedUnits, allProvinces, namedUnit } from "../../src/data/units.js";
import { isNamedAfterPersonOrNumber, looksNamedAfterPersonOrNumber } from "../../src/render/vietnamese.js";

const raw = readFileSync(`${DATA_DIR}named-units.csv`, "utf8");

describe("data/named-units.csv", () => {
  it("is UTF-8 NFC without BOM, \\n line ends, with the documented columns, sorted by code", () => {
    expect(raw.charCodeAt(0)).not.toBe(0xfeff);
    expect(raw).toBe(raw.normalize("NFC"));
    expect(raw).not.toContain("\r");
    expect(raw.split("\n")[0]).toBe("code,name,type,province_name,named_after,note");
    const codes = allNamedUnits().map((u) => u.code);
    expect(codes).toEqual([...codes].sort());
    expect(new Set(codes).size).toBe(codes.length);
    for (const unit of allNamedUnits()) {
      expect(["person", "number", "event"]).toContain(unit.named_after);
      expect(unit.note.trim().length, unit.code).toBeGreaterThan(3);
    }
  });

  it("names only real 2025 units, with the same name, type and province", () => {
    const units = new Map<string, { name: string; type: string; province_name: string }>();
    for (const c of allCommunes()) units.set(c.code, c);
    for (const p of allProvinces()) units.set(p.code, { name: p.name, type: p.type, province_name: p.name });
    for (const unit of allNamedUnits()) {
      const real = units.get(unit.code);
      expect(real, unit.code).toBeDefined();
      expect([unit.name, unit.type, unit.province_name]).toEqual([real!.name, real!.type, real!.province_name]);
    }
  });

  it("lists every 2025 name with a numeral as a number, and only those", () => {
    const withDigits = allCommunes().filter((c) => /\d/.test(c.name)).map((c) => c.code);
    const numbers = allNamedUnits().filter((u) => u.named_after === "number").map((u) => u.code);
    expect(numbers).toEqual([...withDigits].sort());
    expect(numbers).toHaveLength(37);
  });

  it("has Thành phố Hồ Chí Minh as the only province named after a person", () => {
    const provinceCodes = new Set(allProvinces().map((p) => p.code));
    expect(allNamedUnits().filter((u) => provinceCodes.has(u.code)).map((u) => [u.name, u.named_after])).toEqual([["Hồ Chí Minh", "person"]]);
  });
});

describe("namedUnit", () => {
  it("classifies the names the shape heuristic got wrong", () => {
    const places = ["Hoàng Su Phì", "Chư A Thai", "Phan Rí Cửa", "Lâm Viên - Đà Lạt", "Đinh Văn Lâm Hà", "Đinh Trang Thượng", "Lương Hòa Lạc", "Trường Long Hòa", "Cù Lao Giêng", "Trường Long Tây", "Cù Lao Dung"];
    for (const name of places) {
      expect(looksNamedAfterPersonOrNumber(name), name).toBe(true);
      expect(namedUnit(name), name).toBeNull();
      expect(isNamedAfterPersonOrNumber(name), name).toBe(false);
    }
    const people = ["Quang Trung", "Nguyễn Huệ", "Kim Đồng", "Lê Lợi", "Tô Hiệu", "Trần Phú", "Nguyễn Trãi", "Nguyễn Du", "Ngô Quyền", "Yết Kiêu", "Hai Bà Trưng"];
    for (const name of people) {
      expect(looksNamedAfterPersonOrNumber(name), name).toBe(false);
      expect(namedUnit(name), name).toBe("person");
      expect(isNamedAfterPersonOrNumber(name), name).toBe(true);
    }
    expect(namedUnit("Bạch Đằng")).toBe("event");
    expect(namedUnit("Điện Biên Phủ")).toBe("event");
    expect(namedUnit("Đống Đa")).toBe("event");
    expect(namedUnit("Hồ Chí Minh")).toBe("person");
    expect(namedUnit("Phú Hòa 2")).toBe("number");
    expect(namedUnit("1 Bảo Lộc")).toBe("number");
  });

  it("leaves ideals and ordinary places out", () => {
    for (const name of ["Thống Nhất", "Độc Lập", "Hòa Bình", "Tân Lập", "Na Dương", "Thất Khê", "Điện Biên", "Lạng Sơn"]) {
      expect(namedUnit(name), name).toBeNull();
    }
  });

  it("ignores case and tone-mark placement but not the other marks", () => {
    expect(namedUnit("Đặng Thuỳ Trâm")).toBe("person");
    expect(namedUnit("đặng thùy trâm")).toBe("person");
    expect(namedUnit("Lâm Viên-Đà Lạt")).toBeNull();
    // foldKey would merge these: a person and a place, an event and a place.
    expect(namedUnit("Kim Đông")).toBeNull();
    expect(namedUnit("Ba Dinh")).toBeNull();
    expect(namedUnit("Ba Đình")).toBe("event");
  });

  it("knows nothing of names outside the 2025 list", () => {
    expect(namedUnit("Nguyễn Văn Cừ")).toBeUndefined();
    expect(namedUnit("Quận 1")).toBeUndefined();
    expect(namedUnit("Từ Sơn Mới")).toBeUndefined();
  });
});
