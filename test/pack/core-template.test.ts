import { describe, expect, it } from "vitest";
import { documentSpec, toDocument } from "../../src/docx/document-spec.js";
import { CoreTemplates } from "../../src/pack/core-template.js";
import type { FileInternals } from "../../src/pack/format-piece.js";
import { pinCoreDates } from "../../src/pack/pack-docx.js";
import { coreXml, type Compiler } from "../../src/pack/shape-check.js";
import { VERIFY_PER_TEMPLATE } from "../../src/pack/slot-templates.js";
import { renderLayout } from "../../src/pipeline.js";
import { diskTemplates } from "../../src/templates-provider.js";
import { compiler } from "../helpers/docx-compiler.js";
import { prepareYaml } from "../helpers/build.js";
import { readFileSync } from "node:fs";

const prepared = prepareYaml(readFileSync(new URL("../../examples/batch-lang-son/plan.yaml", import.meta.url), "utf8"));
const templates = diskTemplates();
const names = ["Na Dương", "Lương Văn Tri", "Hoà An & \"Tân\" <Mới>", "Ba Đình", "Tab\tvà\u0001điều khiển", "Yên Hòa"];
const specs = names.map((name, i) => documentSpec(renderLayout(prepared, { templates, unit: { code: String(i + 1), name, type: "Xã", province_code: "20", province_name: "Lạng Sơn" } }).layout));
const c = compiler as unknown as Compiler;
const fileOf = (i: number): FileInternals => {
  const doc = toDocument(specs[i]!);
  c.compile(doc);
  return doc as unknown as FileInternals;
};
const FILE = fileOf(0);
const ISO = "2026-05-01T00:00:00Z";
/** What the packer writes: docx's core.xml with its dates pinned (docx stamps the time of writing). */
const expected = (compiler: Compiler, spec: (typeof specs)[number]) => pinCoreDates(coreXml(compiler, FILE, spec), ISO);

describe("CoreTemplates", () => {
  it("writes each unit's core.xml as docx does, from a template once its first units matched", () => {
    const core = new CoreTemplates();
    for (const spec of specs) expect(core.xml(c, FILE, spec, ISO)).toBe(expected(c, spec));
    expect(specs[2]!.options.title).toContain("Hoà An & \"Tân\" <Mới>");
    expect(core.filled).toBe(names.length - VERIFY_PER_TEMPLATE);
  });

  it("stops using a template for good when docx writes a text other than as given", () => {
    // A docx that writes text upper-cased: the marks come out as they were, the units' texts do not.
    const upper = (x: unknown): unknown =>
      typeof x === "string" ? x.toUpperCase() : Array.isArray(x) ? x.map(upper) : x && typeof x === "object" ? Object.fromEntries(Object.entries(x).map(([k, v]) => [k, k === "_attr" ? v : upper(v)])) : x;
    const shouting: Compiler = { ...c, formatter: { format: (component, context) => upper(c.formatter.format(component, context)) } };
    const core = new CoreTemplates();
    for (const spec of specs) expect(core.xml(shouting, FILE, spec, ISO)).toBe(expected(shouting, spec));
    expect(coreXml(shouting, FILE, specs[0]!)).toContain("NA DƯƠNG");
    expect(core.filled).toBe(0);
  });
});
