import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { planFields, planFormatMarkdown } from "../../src/schema/plan-format-doc.js";
import { planJsonSchemaBilingual } from "../../src/schema/json-schema.js";
import { ROOT } from "../helpers/run-cli.js";

const page = readFileSync(`${ROOT}docs/plan-format.md`, "utf8");

/** Every property name declared anywhere in the schema (definitions included). */
function propertyNames(node: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((n) => propertyNames(n, out));
  else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === "properties") for (const name of Object.keys(value as object)) out.add(name);
      propertyNames(value, out);
    }
  }
  return out;
}

describe("docs/plan-format.md", () => {
  it("is the page generated from the schema (run `npm run docs` after changing src/schema)", () => {
    expect(page).toBe(planFormatMarkdown());
  });

  it("lists every field of the schema in both languages", () => {
    const fields = planFields();
    const documented = new Set(fields.map((f) => f.path.split(".").at(-1)!.replace(/\[\]$/, "")));
    for (const name of propertyNames(planJsonSchemaBilingual())) expect(documented, name).toContain(name);
    for (const f of fields) expect(page.split(`| \`${f.path}\` |`).length - 1, f.path).toBe(2);
  });

  it("has a Vietnamese and an English description for every field (add both in src/schema/plan-schema.ts)", () => {
    const missing = planFields().filter((f) => !f.description.vi.trim() || !f.description.en?.trim()).map((f) => f.path);
    expect(missing).toEqual([]);
  });

  it("shows the examples written in the schema", () => {
    expect(page).toMatch(/\| `signer\.name` \| chữ \| có \| Họ và tên người ký[^|]*\| `Lê Văn Hưởng` \|/);
    expect(page).toMatch(/\| `signer\.name` \| text \| yes \| The signer's full name[^|]*\| `Lê Văn Hưởng` \|/);
  });
});
