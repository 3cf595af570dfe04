#!/usr/bin/env node
// `npm run docs`: regenerates the generated documentation from the compiled sources (dist/).
// Each generated file has a test that fails when the committed copy is out of date.
import { writeFileSync } from "node:fs";
import { PLAN_SCHEMA_FILES, planJsonSchemaText } from "../dist/schema/json-schema.js";
import { planFormatMarkdown } from "../dist/schema/plan-format-doc.js";

const root = new URL("../", import.meta.url);
const written = [];
const write = (file, text) => {
  writeFileSync(file, text);
  written.push(file instanceof URL ? file.pathname.slice(root.pathname.length) : file);
};

for (const lang of ["vi", "en"]) write(PLAN_SCHEMA_FILES[lang], planJsonSchemaText(lang));
write(new URL("docs/plan-format.md", root), planFormatMarkdown());

process.stderr.write(`docs: ${written.length} files written\n`);
