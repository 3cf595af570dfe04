import { describe, expect, it } from "vitest";
import { TemplateEngine } from "../../src/render/handlebars-env.js";
import { TEMPLATE_LIMITS } from "../../src/render/template-budget.js";

/** An engine that counts how often a helper really runs. */
function countingEngine(): { engine: TemplateEngine; calls: () => number } {
  const engine = new TemplateEngine();
  engine.reuseRenders();
  let n = 0;
  const hb = (engine as unknown as { hb: { helpers: Record<string, (...a: unknown[]) => unknown> } }).hb;
  const lower = hb.helpers.lower!;
  hb.helpers.lower = (...a: unknown[]) => {
    n++;
    return lower(...a);
  };
  return { engine, calls: () => n };
}

const unit = (name: string, type: string) => ({ unit: { name, type, code: name } });

describe("batch render reuse (render-memo.ts)", () => {
  it("renders once per distinct value read, and gives the text a fresh render gives", () => {
    const { engine, calls } = countingEngine();
    const source = "trên địa bàn {{lower unit.type}}";
    const names = ["Na Dương", "Đông Kinh", "Chi Lăng", "Tam Thanh", "Mẫu Sơn", "Kỳ Lừa", "Hoàng Văn Thụ", "Tân Thanh"];
    const texts = names.map((name, i) => engine.render(source, unit(name, i % 2 ? "Phường" : "Xã")));
    expect(texts).toEqual(names.map((_, i) => (i % 2 ? "trên địa bàn phường" : "trên địa bàn xã")));
    // Kept from its second use (cache/seen-before.ts): rendered twice per value, then reused.
    expect(calls()).toBe(4);
  });

  it("a field that reads the unit's name is rendered for each unit", () => {
    const { engine, calls } = countingEngine();
    const texts = ["Na Dương", "Chi Lăng"].map((name) => engine.render("{{lower unit.type}} {{unit.name}}", unit(name, "Xã")));
    expect(texts).toEqual(["xã Na Dương", "xã Chi Lăng"]);
    expect(calls()).toBe(2);
  });

  it("keeps nothing for a template whose reads are unknown ({{#each}})", () => {
    const { engine, calls } = countingEngine();
    const source = "{{#each list}}{{lower this}} {{/each}}";
    expect(engine.render(source, { list: ["A", "B"] })).toBe("a b ");
    expect(engine.render(source, { list: ["C"] })).toBe("c ");
    expect(calls()).toBe(3);
  });

  it("keeps nothing for a failed render: the same error comes back for the next unit", () => {
    const { engine } = countingEngine();
    expect(() => engine.render("{{unit.type}}", { unit: { name: "A" } })).toThrow(/not defined/);
    expect(() => engine.render("{{unit.type}}", { unit: { name: "B" } })).toThrow(/not defined/);
  });

  it("a reused text still counts toward the document's character budget", () => {
    const engine = new TemplateEngine();
    engine.reuseRenders();
    const big = "x".repeat(TEMPLATE_LIMITS.charsPerField - 1);
    const fits = Math.floor(TEMPLATE_LIMITS.charsPerDocument / big.length);
    const ctx = { vars: { big } };
    engine.beginDocument();
    for (let i = 0; i < fits; i++) engine.render("{{vars.big}}", ctx);
    expect(() => engine.render("{{vars.big}}", ctx)).toThrow(/characters in one document/);
    engine.beginDocument();
    expect(engine.render("{{vars.big}}", ctx)).toHaveLength(big.length);
  });
});
