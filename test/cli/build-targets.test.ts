import { describe, expect, it } from "vitest";
import { buildTargets } from "../../src/cli/build-targets.js";
import { failure } from "../helpers/failure.js";

const cwd = "/work";

describe("what build writes", () => {
  it("takes the format from the output's extension", () => {
    expect(buildTargets("plan.yaml", { output: "out/plan.pdf" }, false, cwd)).toEqual({ pdf: "/work/out/plan.pdf" });
    expect(buildTargets("plan.yaml", { output: "out/plan.PDF" }, false, cwd)).toEqual({ pdf: "/work/out/plan.PDF" });
    expect(buildTargets("plan.yaml", { output: "out/plan.docx" }, false, cwd)).toEqual({ docx: "/work/out/plan.docx" });
    expect(buildTargets("a/plan.yml", {}, false, cwd)).toEqual({ docx: "/work/a/plan.docx" });
  });

  it("--format forces the format whatever the name, and names the default output", () => {
    expect(buildTargets("plan.yaml", { output: "plan.out", format: "pdf" }, false, cwd)).toEqual({ pdf: "/work/plan.out" });
    expect(buildTargets("plan.yaml", { format: "PDF" }, false, cwd)).toEqual({ pdf: "/work/plan.pdf" });
    expect(buildTargets("plan.yaml", { output: "-", format: "pdf" }, false, cwd)).toEqual({ pdf: "-" });
    expect(buildTargets("plan.yaml", { output: "x.pdf", format: "docx" }, false, cwd)).toEqual({ docx: "/work/x.pdf" });
  });

  it("--pdf and --pdfa add a PDF beside the DOCX", () => {
    expect(buildTargets("plan.yaml", { pdf: true }, false, cwd)).toEqual({ docx: "/work/plan.docx", pdf: "/work/plan.pdf" });
    expect(buildTargets("plan.yaml", { output: "o/x.docx", pdfa: true }, false, cwd)).toEqual({ docx: "/work/o/x.docx", pdf: "/work/o/x.pdf" });
  });

  it("with several plans -o is a folder, named files inside it", () => {
    expect(buildTargets("p/a.yaml", { output: "out", format: "pdf" }, true, cwd)).toEqual({ pdf: "/work/out/a.pdf" });
    expect(buildTargets("p/a.yaml", { output: "out", pdf: true }, true, cwd)).toEqual({ docx: "/work/out/a.docx", pdf: "/work/out/a.pdf" });
  });

  it("refuses two files to stdout and unknown formats", () => {
    expect(failure(() => buildTargets("plan.yaml", { output: "-", pdf: true }, false, cwd)).code).toBe("usage");
    expect(failure(() => buildTargets("plan.yaml", { format: "odt" }, false, cwd)).diagnostics[0]!.message.en).toBe('--format takes docx or pdf, got "odt"');
  });
});
