import type { Document } from "docx";
import type { LayoutDoc } from "../layout/layout-model.js";
import { documentSpec, toDocument } from "./document-spec.js";

/** Stage 6: layout model → docx Document. The only module that assembles OOXML structure (document-spec.ts). */
export function writeDocx(layout: LayoutDoc): Document {
  return toDocument(documentSpec(layout));
}
