import { escapeTemplates, markupOf } from "./inline-text.js";
import type { Para } from "./para.js";

/**
 * The last resort when the structured mapping fails on a document it does not expect: every
 * non-empty paragraph, in order, as a body line of one unnumbered section, so the import still
 * succeeds, the plan builds, and no word is lost. The caller says why, as a warning.
 */
export function plainPlan(paras: readonly Para[], year: string, tier: string): Record<string, unknown> {
  const lines = paras.filter((x) => x.text !== "").map((x) => markupOf(x.runs));
  return escapeTemplates({
    tier,
    issuer: { name: "Cơ quan ban hành", header: ["CƠ QUAN BAN HÀNH"] },
    // The organization tier has no defaults: placeholders left visible to fill in.
    ...(tier === "organization" ? { symbol: "KH-…", place: "…" } : {}),
    date: year,
    title: "Kế hoạch",
    sections: [{ label: "", title: lines[0] ?? "Nội dung", ...(lines.length > 1 ? { body: lines.slice(1).join("\n") } : {}) }],
    closing: false,
    signer: { authority: [], title: "", name: "" },
  });
}
