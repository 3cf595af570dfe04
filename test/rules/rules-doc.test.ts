import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { REGISTRY } from "../../src/rules/registry-entries.js";
import { rulesDoc } from "../../src/rules/rules-doc.js";
import { ROOT } from "../helpers/run-cli.js";

const FILE = path.join(ROOT, "docs", "rules.md");

describe("docs/rules.md", () => {
  it("is generated from the registry (npm run docs:rules rewrites it)", () => {
    if (process.env.KEHOACH_UPDATE_GOLDEN === "1") writeFileSync(FILE, rulesDoc());
    expect(existsSync(FILE)).toBe(true);
    expect(readFileSync(FILE, "utf8")).toBe(rulesDoc());
  });

  it("lists every rule id once per language, with its sides", () => {
    const doc = rulesDoc();
    for (const e of REGISTRY) expect(doc.split(`| \`${e.id}\` |`).length - 1).toBe(2);
    expect(doc).toMatch(/\| `ND30-so-ky-hieu` \| lỗi \| kế hoạch \+ DOCX \|/u);
    expect(doc).toMatch(/\| `ND30-margins` \| error \| DOCX \|/u);
    expect(doc).toMatch(/\| `ND30-dia-danh` \| warning \| plan \|/u);
  });
});
