import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { RULES } from "../../src/lint/rules/index.js";
import { ROOT } from "../helpers/run-cli.js";

/** The README's table of authoring rules is the rule table: same ids, levels, clauses, order. */
describe("README, section «Kiểm tra kế hoạch trước khi soạn»", () => {
  const readme = readFileSync(`${ROOT}README.md`, "utf8");
  const section = readme.slice(readme.indexOf("<!-- section:validate -->"), readme.indexOf("<!-- /section:validate -->"));

  it("lists every lint rule with its level, clause and summary", () => {
    const rows = section
      .split("\n")
      .filter((l) => /^\| `[^`]+` \|/.test(l))
      .map((l) => l.split(" | ").map((c) => c.replace(/^\| |`| \|$/g, "").trim()));
    expect(rows).toEqual(RULES.map((r) => [r.id, r.severity === "error" ? "lỗi" : "cảnh báo", r.clause ?? "—", r.summary.vi]));
  });

  it("documents the three commands, the exit codes and the editor setup", () => {
    for (const text of ["kehoach validate", "kehoach init", "kehoach schema", "--format json", "--strict", "--force", "# yaml-language-server: $schema=../data/plan.schema.json", "**English.**"]) {
      expect(section).toContain(text);
    }
    expect(section).toMatch(/\| 9 \| vi phạm thể thức/);
  });
});
