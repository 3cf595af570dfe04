import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/run-cli.js";

const between = (text: string, name: string): string => text.slice(text.indexOf(`<!-- section:${name} -->`), text.indexOf(`<!-- /section:${name} -->`));

/** The rule tables are generated into docs/rules.md (test/rules/rules-doc.test.ts). */
describe("docs/validate.md", () => {
  const section = between(readFileSync(`${ROOT}docs/validate.md`, "utf8"), "validate");

  it("documents the three commands, the exit codes and the editor setup, in both languages", () => {
    for (const text of ["kehoach validate", "kehoach init", "kehoach schema", "--format json", "--strict", "--force", "# yaml-language-server: $schema=../data/plan.schema.json", "## English"]) {
      expect(section).toContain(text);
    }
    expect(section).toMatch(/\| 9 \| vi phạm thể thức/);
    expect(section).toMatch(/\| 9 \| an ND30 violation/);
  });
});
