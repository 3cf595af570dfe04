import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { importDocx } from "../../src/import/import-docx.js";
import { renderYaml } from "../helpers/build.js";
import { ROOT } from "../helpers/run-cli.js";

const EXAMPLE = path.join(ROOT, "examples/tinh-lang-son-chuyen-doi-so-2026.yaml");

describe("a footnote cited twice", () => {
  it("comes back as the same [^id] marker at both places, not as a number stuck to the word before", async () => {
    const source = readFileSync(EXAMPLE, "utf8");
    // The example cites [^de-an-06] in a căn cứ line and again in a section item.
    expect(source.match(/\[\^de-an-06\]/g)).toHaveLength(2);
    const built = await renderYaml(source);
    const { yaml, plan } = importDocx(built.bytes);
    expect(yaml).not.toMatch(/dân cư\d/);
    // and the safety net does not take the paragraph for one the plan left out
    expect(yaml).not.toContain("chưa có chỗ trong kế hoạch");
    const after = (words: string): string[] => [...yaml.matchAll(new RegExp(`${words}(\\[\\^[^\\]]+\\])`, "g"))].map((m) => m[1]!);
    const markers = [...after("06 tháng 01 năm 2022 của Thủ tướng Chính phủ"), ...after("Cơ sở dữ liệu quốc gia về dân cư")];
    expect(markers).toHaveLength(2);
    expect(markers[0]).toBe(markers[1]);
    const id = markers[0]!.slice(2, -1);
    expect((plan.footnotes as Record<string, string>)[id]).toMatch(/^Đề án phát triển ứng dụng dữ liệu về dân cư/);
    // Rebuilt, it prints as the source did: the same footnote, its number repeated in superscript.
    const rebuilt = await renderYaml(yaml);
    const notes = (l: typeof built.layout) => l.footnotes.map((f) => [f.number, f.runs.map((r) => r.text).join("")]);
    expect(notes(rebuilt.layout)).toEqual(notes(built.layout));
    expect(notes(built.layout).length).toBeGreaterThan(1);
  });
});
