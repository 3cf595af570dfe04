import { describe, expect, it } from "vitest";
import { assignOutputNames, baseName, MAX_BASE_LENGTH } from "../../src/batch/output-name.js";

const SAFE = /^[a-z0-9]+(-[a-z0-9]+)*\.docx$/;

describe("output names", () => {
  it("is the code, then the unit's type and name without diacritics", () => {
    expect(assignOutputNames([{ code: "06526", name: "Na Dương", type: "Xã" }])).toEqual(["06526-xa-na-duong.docx"]);
    expect(assignOutputNames([{ code: "26734", name: "Đắk Lắk", type: "Phường" }])).toEqual(["26734-phuong-dak-lak.docx"]);
    expect(assignOutputNames([{ code: "31012", name: "Phú Quốc", type: "Đặc khu" }])).toEqual(["31012-dac-khu-phu-quoc.docx"]);
  });

  it("cannot escape the output folder, whatever the data holds", () => {
    const hostile = [
      { code: "../../etc", name: "passwd", type: "" },
      { code: "a/b", name: "c\\d", type: "" },
      { code: "..", name: "..", type: ".." },
      { code: "C:\\Windows", name: "system32", type: "" },
      { code: "x\u0000y", name: "line\nbreak\ttab\u001b[31m", type: "" },
      { code: "/absolute", name: "/root/.ssh/id_rsa", type: "" },
      { code: "%2e%2e%2f", name: "~user", type: "" },
    ];
    const names = assignOutputNames(hostile);
    for (const name of names) {
      expect(name).toMatch(SAFE);
      expect(name).not.toContain("..");
      expect(name).not.toContain("/");
      expect(name).not.toContain("\\");
    }
    expect(names[0]).toBe("etc-passwd.docx");
    expect(names[1]).toBe("a-b-c-d.docx");
    expect(names[4]).toBe("x-y-line-break-tab-31m.docx");
  });

  it("gives a unit with no usable text a name from its position", () => {
    expect(assignOutputNames([{ code: "", name: "", type: "" }, { code: "...", name: "—", type: "" }, {}])).toEqual([
      "unit-1.docx",
      "unit-2.docx",
      "unit-3.docx",
    ]);
  });

  it("writes non-Latin names as what survives, and never an empty one", () => {
    const [han, emoji] = assignOutputNames([{ code: "1", name: "河内", type: "" }, { code: "", name: "🏛️", type: "" }]);
    expect(han).toBe("1.docx");
    expect(emoji).toBe("unit-2.docx");
  });

  it("keeps names short", () => {
    const long = "Rất ".repeat(200);
    const [name] = assignOutputNames([{ code: "9".repeat(100), name: long, type: "Xã" }]);
    expect(name!.length).toBeLessThanOrEqual(MAX_BASE_LENGTH + ".docx".length);
    expect(name).toMatch(SAFE);
  });

  it("avoids Windows device names", () => {
    expect(baseName({ code: "", name: "Con", type: "" }, 0)).toBe("con-unit");
    expect(baseName({ code: "NUL", name: "", type: "" }, 0)).toBe("nul-unit");
    expect(baseName({ code: "", name: "Côn", type: "" }, 0)).toBe("con-unit");
  });

  it("tells duplicates apart in list order, deterministically, skipping names others have", () => {
    const records = [
      { code: "1", name: "A", type: "Xã" },
      { code: "1", name: "A", type: "Xã" },
      { code: "1", name: "A", type: "Xã" },
      { code: "1-xa-a-2", name: "", type: "" },
      { code: "1", name: "Á", type: "xã" }, // folds to the same name
    ];
    const names = assignOutputNames(records);
    expect(names).toEqual(["1-xa-a.docx", "1-xa-a-3.docx", "1-xa-a-4.docx", "1-xa-a-2.docx", "1-xa-a-5.docx"]);
    expect(new Set(names).size).toBe(names.length);
    expect(assignOutputNames(records)).toEqual(names);
  });

  it("gives the 3,321 communes of the bundled list 3,321 distinct safe names", async () => {
    const { allCommunes } = await import("../../src/data/units.js");
    const names = assignOutputNames(allCommunes().map((c) => ({ ...c })));
    expect(names).toHaveLength(3321);
    expect(new Set(names).size).toBe(3321);
    expect(names.every((n) => SAFE.test(n))).toBe(true);
    expect(names).toContain("06526-xa-na-duong.docx");
  });

  it("numbers 10,000 identical codes -2 … -10000 in list order, around names others have", () => {
    const same = { code: "7", name: "B", type: "Xã" };
    const records = [...Array.from({ length: 10_000 }, () => same), { code: "7-xa-b-5", name: "", type: "" }];
    const names = assignOutputNames(records);
    expect(names[0]).toBe("7-xa-b.docx");
    expect(names[1]).toBe("7-xa-b-2.docx");
    expect(names[3]).toBe("7-xa-b-4.docx");
    // "-5" belongs to the last unit, so the fourth duplicate skips it.
    expect(names[4]).toBe("7-xa-b-6.docx");
    expect(names[9_999]).toBe("7-xa-b-10001.docx");
    expect(names[10_000]).toBe("7-xa-b-5.docx");
    expect(new Set(names).size).toBe(records.length);
  });

  it("gives the names a search from -2 gives, also when long names are cut to make room for the number", () => {
    // The rule as first written (quadratic): every repeat searches from "-2".
    const reference = (records: { code: string; name: string; type: string }[]): string[] => {
      const bases = records.map((r, i) => baseName(r, i));
      const taken = new Set(bases);
      const used = new Set<string>();
      return bases.map((base) => {
        let name = base;
        for (let n = 2; used.has(name); n++) {
          const suffix = `-${n}`;
          const candidate = `${base.slice(0, MAX_BASE_LENGTH - suffix.length)}${suffix}`;
          if (!used.has(candidate) && !taken.has(candidate)) name = candidate;
        }
        used.add(name);
        return `${name}.docx`;
      });
    };
    const long = "Đông ".repeat(30);
    const records = [];
    for (let i = 0; i < 400; i++) {
      records.push({ code: String(i % 7), name: i % 3 === 0 ? long : "C", type: "Xã" });
      if (i % 50 === 0) records.push({ code: `${i % 7}-xa-c-${(i % 11) + 2}`, name: "", type: "" });
      if (i % 40 === 0) records.push({ code: String(i % 7), name: `${long}${i}`, type: "Xã" });
    }
    const names = assignOutputNames(records);
    expect(names).toEqual(reference(records));
    expect(new Set(names).size).toBe(records.length);
    expect(names.every((n) => SAFE.test(n) && n.length <= MAX_BASE_LENGTH + ".docx".length)).toBe(true);
  });
});
