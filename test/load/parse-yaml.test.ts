import { describe, expect, it } from "vitest";
import { KehoachError } from "../../src/errors.js";
import { parsePlanYaml } from "../../src/load/parse-yaml.js";
import { locate, locateKey } from "../../src/load/locate.js";

const source = (text: string) => ({ file: "/p/plan.yaml", text, cleaned: [] });

function parseError(text: string): KehoachError {
  try {
    parsePlanYaml(source(text));
  } catch (err) {
    if (err instanceof KehoachError) return err;
    throw err;
  }
  throw new Error("expected a KehoachError");
}

describe("parsePlanYaml", () => {
  it("keeps positions: a field path maps to the line and column of its value", () => {
    const plan = parsePlanYaml(source("tier: commune\nsigner:\n  name: Lê Văn A\n"));
    expect(plan.data).toEqual({ tier: "commune", signer: { name: "Lê Văn A" } });
    expect(locate(plan, ["signer", "name"])).toEqual({ line: 3, column: 9 });
    expect(locateKey(plan, ["signer"], "name")).toEqual({ line: 3, column: 3 });
  });

  it("points a missing field at its nearest existing parent key", () => {
    const plan = parsePlanYaml(source("tier: commune\nsigner:\n  title: X\n"));
    expect(locate(plan, ["signer", "name"])).toEqual({ line: 2, column: 1 });
  });

  it("reports a value containing ': ' with the position and quoting advice", () => {
    const err = parseError("tier: commune\ntitle: Kế hoạch: năm 2026\n");
    expect(err.code).toBe("yaml");
    const [d] = err.diagnostics;
    expect(d?.position).toEqual({ line: 2, column: 8 });
    expect(d?.hint?.vi).toContain("đặt cả giá trị trong dấu nháy");
  });

  it("reports duplicate keys", () => {
    const err = parseError("tier: commune\ntier: province\n");
    expect(err.diagnostics[0]).toMatchObject({ code: "yaml-duplicate-key", position: { line: 2, column: 1 } });
    expect(err.diagnostics[0]?.message.vi).toBe("khóa bị lặp lại trong cùng một mục");
  });

  it("reports tab indentation with advice", () => {
    const err = parseError("signer:\n\tname: A\n");
    expect(err.diagnostics[0]?.code).toMatch(/^yaml-/);
    expect(err.diagnostics[0]?.position?.line).toBe(2);
  });

  it("refuses an empty file", () => {
    const err = parseError("# only a comment\n");
    expect(err.diagnostics[0]).toMatchObject({ code: "yaml-empty", file: "/p/plan.yaml" });
  });

  it("stops an alias bomb instead of expanding it", () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 0; i < 9; i++) {
      const prev = String.fromCharCode(97 + i);
      const next = String.fromCharCode(98 + i);
      lines.push(`${next}: &${next} [*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev}]`);
    }
    const err = parseError(`${lines.join("\n")}\n`);
    expect(err.diagnostics[0]?.code).toBe("yaml-alias-bomb");
  });
});
