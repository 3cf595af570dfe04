import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkDocx } from "../../src/check/check-docx.js";
import { importDocx } from "../../src/import/import-docx.js";
import { readDocxPackage } from "../../src/ooxml/package.js";
import { lintPlan } from "../../src/lint/lint-plan.js";
import { resolvePrepared } from "../../src/pipeline.js";
import { diskTemplates } from "../../src/templates-provider.js";
import { prepareYaml, renderYaml } from "../helpers/build.js";
import { ROOT } from "../helpers/run-cli.js";
import { docxBodyText } from "../helpers/word-similarity.js";
import { FULL_PLAN } from "../check/bases.js";

/**
 * build → import → build: the plan kehoach reads back from its own DOCX prints the same words
 * in the same order, passes check, and validates without an error.
 */
/** Where a plan has points (numbering: points, or items labelled a), b)…) or decimal numbering, and how many items each list has. */
type Sec = { numbering?: string; label?: string; sections?: Sec[] };
const schemeOf = (s: Sec): string | undefined =>
  s.numbering ?? (s.sections?.length && s.sections.every((c) => /^[a-zđ]\)$/u.test(c.label ?? "")) ? "points" : undefined);
const listShape = (sections: readonly Sec[] = [], at = "sections"): string[] =>
  sections.flatMap((s, i) => {
    const scheme = schemeOf(s);
    return [...(scheme && scheme !== "arabic" && scheme !== "roman" ? [`${at}.${i}: ${scheme} × ${s.sections?.length ?? 0}`] : []), ...listShape(s.sections, `${at}.${i}.sections`)];
  });

const words = (text: string): string[] => text.normalize("NFC").match(/[\p{L}\p{N}]+/gu) ?? [];
/** Every plan under examples/ (a batch template rendered for one commune), and the check fixture. */
const examples = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? examples(path.join(dir, e.name)) : e.name.endsWith(".yaml") ? [path.join(dir, e.name)] : []));
const PLANS = [
  ...examples(path.join(ROOT, "examples"))
    .sort()
    .map((plan) => ({ name: path.relative(path.join(ROOT, "examples"), plan), plan })),
  { name: "full-plan (check fixture)", plan: FULL_PLAN },
];
const UNIT = { code: "06175", name: "Na Dương", type: "Xã", province_code: "20", province_name: "Lạng Sơn" };

describe("round trip of the examples", () => {
  it("covers every example", () => {
    expect(PLANS.length).toBeGreaterThanOrEqual(8);
  });
  for (const { name, plan } of PLANS) {
    it(`${name}: same words, passes check, validates clean`, async () => {
      const first = await renderYaml(readFileSync(plan, "utf8"), { sourceDateEpoch: "0", ...(name.includes("/") ? { unit: UNIT } : {}) });
      const imported = importDocx(first.bytes, { file: `${name}.docx` });
      const prepared = prepareYaml(imported.yaml);
      const resolved = resolvePrepared(prepared, { templates: diskTemplates() });
      const lint = lintPlan(prepared, resolved);
      expect(lint.filter((d) => d.severity === "error").map((d) => d.code)).toEqual([]);
      const originalLint = new Set(first.diagnostics.map((d) => d.code));
      expect(lint.map((d) => d.code).filter((c) => !originalLint.has(c))).toEqual([]);
      const second = await renderYaml(imported.yaml, { sourceDateEpoch: "0" });
      expect(words(docxBodyText(second.bytes))).toEqual(words(docxBodyText(first.bytes)));
      expect(checkDocx(second.bytes).ok).toBe(true);
      // Points lists come back as lists, in the same sections, with as many items.
      expect(listShape((imported.plan as { sections?: Sec[] }).sections)).toEqual(listShape(prepareYaml(readFileSync(plan, "utf8")).plan.sections as Sec[]));
      // Nothing was kept as plain text or guessed for a document kehoach wrote itself.
      expect(imported.notes.filter((n) => n.kind === "text").map((n) => n.message.en)).toEqual([]);
    });
  }
});

/** The check fixture with footnotes in căn cứ, a heading, body text, the closing and an appendix table cell. */
const WITH_FOOTNOTES = (): string => {
  const plan = readFileSync(FULL_PLAN, "utf8");
  const marked = plan
    .replace("ngày 16 tháng 6 năm 2025", "ngày 16 tháng 6 năm 2025[^luat]")
    .replace("- title: Mục đích\n", "- title: Mục đích[^md]\n")
    .replace("chào mừng các ngày lễ lớn.", "chào mừng các ngày lễ lớn[^le].")
    .replace("[Triển lãm ảnh, Tháng 9]", '[Triển lãm ảnh, "Tháng 9[^t9]"]');
  expect(marked.match(/\[\^/g)?.length).toBe(4);
  return `${marked}\nfootnotes:\n  luat: Luật số 72/2025/QH15.\n  md: Theo *Kế hoạch* số 02/KH-UBND.\n  le: Gồm các ngày lễ lớn của đất nước.\n  t9: Dự kiến, có thể thay đổi.\n`;
};

const noteTexts = (bytes: Uint8Array): string[] =>
  [...(readDocxPackage(bytes).text("word/footnotes.xml") ?? "").matchAll(/<w:footnote w:id="(\d+)">(.*?)<\/w:footnote>/gs)].map(
    (m) => `${m[1]}: ${[...m[2]!.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join("").trim()}`,
  );

describe("round trip of appendix content", () => {
  it("text with its alignment and emphasis, tables and a signature block come back as the same content: list", async () => {
    const file = path.join(ROOT, "examples/doan-kiem-tra-so-cong-thuong-2026.yaml");
    const original = prepareYaml(readFileSync(file, "utf8")).plan.appendices!;
    const first = await renderYaml(readFileSync(file, "utf8"), { sourceDateEpoch: "0" });
    const imported = prepareYaml(importDocx(first.bytes).yaml).plan.appendices!;
    // Widths are read back from the page (scaled); text compared line by line (consecutive lines of the
    // same look may share one item; a literal "*" comes back escaped, which prints the same).
    const shape = (list: typeof original) =>
      list.map((a) => ({
        title: a.title,
        content: a.content?.flatMap((c): unknown[] =>
          "table" in c
            ? [{ table: { ...c.table, columns: c.table.columns.map(({ title, align }) => ({ title, align })) } }]
            : "text" in c
              ? c.text.flatMap((t) => t.trimEnd().split("\n")).map((line) => ({ ...c, text: line.replace(/\\\*/g, "*") }))
              : [c],
        ),
      }));
    expect(shape(imported)).toEqual(shape(original));
  });
});

describe("round trip of a plan with footnotes", () => {
  it("markers come back at their place, the notes in footnotes:, and the rebuilt DOCX has the same Word footnotes", async () => {
    const first = await renderYaml(WITH_FOOTNOTES(), { sourceDateEpoch: "0" });
    expect(noteTexts(first.bytes)).toHaveLength(4);
    const imported = importDocx(first.bytes, { file: "footnotes.docx" });
    expect(imported.yaml).toContain("ngày 16 tháng 6 năm 2025[^1]");
    expect(imported.yaml).toContain("Mục đích[^2]");
    expect(imported.yaml).toContain("các ngày lễ lớn[^3].");
    expect(imported.yaml).toContain("Tháng 9[^4]");
    expect(imported.plan.footnotes).toEqual({
      "1": "Luật số 72/2025/QH15.",
      "2": "Theo *Kế hoạch* số 02/KH-UBND.",
      "3": "Gồm các ngày lễ lớn của đất nước.",
      "4": "Dự kiến, có thể thay đổi.",
    });
    expect(imported.notes.filter((n) => n.kind === "text").map((n) => n.message.en)).toEqual([]);
    const second = await renderYaml(imported.yaml, { sourceDateEpoch: "0" });
    expect(words(docxBodyText(second.bytes))).toEqual(words(docxBodyText(first.bytes)));
    expect(noteTexts(second.bytes)).toEqual(noteTexts(first.bytes));
    expect(readDocxPackage(second.bytes).text("word/document.xml")!.match(/<w:footnoteReference w:id="\d+"\/>/g)).toHaveLength(4);
    expect(checkDocx(second.bytes).ok).toBe(true);
  });
});
