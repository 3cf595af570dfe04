import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { allNamedUnits } from "../../src/data/named-unit-records.js";
import { DATA_DIR, allCommunes, allProvinces, namedUnit, type NamedAfter } from "../../src/data/units.js";
import { phraseToneKey } from "../../src/render/tone-key.js";
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

  it("has plain first five columns (namedUnit reads them without a CSV parser): one line per unit, quotes only in the note", () => {
    const lines = raw.trim().split("\n").slice(1);
    expect(lines).toHaveLength(allNamedUnits().length);
    lines.forEach((line, i) => {
      const unit = allNamedUnits()[i]!;
      expect(line.split(",", 5), line).toEqual([unit.code, unit.name, unit.type, unit.province_name, unit.named_after]);
    });
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

  /**
   * The specification namedUnit was first written as: every 2025 name keyed by its tone key in
   * one map (provinces and communes null, then the named-units list, first named line wins).
   * namedUnit now compares tone keys within a group of names that fold alike; it must answer
   * exactly as this map does.
   */
  function referenceIndex(): Map<string, NamedAfter | null> {
    const key = (name: string) => phraseToneKey(name.replace(/\s*[-–]\s*/gu, " - "));
    const index = new Map<string, NamedAfter | null>();
    for (const unit of [...allProvinces(), ...allCommunes()]) index.set(key(unit.name), null);
    for (const unit of allNamedUnits()) if (!index.get(key(unit.name))) index.set(key(unit.name), unit.named_after);
    return index;
  }

  it("answers as one map of every name's tone key would, for every 2025 name and its other spellings", () => {
    const index = referenceIndex();
    const reference = (name: string) => index.get(phraseToneKey(name.replace(/\s*[-–]\s*/gu, " - ")));
    // Old-style tone placement ("hoà", "thuỷ") and back, case, spacing, dashes, marks dropped.
    const swapTone = (s: string) =>
      s.normalize("NFD").replace(/([aeiouy])([\u0300\u0301\u0303\u0309\u0323])([aeiouy])/giu, "$1$3$2").normalize("NFC");
    const variants = (name: string) => [
      name,
      name.toUpperCase(),
      name.toLowerCase(),
      swapTone(name),
      swapTone(swapTone(name)),
      `  ${name.replace(/ /g, "   ")} `,
      name.replace(/ - /g, "-"),
      name.replace(/ /g, " - "),
      name.normalize("NFD").replace(/[\u0300\u0301\u0303\u0309\u0323]/gu, "").normalize("NFC"),
      name.normalize("NFD"),
      `${name} Mới`,
    ];
    const names = [...allProvinces(), ...allCommunes(), ...allNamedUnits()].map((u) => u.name);
    let differ = 0;
    let seen = 0;
    const answers = { null: 0, named: 0, undefined: 0 };
    for (const name of names) {
      for (const v of variants(name)) {
        seen++;
        const got = namedUnit(v);
        if (got !== reference(v)) differ++;
        answers[got === undefined ? "undefined" : got === null ? "null" : "named"]++;
      }
    }
    expect(differ).toBe(0);
    // The variants reach every kind of answer, so the comparison is not vacuous.
    expect(seen).toBeGreaterThan(35_000);
    expect(Math.min(answers.null, answers.named, answers.undefined)).toBeGreaterThan(100);
    for (const name of ["Hoà Bình", "hòa bình", "Lâm Viên–Đà Lạt", "Thuỷ Nguyên", "Đắk Lắk", "ĐẮK LẮK", "Ngô  Quyền", "Quận 1", ""]) expect(namedUnit(name), name).toBe(reference(name));
  });

  it("knows nothing of names outside the 2025 list", () => {
    expect(namedUnit("Nguyễn Văn Cừ")).toBeUndefined();
    expect(namedUnit("Quận 1")).toBeUndefined();
    expect(namedUnit("Từ Sơn Mới")).toBeUndefined();
  });
});
