import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../helpers/main-io.js";
import { ROOT } from "../helpers/run-cli.js";

/**
 * A small TypeScript program that uses kehoach as a package — `import … from "kehoach"`,
 * resolved through package.json's `exports` map to dist/ — compiles against the published types.
 * Its code is the examples of docs/library.md, so the page stays correct.
 */
describe("the library as a package", () => {
  it("docs/library.md's examples compile against the exports map (tsc, NodeNext)", () => {
    const page = readFileSync(path.join(ROOT, "docs", "library.md"), "utf8");
    const blocks = [...page.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
    expect(blocks.length).toBeGreaterThanOrEqual(4);
    const dir = tempDir();
    mkdirSync(path.join(dir, "node_modules"));
    symlinkSync(ROOT, path.join(dir, "node_modules", "kehoach"), "dir");
    writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "consumer", type: "module", private: true }));
    writeFileSync(
      path.join(dir, "tsconfig.json"),
      JSON.stringify({ compilerOptions: { module: "NodeNext", moduleResolution: "NodeNext", target: "ES2022", strict: true, noEmit: true, skipLibCheck: true, types: [], typeRoots: [path.join(ROOT, "node_modules", "@types")] }, include: ["*.ts"] }),
    );
    // Each example is its own module (they reuse names such as `result`).
    blocks.forEach((code, i) => writeFileSync(path.join(dir, `example-${i}.ts`), `/// <reference types="node" />\n${code}\nexport {};\n`));
    writeFileSync(path.join(dir, "deep.ts"), `import type { CheckReport, BatchOptions, ValidateResult } from "kehoach";\nexport type T = [CheckReport, BatchOptions, ValidateResult];\n`);
    const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
    let output = "";
    try {
      execFileSync(process.execPath, [tsc, "-p", dir], { encoding: "utf8" });
    } catch (err) {
      output = String((err as { stdout?: string }).stdout);
    }
    expect(output).toBe("");
  }, 60_000);
});
