import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/run-cli.js";
import { anchors } from "./links.test.js";

const readme = readFileSync(`${ROOT}README.md`, "utf8");

describe("README.md", () => {
  it("stays under 20 KB: reference material lives in docs/", () => {
    expect(Buffer.byteLength(readme)).toBeLessThanOrEqual(20 * 1024);
  });

  it("opens with a table of contents whose every entry is a heading", () => {
    const toc = readme.slice(readme.indexOf("## Mục lục"), readme.indexOf("## kehoach làm gì"));
    const entries = [...toc.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]!);
    expect(entries.length).toBeGreaterThanOrEqual(12);
    for (const e of entries) expect(anchors(readme), e).toContain(e);
  });

  it("has the two-command quick start (.ci/run runs the second one) in both languages", () => {
    const block = "```sh\nnpm ci && npx kehoach build examples/xa-na-duong-2026.yaml\nnpm test\n```";
    expect(readme.split(block).length - 1).toBe(2);
    expect(readFileSync(`${ROOT}.ci/run`, "utf8")).toMatch(/^npm test$/m);
  });

  it("has one table of commands with one example each, in both languages", () => {
    for (const command of ["build", "validate", "init", "templates", "schema", "batch", "check", "import"]) {
      expect(readme.match(new RegExp(`^\\| \`${command}\` \\| [^|]+ \\| \`kehoach ${command} [^\`]+\` \\|$`, "gm"))?.length, command).toBe(2);
    }
    expect(readme).toContain("`kehoach build plan.yaml -o plan.pdf`");
  });

  it("documents every exit code in both languages", () => {
    for (const code of [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 130]) expect(readme.match(new RegExp(`^\\| ${code} \\|`, "gm"))?.length, String(code)).toBe(2);
  });

  it("documents the three ways to install", () => {
    for (const text of ["npm pack", "npm i -g ./kehoach-0.1.0.tgz", "npx --yes ./kehoach-0.1.0.tgz", "npm ci"]) expect(readme).toContain(text);
  });
});
