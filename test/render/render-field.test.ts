import { describe, expect, it } from "vitest";
import type { KehoachError } from "../../src/errors.js";
import type { TemplateRef } from "../../src/load/template-set.js";
import { TemplateEngine } from "../../src/render/handlebars-env.js";
import { renderField } from "../../src/render/render-field.js";
import { resolvePrepared } from "../../src/pipeline.js";
import { diskTemplates } from "../../src/templates-provider.js";
import { MINIMAL_PLAN, prepareYaml } from "../helpers/build.js";
import { failure } from "../helpers/failure.js";


const resolveError = (yaml: string) => failure(() => resolvePrepared(prepareYaml(yaml), { templates: diskTemplates() }));
const where = (e: KehoachError) => e.diagnostics.map((d) => [d.code, d.path?.join("."), d.position?.line, d.position?.column]);

describe("template errors in plan fields point at the character in the file", () => {
  it("in a plain scalar", () => {
    const e = resolveError(MINIMAL_PLAN.replace("title: Tổ chức", "title: Tổ chức {{vars.nam}}"));
    expect(e.code).toBe("render");
    expect(where(e)).toEqual([["template-missing-value", "title", 6, 18]]);
  });

  it("in a literal block scalar (|), on the right line below the key", () => {
    const e = resolveError(MINIMAL_PLAN.replace("title: Tổ chức", "title: |\n  Tổ chức {{vars.nam}}\n  hoạt động"));
    expect(where(e)).toEqual([["template-missing-value", "title", 7, 13]]);
  });

  it("at the {{ left open, not at the end of the text", () => {
    const e = resolveError(MINIMAL_PLAN.replace("      - Tổ chức tốt các hoạt động.\n", "      - Tổ chức tốt {{#if vars.x}}các hoạt động.\n      - Hết.\n"));
    expect(e.code).toBe("template");
    expect(where(e)).toEqual([["template-syntax", "sections.0.body.0", 10, 21]]);
    expect(e.diagnostics[0]?.message.vi).toBe("mẫu kết thúc khi một {{…}} hoặc khối {{#…}} chưa được đóng");
  });

  it("reports every failing field of a plan in one error, in field order", () => {
    const e = resolveError(MINIMAL_PLAN.replace("title: Tổ chức", "title: Tổ chức {{vars.a}}").replace("  - UBND tỉnh Lạng Sơn", "  - UBND {{uper issuer.name}}"));
    expect(where(e)).toEqual([
      ["template-missing-value", "title", 6, 18],
      ["template-missing-value", "recipients.0", 12, 12],
    ]);
    expect(e.diagnostics[1]?.hint?.vi).toBe('có phải ý bạn là "upper"?');
  });

  it("suggests the field the template meant, from the object it was looked up in", () => {
    const e = resolveError(MINIMAL_PLAN.replace("title: Tổ chức", "title: Tổ chức {{issuer.nam}}"));
    expect(e.diagnostics[0]?.hint?.vi).toBe('có phải ý bạn là "name"?');
  });
});

describe("template errors in template files point at the file, line and column", () => {
  const ref = (source: string): TemplateRef => ({ name: "closing", file: "/mau/commune/closing.hbs", origin: "templates-dir", source, tried: [] });
  const render = (source: string) =>
    failure(() => renderField(new TemplateEngine(), source, { issuer: { name: "X" } }, { kind: "template", ref: ref(source) }, () => ({ file: "/p/plan.yaml" })));

  it.each([
    ["Trên đây\n  là {{#if issuer.name}}x{{/iff}}", "template-syntax", 2, 9, "khối {{#if}} lại được đóng bằng {{/iff}}"],
    ["Trên đây {{issuer.name}", "template-syntax", 1, 23, 'biểu thức {{…}} không được đóng đúng bằng "}}"'],
    ["a\nb\n  {{issuer.nam}}", "template-missing-value", 3, 5, 'mẫu dùng "nam" nhưng không có giá trị này'],
    ["a {{> khong-co}}", "template-syntax", undefined, undefined, 'không có mẫu con (partial) "khong-co"'],
  ])("%j", (source, code, line, column, message) => {
    const e = render(source);
    expect(e.diagnostics[0]).toMatchObject({ code, file: "/mau/commune/closing.hbs", message: { vi: message } });
    expect(e.diagnostics[0]?.position).toEqual(line === undefined ? undefined : { line, column });
  });
});
