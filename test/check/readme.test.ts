import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { RULES } from "../../src/check/rules/index.js";
import { ROOT } from "./bases.js";

/** The README's table of rules is the rules: same ids, levels, clauses, in the same order. */

describe("README, section «Kiểm tra thể thức»", () => {
  const readme = readFileSync(`${ROOT}README.md`, "utf8");
  const section = readme.slice(readme.indexOf("<!-- section:check -->"), readme.indexOf("<!-- /section:check -->"));
  const rows = [...section.matchAll(/^\| `(ND30-[a-z-]+)` \| ([EW]) \| ([^|]+) \| ([^|]+) \|$/gm)].map((m) => ({ id: m[1], level: m[2], clause: m[3]!.trim(), title: m[4]!.trim() }));

  it("lists every rule with its level, clause and meaning", () => {
    expect(rows).toEqual(RULES.map((r) => ({ id: r.id, level: r.level, clause: r.clause, title: r.title.vi })));
  });
});
