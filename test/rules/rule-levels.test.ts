import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkDocx } from "../../src/check/check-docx.js";
import { dumpText } from "../../src/ooxml/dump-text.js";
import { readDocModel } from "../../src/ooxml/model.js";
import { readDocxPackage } from "../../src/ooxml/package.js";
import { ROOT } from "../helpers/run-cli.js";
import { runMain as runMainVi, tempDir } from "../helpers/main-io.js";

const runMain = (argv: readonly string[], options: { cwd: string }) => runMainVi(argv, { ...options, env: { LANG: "en_US.UTF-8" } });

/**
 * The faithful copy: an issued document with number "0129" (leading zeros), "Lưu: MTTQ"
 * (no VT) and a trích yếu in capitals. Downgraded in `rules:`, it builds with warnings and passes
 * `build --check`; without the downgrade, validate and build refuse it.
 */
const base = readFileSync(path.join(ROOT, "examples", "xa-na-duong-2026.yaml"), "utf8");

function faithful(rules: string): string {
  return base
    .replace(/^date: 2026-05$/mu, "number: \"0129\"\ndate: 2026-05-12")
    .replace(/^title: .*$/mu, "title: TUYÊN TRUYỀN, QUẢNG BÁ ASEAN TRÊN ĐỊA BÀN XÃ NA DƯƠNG NĂM 2026")
    .replace(/^recipients:$/mu, "archive: \"Lưu: MTTQ.\"\nrecipients:")
    .concat(rules);
}

const DOWNGRADED = "\nrules:\n  ND30-so-ky-hieu: warning\n  ND30-luu: warning\n  ND30-trich-yeu-in-hoa: warning\n";

describe("rules: levels in the plan", () => {
  it("the example has the lines the copy replaces, and no archive: of its own", () => {
    for (const line of [/^date: 2026-05$/mu, /^title: /mu, /^recipients:$/mu]) expect(base).toMatch(line);
    expect(base).not.toMatch(/^archive:/mu);
  });

  it("without rules:, validate fails on each of the three ids", async () => {
    const dir = tempDir("kh-levels-");
    writeFileSync(path.join(dir, "p.yaml"), faithful(""));
    const run = await runMain(["validate", "p.yaml"], { cwd: dir });
    expect(run.code).toBe(9);
    for (const id of ["ND30-so-ky-hieu", "ND30-luu", "ND30-trich-yeu-in-hoa"]) expect(run.stderr).toMatch(new RegExp(`error  ${id}`));
  });

  it("downgraded, build --check writes 0129, Lưu: MTTQ and the capitals title, with warnings from both sides", async () => {
    const dir = tempDir("kh-levels-");
    writeFileSync(path.join(dir, "p.yaml"), faithful(DOWNGRADED));
    const run = await runMain(["build", "--check", "p.yaml"], { cwd: dir });
    expect(run.stderr).not.toMatch(/error/u);
    expect(run.code).toBe(0);
    for (const id of ["ND30-so-ky-hieu", "ND30-luu", "ND30-trich-yeu-in-hoa"]) {
      // once from the plan (with its line), once from the DOCX check
      expect(run.stderr.match(new RegExp(`warning  ${id}`, "gu"))?.length).toBe(2);
    }
    const bytes = readFileSync(path.join(dir, "p.docx"));
    const text = dumpText(readDocModel(readDocxPackage(bytes)));
    expect(text).toContain("Số: 0129/KH-UBND");
    expect(text).toContain("- Lưu: MTTQ.");
    expect(text).toContain("**TUYÊN TRUYỀN, QUẢNG BÁ ASEAN⏎TRÊN ĐỊA BÀN XÃ NA DƯƠNG NĂM 2026**");
    // `check` alone fails it; with the same levels on the command line, it passes.
    await expect(runMain(["check", "p.docx"], { cwd: dir })).resolves.toMatchObject({ code: 9 });
    const flags = ["--rule", "ND30-so-ky-hieu=warning", "--rule", "ND30-luu=warning", "--rule", "ND30-trich-yeu-in-hoa=warning"];
    await expect(runMain(["check", ...flags, "p.docx"], { cwd: dir })).resolves.toMatchObject({ code: 0 });
    writeFileSync(path.join(dir, "rules.yaml"), DOWNGRADED);
    await expect(runMain(["check", "--config", "rules.yaml", "p.docx"], { cwd: dir })).resolves.toMatchObject({ code: 0 });
    expect(checkDocx(bytes, { levels: { "ND30-so-ky-hieu": "warning", "ND30-luu": "warning", "ND30-trich-yeu-in-hoa": "warning" } }).ok).toBe(true);
  });

  it("off silences a rule on both sides; --rule overrides the plan", async () => {
    const dir = tempDir("kh-levels-");
    writeFileSync(path.join(dir, "p.yaml"), faithful(DOWNGRADED.replace("ND30-luu: warning", "ND30-luu: off")));
    const run = await runMain(["build", "--check", "p.yaml"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr).not.toContain("ND30-luu");
    const strict = await runMain(["validate", "--rule", "ND30-luu=error", "p.yaml"], { cwd: dir });
    expect(strict.code).toBe(9);
    expect(strict.stderr).toMatch(/error  ND30-luu/u);
  });

  it("an unknown id in rules: is a located schema error with a did-you-mean", async () => {
    const dir = tempDir("kh-levels-");
    const text = faithful("\nrules:\n  ND30-so-ky-hieu: warning\n  ND30-luuu: warning\n");
    writeFileSync(path.join(dir, "p.yaml"), text);
    const line = text.split("\n").findIndex((l) => l.includes("ND30-luuu")) + 1;
    const run = await runMain(["validate", "p.yaml"], { cwd: dir });
    expect(run.code).toBe(4);
    expect(run.stderr).toContain(`p.yaml:${line}:3`);
    expect(run.stderr).toContain("schema-unknown-rule");
    expect(run.stderr).toContain('"ND30-luu"');
  });

  it("a level outside error | warning | off is a schema error", async () => {
    const dir = tempDir("kh-levels-");
    writeFileSync(path.join(dir, "p.yaml"), faithful("\nrules:\n  ND30-luu: warn\n"));
    const run = await runMain(["validate", "p.yaml"], { cwd: dir });
    expect(run.code).toBe(4);
    expect(run.stderr).toContain("rules.ND30-luu");
  });

  it("--rule with an unknown id or level is a usage error (exit 2) naming the closest id", async () => {
    const dir = tempDir("kh-levels-");
    writeFileSync(path.join(dir, "p.yaml"), faithful(""));
    const typo = await runMain(["validate", "--rule", "ND30-lu=off", "p.yaml"], { cwd: dir });
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('"ND30-luu"');
    const level = await runMain(["build", "--rule", "ND30-luu=quiet", "p.yaml"], { cwd: dir });
    expect(level.code).toBe(2);
    expect(level.stderr).toContain('"quiet"');
    const form = await runMain(["check", "--rule", "ND30-luu", "x.docx"], { cwd: dir });
    expect(form.code).toBe(2);
  });
});
