import { describe, expect, it } from "vitest";
import { lineColumnOf, locateInValue, offsetOfLineColumn } from "../../src/load/locate-in-value.js";
import { parsePlanYaml } from "../../src/load/parse-yaml.js";

const plan = (text: string) => parsePlanYaml({ file: "/p/plan.yaml", text, cleaned: [] });

/** Where the character at `needle` in the field's value stands in the file. */
function at(text: string, path: (string | number)[], needle: string) {
  const p = plan(text);
  let value: unknown = p.data;
  for (const k of path) value = (value as Record<string | number, unknown>)[k];
  return locateInValue(p, path, String(value).indexOf(needle));
}

describe("locateInValue", () => {
  it("finds a character of a plain scalar", () => {
    expect(at("tier: commune\ntitle: Tổ chức {{x}} năm\n", ["title"], "{{x}}")).toEqual({ line: 2, column: 16 });
  });

  it("finds it in a literal block, below the | line and past the indentation", () => {
    const text = "title: |\n  Dòng một\n    Dòng hai {{x}}\n";
    expect(at(text, ["title"], "{{x}}")).toEqual({ line: 3, column: 14 });
  });

  it("finds it in a folded block and a multi-line plain scalar, where YAML joined lines", () => {
    expect(at("title: >\n  Gấp\n  dòng {{x}}\n", ["title"], "{{x}}")).toEqual({ line: 3, column: 8 });
    expect(at("title: Một\n  hai {{x}}\n", ["title"], "{{x}}")).toEqual({ line: 2, column: 7 });
  });

  it("skips quotes and escapes", () => {
    expect(at("title: \"a\\tb \\u00e0 {{x}}\"\n", ["title"], "{{x}}")).toEqual({ line: 1, column: 21 });
    expect(at("title: 'It''s {{x}}'\n", ["title"], "{{x}}")).toEqual({ line: 1, column: 15 });
  });

  it("finds an item of a list, and a string standing for a one-item list", () => {
    expect(at("body:\n  - a\n  - b {{x}}\n", ["body", 1], "{{x}}")).toEqual({ line: 3, column: 7 });
    const p = plan("body: |\n  a\n  b {{x}}\n");
    expect(locateInValue(p, ["body", 0], "a\nb ".length)).toEqual({ line: 3, column: 5 });
  });

  it("falls back to the field's position past the end of the value", () => {
    const p = plan("title: abc\n");
    expect(locateInValue(p, ["title"], 99)).toEqual({ line: 1, column: 8 });
  });
});

describe("offsetOfLineColumn / lineColumnOf", () => {
  it("convert between 1-based line:column and offsets", () => {
    const text = "ab\ncde\nf";
    expect(offsetOfLineColumn(text, 2, 2)).toBe(4);
    expect(lineColumnOf(text, 4)).toEqual({ line: 2, column: 2 });
    expect(lineColumnOf(text, 0)).toEqual({ line: 1, column: 1 });
  });
});
