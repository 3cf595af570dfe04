import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/run-cli.js";

/**
 * Every relative link in README.md and docs/*.md points at a file that exists, and every
 * `#anchor` at a heading of that file (GitHub's slugs). Pages owned by other issues (rules,
 * import, limits, performance, pdf) exist as stubs created by issue 14, so no exception is needed.
 */

const pages = ["README.md", ...readdirSync(path.join(ROOT, "docs")).filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`)];

const withoutCode = (text: string): string => text.replace(/^```[\s\S]*?^```/gm, "").replace(/`[^`\n]*`/g, "");

/** GitHub's heading anchors: lower case, punctuation dropped, spaces → "-", repeats get -1, -2… */
export function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  for (const m of markdown.replace(/^```[\s\S]*?^```/gm, "").matchAll(/^#{1,6}\s+(.+)$/gm)) {
    const slug = m[1]!
      .trim()
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, "")
      .replace(/\s/g, "-");
    const n = seen.get(slug) ?? 0;
    seen.set(slug, n + 1);
    out.add(n === 0 ? slug : `${slug}-${n}`);
  }
  return out;
}

const links = (markdown: string): string[] => [...withoutCode(markdown).matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!);

describe("internal links", () => {
  it("finds the pages", () => {
    expect(pages).toEqual(expect.arrayContaining(["README.md", "docs/plan-format.md", "docs/batch.md", "docs/check.md", "docs/library.md"]));
  });

  it("computes GitHub's anchors for Vietnamese headings", () => {
    expect([...anchors("# Mã thoát\n## Quy tắc khi kiểm tra DOCX (`check`, `build --check`)\n## English\n### English\n")]).toEqual([
      "mã-thoát",
      "quy-tắc-khi-kiểm-tra-docx-check-build---check",
      "english",
      "english-1",
    ]);
  });

  it.each(pages)("%s: every relative link and anchor resolves", (page) => {
    const text = readFileSync(path.join(ROOT, page), "utf8");
    const broken: string[] = [];
    for (const link of links(text)) {
      if (/^[a-z]+:/i.test(link)) continue;
      const [target = "", anchor] = link.split("#");
      const file = target === "" ? path.join(ROOT, page) : path.resolve(path.dirname(path.join(ROOT, page)), decodeURI(target));
      if (!existsSync(file)) {
        broken.push(`${link} (no file)`);
        continue;
      }
      if (anchor !== undefined && file.endsWith(".md") && !anchors(readFileSync(file, "utf8")).has(decodeURIComponent(anchor))) broken.push(`${link} (no heading)`);
    }
    expect(broken).toEqual([]);
  });
});
