import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FONT_METRICS } from "../../src/layout/font-metrics.js";
import { readAdvanceWidths } from "../helpers/ttf.js";

const FONT_DIR = "/usr/share/fonts/truetype/liberation2";
const STYLES = { regular: "Regular", bold: "Bold", italic: "Italic", boldItalic: "BoldItalic" } as const;
const TARGET = new URL("../../src/layout/font-metrics.ts", import.meta.url);

function generate(): string {
  const chars = [...FONT_METRICS.chars];
  const lines = Object.entries(STYLES).map(([key, file]) => {
    const { unitsPerEm, widths } = readAdvanceWidths(`${FONT_DIR}/LiberationSerif-${file}.ttf`, chars);
    if (unitsPerEm !== FONT_METRICS.unitsPerEm) throw new Error(`unitsPerEm ${unitsPerEm}`);
    return `    ${key}: [${widths.join(", ")}],`;
  });
  const text = readFileSync(TARGET, "utf8");
  return text.replace(/( {2}widths: \{\n)[\s\S]*?(\n {2}\},)/, `$1${lines.join("\n")}$2`);
}

// Liberation Serif comes with fonts-liberation2, which .ci/run installs.
describe.runIf(existsSync(FONT_DIR))("font metrics table", () => {
  it("matches Liberation Serif (metric twin of Times New Roman)", () => {
    const expected = generate();
    if (process.env.KEHOACH_UPDATE_GOLDEN) writeFileSync(TARGET, expected);
    expect(readFileSync(TARGET, "utf8")).toBe(expected);
  });
});
