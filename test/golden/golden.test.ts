import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildPlanFile } from "../../src/index.js";
import { EXAMPLES, OWN_EXAMPLES } from "../helpers/examples.js";
import { dumpDocx } from "../helpers/build.js";

/**
 * Golden text dumps of the examples: each DOCX read back with its layout properties, one line
 * per paragraph (src/ooxml/dump-text.ts). Reviewed like code. After an intended change run
 * `npm run test:golden:update`, read the diff, and open one regenerated DOCX in LibreOffice or Word.
 */
const UPDATE = Boolean(process.env.KEHOACH_UPDATE_GOLDEN);

describe.each([...EXAMPLES, ...OWN_EXAMPLES])("golden dump of $name", (example) => {
  it("matches test/golden/<name>.txt", async () => {
    const golden = new URL(`./${example.name}.txt`, import.meta.url);
    const { bytes } = await buildPlanFile(example.plan);
    const dump = dumpDocx(bytes);
    if (UPDATE || !existsSync(golden)) writeFileSync(golden, dump);
    expect(dump).toBe(readFileSync(golden, "utf8"));
  });
});
