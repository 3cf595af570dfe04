import type { Diagnostic } from "../errors.js";
import { t } from "../i18n/text.js";
import { basisEnd } from "../layout/body-blocks.js";
import { locateInValue } from "../load/locate-in-value.js";
import type { PreparedPlan } from "../pipeline.js";
import type { ResolvedPlan } from "../resolve/resolved-plan.js";

/**
 * No silent changes: kehoach ends each căn cứ, each recipient and the closing sentence with the
 * punctuation ND30 wants (the fields' documented behaviour). Where the clerk typed another mark
 * there, the change is reported as a notice naming the field, never made silently.
 */
const TYPED_END = /[;,.:!?]+(?:\s*)$/u;

function notice(prepared: PreparedPlan, code: string, path: (string | number)[], offset: number, typed: string, written: string): Diagnostic {
  const position = locateInValue(prepared.source, path, offset);
  return {
    severity: "notice",
    code,
    message: t(`dấu «${typed}» gõ ở cuối được thay bằng «${written}» theo Nghị định 30`, `the typed «${typed}» at the end is replaced by «${written}», as ND30 writes it`),
    file: prepared.source.source.file,
    ...(position ? { position } : {}),
    path,
    hint: t(`gõ «${written}» (hoặc không gõ dấu) để thông báo này không hiện`, `type «${written}» (or no mark) to silence this notice`),
  };
}

export function punctuationNotices(prepared: PreparedPlan, resolved: ResolvedPlan): Diagnostic[] {
  const { plan } = prepared;
  const out: Diagnostic[] = [];
  // Căn cứ: one item may hold several lines; the last line of the last item ends the block.
  const items = plan.basis ?? [];
  const lineCount = items.map((item) => item.split("\n").filter((l) => l.trim() !== "").length);
  const total = lineCount.reduce((a, b) => a + b, 0);
  let seen = 0;
  items.forEach((item, i) => {
    let offset = 0;
    for (const raw of item.split("\n")) {
      const at = offset;
      offset += raw.length + 1;
      if (raw.trim() === "") continue;
      seen++;
      const typed = TYPED_END.exec(raw.trimEnd())?.[0].trim();
      if (!typed || raw.includes("{{")) continue;
      const written = basisEnd(seen === total, resolved.preamble);
      if (typed !== written) out.push(notice(prepared, "basis-punctuation", ["basis", i], at + raw.trimEnd().length - typed.length, typed, written));
    }
  });
  (plan.recipients ?? []).forEach((r, i) => {
    const text = typeof r === "string" ? r : r.name;
    const typed = TYPED_END.exec(text.trimEnd())?.[0].trim();
    // A "Lưu" line listed here is an ND30-luu error already; it is not printed as a recipient.
    if (!typed || typed === ";" || text.includes("{{") || typeof r !== "string" || /^\s*[-–—•+]?\s*lưu(?!\p{L})/iu.test(text)) return;
    out.push(notice(prepared, "recipient-punctuation", ["recipients", i], text.trimEnd().length - typed.length, typed, ";"));
  });
  // closing: false puts "./." after the last body paragraph instead: nothing typed is replaced there.
  if (typeof plan.closing === "string" && !plan.closing.includes("{{")) {
    const text = plan.closing.trimEnd();
    const typed = /(?:[;,:!?]|\.(?!\/))+$/u.exec(text)?.[0];
    if (typed && typed !== ".") out.push(notice(prepared, "closing-punctuation", ["closing"], text.length - typed.length, typed, "./."));
  }
  return out.sort((a, b) => (a.position?.line ?? 0) - (b.position?.line ?? 0) || (a.position?.column ?? 0) - (b.position?.column ?? 0));
}
