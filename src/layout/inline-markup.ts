import { upperVi } from "../render/vietnamese.js";
import type { Run } from "./layout-model.js";

/** "[^id]" (footnote reference, resolve/footnote-refs.ts checks the ids). */
const MARKER = /\[\^([\p{L}\p{N}_-]+)\]/gu;

/** A footnote reference run; build-layout numbers it in document order. */
export const footnoteRun = (id: string): Run => ({ text: "", footnote: { id, number: 0, first: false } });

/** Plain text with its footnote markers as reference runs (table cells: no emphasis markup there). */
export function splitFootnotes(text: string, base: Omit<Run, "text"> = {}): Run[] {
  const runs: Run[] = [];
  let last = 0;
  for (const m of text.matchAll(MARKER)) {
    if (m.index > last) runs.push({ text: text.slice(last, m.index), ...base });
    runs.push(footnoteRun(m[1]!));
    last = m.index + m[0].length;
  }
  if (last < text.length || runs.length === 0) runs.push({ text: text.slice(last), ...base });
  return runs;
}

/**
 * Upper case for titles that ND30 prints in capitals, keeping what the clerk braced as written
 * ("{IoT}", "{5G}", "{eKYC}") and footnote markers; the braces themselves are not printed.
 */
export function upperKeepingCase(text: string): string {
  return text
    .split(/(\{[^{}\n]+\}|\[\^[\p{L}\p{N}_-]+\])/u)
    .map((piece, i) => (i % 2 === 0 ? upperVi(piece) : piece.startsWith("{") ? piece.slice(1, -1) : piece))
    .join("");
}

/** A title printed as typed: braced words lose their braces. */
export const dropCaseBraces = (text: string): string => text.replace(/\{([^{}\n]+)\}/gu, "$1");

/**
 * "*nghiêng*", "**đậm**", "***đậm nghiêng***" → runs. A backslash keeps a literal "*".
 * Unclosed markers stay as typed, so stray asterisks never swallow text.
 */
export function parseInline(text: string, base: Omit<Run, "text"> = {}): Run[] {
  if (text.includes("[^")) {
    // Footnote markers split the text first; emphasis never spans a marker.
    const pieces = splitFootnotes(text);
    if (pieces.some((r) => r.footnote)) return pieces.flatMap((r) => (r.footnote ? [r] : parseInline(r.text, base)));
  }
  const runs: Run[] = [];
  const push = (t: string, bold: boolean, italic: boolean) => {
    if (!t) return;
    const b = bold || base.bold === true;
    const i = italic || base.italic === true;
    const last = runs[runs.length - 1];
    if (last && (last.bold ?? false) === b && (last.italic ?? false) === i) {
      runs[runs.length - 1] = { ...last, text: last.text + t };
    } else {
      runs.push({ text: t, ...(b ? { bold: true } : {}), ...(i ? { italic: true } : {}) });
    }
  };
  const pattern = /\\\*|(\*{1,3})(?=\S)([\s\S]*?\S)\1(?!\*)/g;
  let last = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    push(text.slice(last, m.index), false, false);
    if (m[0] === "\\*") push("*", false, false);
    else {
      const stars = m[1]!.length;
      push(m[2]!, stars >= 2, stars !== 2);
    }
    last = m.index + m[0].length;
  }
  push(text.slice(last), false, false);
  return runs;
}

export const plainText = (runs: readonly Run[]): string => runs.map((r) => r.text).join("");

/** "…thực hiện" → "…thực hiện./." on the last text run (a trailing footnote reference stays last). */
export function withEndMarkRuns(runs: readonly Run[], mark: (s: string) => string): Run[] {
  const out = [...runs];
  let i = out.length - 1;
  while (i >= 0 && out[i]!.footnote) i--;
  if (i < 0) return [...out, { text: mark("") }];
  const marked = mark(out[i]!.text);
  if (i === out.length - 1) {
    out[i] = { ...out[i]!, text: marked };
    return out;
  }
  // A footnote reference ends the text: the mark follows it ("…thực hiện¹./.").
  const end = marked.slice(-3);
  out[i] = { ...out[i]!, text: marked.slice(0, -3) };
  return [...out, { text: end }];
}
