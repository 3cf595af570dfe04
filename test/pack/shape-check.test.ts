import { describe, expect, it } from "vitest";
import { documentSpec, toDocument } from "../../src/docx/document-spec.js";
import type { FileInternals } from "../../src/pack/format-piece.js";
import { compiler, pinCoreDates } from "../../src/pack/pack-docx.js";
import { coreXml, type Compiler } from "../../src/pack/shape-check.js";
import { renderLayout } from "../../src/pipeline.js";
import { diskTemplates } from "../../src/templates-provider.js";
import { MINIMAL_PLAN, prepareYaml } from "../helpers/build.js";

const ISO = "2026-05-01T00:00:00Z";
const PLAN = MINIMAL_PLAN.replace("Ủy ban nhân dân xã Thất Khê", "Ủy ban nhân dân {{lower unit.type}} {{unit.name}}");
const unit = (name: string) => ({ code: "1", name, type: "Xã", province_code: "20", province_name: "Lạng Sơn" });

describe("coreXml", () => {
  it.each(["Na Dương", "Hòa An & Tân <Lập>"])("writes docProps/core.xml as docx's full compile does, for %s", (name) => {
    const spec = documentSpec(renderLayout(prepareYaml(PLAN), { templates: diskTemplates(), unit: unit(name) }).layout);
    const doc = toDocument(spec);
    const c = compiler() as unknown as Compiler;
    const full = c.compile(doc).get("docProps/core.xml");
    const mine = coreXml(c, doc as unknown as FileInternals, spec);
    expect(typeof full).toBe("string");
    expect(pinCoreDates(mine, ISO)).toBe(pinCoreDates(full as string, ISO));
    // The unit's issuer is the document's creator (escaped as XML text).
    expect(mine).toContain(`<dc:creator>Ủy ban nhân dân xã ${name.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")}</dc:creator>`);
  });
});
