import { describe, expect, it } from "vitest";
import { TemplateEngine } from "../../src/render/handlebars-env.js";

const engine = new TemplateEngine(new Map([["greeting", "ỦY BAN NHÂN DÂN {{upper (unitOf issuer.name)}}"]]));
const render = (source: string, ctx: object = {}) => engine.compile(source)(ctx);

describe("template helpers", () => {
  it("derive header lines and place names from the issuer's name", () => {
    const ctx = { issuer: { name: "Ủy ban nhân dân phường Lương Văn Tri" } };
    expect(render("{{upper (unitOf issuer.name)}}", ctx)).toBe("PHƯỜNG LƯƠNG VĂN TRI");
    expect(render("{{placeOf (unitOf issuer.name)}}", ctx)).toBe("Phường Lương Văn Tri");
    expect(render("{{> greeting}}", ctx)).toBe("ỦY BAN NHÂN DÂN PHƯỜNG LƯƠNG VĂN TRI");
  });

  it("know provinces from the bundled 2025 list", () => {
    expect(render('{{province "Lạng Sơn"}}')).toBe("tỉnh Lạng Sơn");
    expect(render('{{province "Hà Nội"}}')).toBe("thành phố Hà Nội");
    expect(render('{{province "Sóc Trăng"}}')).toBe("tỉnh Sóc Trăng");
  });

  it("format dates, numbers and case", () => {
    expect(render('{{dateWords "2026-01-09"}}')).toBe("ngày 09 tháng 01 năm 2026");
    expect(render("{{roman 4}}. {{day 5}}/{{month 3}}")).toBe("IV. 05/3");
    expect(render("{{lowerFirst t}} {{upperFirst u}}", { t: "Tổ chức", u: "xã" })).toBe("tổ chức Xã");
    expect(render('{{default a b "z"}}', { a: "", b: "B" })).toBe("B");
  });

  it("are strict: a missing value is an error, not an empty string", () => {
    expect(() => render("{{unit.name}}", { unit: {} })).toThrow(/"name" not defined/);
  });

  it("do not escape HTML: the output is document text", () => {
    expect(render("{{x}}", { x: "Sở VH&TT <b>" })).toBe("Sở VH&TT <b>");
  });
});
