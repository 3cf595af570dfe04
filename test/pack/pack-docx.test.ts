import { createHash } from "node:crypto";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { KehoachError } from "../../src/errors.js";
import { buildTimeIso } from "../../src/pack/build-time.js";
import { packDocx } from "../../src/pack/pack-docx.js";
import { renderDocument } from "../../src/pipeline.js";
import { diskTemplates } from "../../src/templates-provider.js";
import { MINIMAL_PLAN, prepareYaml, renderYaml } from "../helpers/build.js";

const sha = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");

describe("packDocx", () => {
  it("gives byte-identical output for two renders of the same plan", async () => {
    const a = await renderYaml(MINIMAL_PLAN);
    const b = await renderYaml(MINIMAL_PLAN);
    expect(sha(b.bytes)).toBe(sha(a.bytes));
  });

  it("honours SOURCE_DATE_EPOCH for docProps/core.xml", async () => {
    const { bytes } = await renderYaml(MINIMAL_PLAN, { sourceDateEpoch: "1767225600" });
    const core = strFromU8(unzipSync(bytes)["docProps/core.xml"]!);
    expect(core).toMatch(/<dcterms:created[^>]*>2026-01-01T00:00:00Z<\/dcterms:created>/);
    expect(core).toMatch(/<dcterms:modified[^>]*>2026-01-01T00:00:00Z<\/dcterms:modified>/);
  });

  it("stamps every zip entry with the same fixed date", async () => {
    const { bytes } = await renderYaml(MINIMAL_PLAN);
    // Local file headers: signature PK\x03\x04, DOS time at offset 10, date at 12.
    const view = Buffer.from(bytes);
    const stamps = new Set<string>();
    for (let i = view.indexOf("PK\x03\x04"); i >= 0; i = view.indexOf("PK\x03\x04", i + 4)) {
      stamps.add(`${view.readUInt16LE(i + 10)}:${view.readUInt16LE(i + 12)}`);
    }
    expect([...stamps]).toEqual([`0:${(0 << 9) | (1 << 5) | 1}`]);
  });

  it("packs the same bytes through docx's compiler or by repacking docx's own zip", async () => {
    const { document } = renderDocument(prepareYaml(MINIMAL_PLAN), { templates: diskTemplates() });
    const direct = await packDocx(document, "2026-01-09T00:00:00Z", "auto");
    const { document: again } = renderDocument(prepareYaml(MINIMAL_PLAN), { templates: diskTemplates() });
    const repacked = await packDocx(again, "2026-01-09T00:00:00Z", "repack");
    expect(sha(repacked)).toBe(sha(direct));
  });
});

describe("buildTimeIso", () => {
  it("uses the issue date when SOURCE_DATE_EPOCH is not set", () => {
    expect(buildTimeIso("2026-05-01", undefined)).toBe("2026-05-01T00:00:00Z");
    expect(buildTimeIso("2026-05-01", "")).toBe("2026-05-01T00:00:00Z");
  });

  it("refuses a SOURCE_DATE_EPOCH that is not a number of seconds", () => {
    expect(() => buildTimeIso("2026-05-01", "yesterday")).toThrow(KehoachError);
  });
});
