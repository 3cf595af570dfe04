import type { Document, LineCounter } from "yaml";
import type { SourceText } from "./source-text.js";

/** A parsed plan: the YAML document (kept for positions) and its plain data. */
export interface PlanSource {
  readonly source: SourceText;
  readonly doc: Document;
  readonly lineCounter: LineCounter;
  readonly data: unknown;
}
