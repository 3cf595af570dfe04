import type { Run } from "./layout-model.js";

/**
 * "*nghiêng*", "**đậm**", "***đậm nghiêng***" → runs. A backslash keeps a literal "*".
 * Unclosed markers stay as typed, so stray asterisks never swallow text.
 */
export function parseInline(text: string, base: Omit<Run, "text"> = {}): Run[] {
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
