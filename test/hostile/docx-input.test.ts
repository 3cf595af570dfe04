import { strFromU8, unzipSync } from "fflate";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { MINIMAL_PLAN, renderYaml } from "../helpers/build.js";
import { expectHandled, runMeasured } from "../helpers/hostile.js";
import { tempDir } from "../helpers/main-io.js";
import { deflated, deflatedRepeat, zipRaw, type RawEntry } from "../helpers/zip-craft.js";

/**
 * Issue 11, `check` of a DOCX received from anyone: a zip bomb, huge unused entries, absurd
 * nesting, a UTF-16 part. Every one ends within 10 s and 1 GB (measured in the child) with a
 * report or exit 7, never exit 1.
 */
let parts: Map<string, string | Uint8Array>;
let dir: string;
const MB = " ".repeat(1024 * 1024);

beforeAll(async () => {
  const { bytes } = await renderYaml(MINIMAL_PLAN);
  parts = new Map(Object.entries(unzipSync(bytes)));
  dir = tempDir();
});

/** The built plan's package with some parts replaced or added. */
function docx(name: string, replace: readonly RawEntry[]): string {
  const replaced = new Set(replace.map((e) => e.name));
  const entries = [...[...parts].filter(([n]) => !replaced.has(n)).map(([n, d]) => deflated(n, Buffer.from(d))), ...replace];
  const file = path.join(dir, name);
  writeFileSync(file, zipRaw(entries));
  return file;
}

const documentXml = (): string => strFromU8(parts.get("word/document.xml") as Uint8Array);
const split = (xml: string): [string, string] => {
  const at = xml.indexOf("<w:body>") + "<w:body>".length;
  return [xml.slice(0, at), xml.slice(at)];
};

describe("check of hostile DOCX files ends in bounded time and memory", () => {
  it("the plan itself, repacked by the test's zip writer, passes (the baseline)", () => {
    const run = runMeasured(["check", docx("plain.docx", [])]);
    expectHandled(run, 0, "plain.docx");
  });

  it("document.xml that inflates to 400 MB from a ~0.5 MB file: exit 7, the part limit", () => {
    const [head, tail] = split(documentXml());
    const file = docx("bomb-400.docx", [deflatedRepeat("word/document.xml", head, MB, 400, tail)]);
    expectHandled(runMeasured(["check", file]), 7, "docx-part-too-large  phần word/document.xml giải nén ra quá 16 MB");
  });

  it("document.xml of 1 GiB: exit 7, not exit 1", () => {
    const [head, tail] = split(documentXml());
    const file = docx("bomb-1g.docx", [deflatedRepeat("word/document.xml", head, MB, 1024, tail)]);
    expectHandled(runMeasured(["check", file]), 7, "docx-part-too-large");
  });

  it("styles.xml of 3 MB from 4 KB (ratio ~1,000): exit 7, the zip-bomb ratio", () => {
    const xml = strFromU8(parts.get("word/styles.xml") as Uint8Array);
    const at = xml.indexOf(">", xml.indexOf("<w:styles")) + 1;
    const file = docx("ratio.docx", [deflatedRepeat("word/styles.xml", xml.slice(0, at), MB, 3, xml.slice(at))]);
    expectHandled(runMeasured(["check", file]), 7, 'docx-zip-bomb  phần word/styles.xml nén hơn 200 lần (dấu hiệu "bom zip")');
  });

  it("four unused 1 GiB entries: never inflated, the document is checked (exit 0)", () => {
    const junk = [1, 2, 3, 4].map((i) => deflatedRepeat(`word/media/junk${i}.bin`, "", MB, 1024, ""));
    const run = runMeasured(["check", docx("unused.docx", junk)]);
    expectHandled(run, 0, "unused.docx");
    expect(run.maxRssKb).toBeLessThan(300 * 1024);
  });

  it("1,000,000 nested w:sdt (~100 KB compressed): exit 7 (its 15 MB compress too well to be read)", () => {
    const [head, tail] = split(documentXml());
    const file = docx("sdt.docx", [deflated("word/document.xml", `${head}${"<w:sdt>".repeat(1_000_000)}${"</w:sdt>".repeat(1_000_000)}${tail}`)]);
    expectHandled(runMeasured(["check", file]), 7, /sdt\.docx  lỗi  docx-(zip-bomb|xml-too-deep)/);
  });

  it("1,000 nested w:sdt in a small part: exit 7, the depth limit", () => {
    const [head, tail] = split(documentXml());
    const file = docx("sdt-1000.docx", [deflated("word/document.xml", `${head}${"<w:sdt>".repeat(1_000)}${"</w:sdt>".repeat(1_000)}${tail}`)]);
    expectHandled(runMeasured(["check", file]), 7, "docx-xml-too-deep  phần word/document.xml lồng thẻ XML quá 256 cấp");
  });

  it("150,000 empty paragraphs: exit 7, the element limit", () => {
    const [head, tail] = split(documentXml());
    const file = docx("flat.docx", [deflated("word/document.xml", `${head}${"<w:p/>".repeat(150_000)}${tail}`)]);
    expectHandled(runMeasured(["check", file]), 7, "docx-xml-too-large  văn bản có quá 100.000 thẻ XML");
  });

  it("U+FFFE in core.xml, raw or as a character reference: exit 7, damaged part", () => {
    const core = strFromU8(parts.get("docProps/core.xml") as Uint8Array);
    for (const [name, mark] of [["raw", "\uFFFE"], ["ref", "&#xFFFE;"]] as const) {
      const file = docx(`fffe-${name}.docx`, [deflated("docProps/core.xml", core.replace("</dc:title>", `${mark}</dc:title>`).replace("<dc:title/>", `<dc:title>${mark}</dc:title>`))]);
      expectHandled(runMeasured(["check", file]), 7, "docx-bad-xml  phần docProps/core.xml bị hỏng");
    }
  });

  it("document.xml in UTF-16 (legal XML): read, with the same findings as in UTF-8", () => {
    const xml = documentXml().replace(/encoding="UTF-8"/i, 'encoding="UTF-16"');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, "utf16le")]);
    const file = docx("utf16.docx", [deflated("word/document.xml", utf16)]);
    const run = runMeasured(["check", "--format", "json", file]);
    const base = runMeasured(["check", "--format", "json", docx("utf8.docx", [])]);
    expectHandled(run, 0, "");
    const results = (out: string) => (JSON.parse(out) as { files: { results: unknown[] }[] }).files[0]!.results;
    expect(results(run.stdout)).toEqual(results(base.stdout));
  });

  it("check and import of /dev/zero: exit 7 at once, not read", () => {
    expectHandled(runMeasured(["check", "/dev/zero"]), 7, "/dev/zero  lỗi  io-not-regular  đây là thiết bị (như /dev/zero), không phải tệp thường");
    expectHandled(runMeasured(["import", "/dev/zero", "-o", path.join(dir, "imported.yaml")]), 7, "io-not-regular");
  });
});
