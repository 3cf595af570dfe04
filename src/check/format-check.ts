import { t, type LocalText } from "../i18n/text.js";
import type { Nd30Value } from "../layout/nd30.js";
import type { DocRun } from "../ooxml/model.js";
import type { Placed } from "./anatomy.js";
import { joinTexts, rangeText, sizesText } from "./describe.js";
import { alignment, inkRuns, isBold, isItalic, runPt, shownUpper, sizesOf, textOf } from "./paragraph.js";
import { judge, type Finding } from "./rule.js";

/**
 * The typography of one element against what ND30 asks of it (alignment, bold, italic, size,
 * capitals), as one finding: on a pass it lists everything checked; on a failure only what is
 * wrong, so "căn trái, 14 pt, yêu cầu căn giữa, 12–13 pt" reads straight.
 */
export interface FormatSpec {
  /** Allowed w:jc values. */
  readonly align?: readonly string[];
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** Allowed size range in points (a ND30 value's min–max). */
  readonly size?: Pick<Nd30Value, "min" | "max">;
  /** true: shown in capitals; false: not all capitals. */
  readonly upper?: boolean;
}

const ALIGN_NAMES: Record<string, LocalText> = {
  center: t("căn giữa", "centred"),
  both: t("căn đều hai bên", "justified"),
  left: t("căn trái", "left-aligned"),
  right: t("căn phải", "right-aligned"),
  distribute: t("căn dãn đều", "distributed"),
};
const alignName = (jc: string): LocalText => ALIGN_NAMES[jc] ?? t(`căn ${jc}`, `aligned ${jc}`);

type Tri = "all" | "none" | "some";
function tri(x: Placed, test: (r: DocRun) => boolean): Tri {
  const runs = inkRuns(x.p);
  const n = runs.filter(test).length;
  return n === 0 ? "none" : n === runs.length ? "all" : "some";
}

const boldName = (v: Tri): LocalText => (v === "all" ? t("đậm", "bold") : v === "none" ? t("không đậm", "not bold") : t("đậm một phần", "partly bold"));
const italicName = (v: Tri): LocalText => (v === "all" ? t("nghiêng", "italic") : v === "none" ? t("đứng", "upright") : t("nghiêng một phần", "partly italic"));

export function checkFormat(what: LocalText, x: Placed, spec: FormatSpec): Finding {
  const found: LocalText[] = [];
  const required: LocalText[] = [];
  const wrongFound: LocalText[] = [];
  const wrongRequired: LocalText[] = [];
  const add = (ok: boolean, f: LocalText, r: LocalText) => {
    found.push(f);
    required.push(r);
    if (!ok) {
      wrongFound.push(f);
      wrongRequired.push(r);
    }
  };
  if (spec.upper !== undefined) {
    const upper = shownUpper(x.p);
    add(upper === spec.upper, upper ? t("chữ in hoa", "capitals") : t("chữ thường", "lower case"), spec.upper ? t("chữ in hoa", "capitals") : t("không viết hoa toàn bộ", "not all capitals"));
  }
  if (spec.align) {
    const jc = alignment(x.p);
    add(spec.align.includes(jc), alignName(jc), joinTexts(spec.align.map(alignName), " / "));
  }
  if (spec.bold !== undefined) {
    const b = tri(x, isBold);
    add(b === (spec.bold ? "all" : "none"), boldName(b), boldName(spec.bold ? "all" : "none"));
  }
  if (spec.italic !== undefined) {
    const i = tri(x, isItalic);
    add(i === (spec.italic ? "all" : "none"), italicName(i), italicName(spec.italic ? "all" : "none"));
  }
  if (spec.size) {
    const { min, max } = spec.size;
    const ok = inkRuns(x.p).length > 0 && inkRuns(x.p).every((r) => runPt(r) >= min && runPt(r) <= max);
    const s = sizesText(sizesOf(x.p));
    const range = rangeText(spec.size, "pt");
    add(ok, t(`cỡ ${s}`, s), t(`cỡ ${range}`, range));
  }
  const ok = wrongFound.length === 0;
  const label = (parts: LocalText[]) => joinTexts(parts, ", ");
  const quoteText = `«${textOf(x.p).replace(/\s+/g, " ").slice(0, 60)}»`;
  const head = t(`${what.vi} ${quoteText}: `, `${what.en} ${quoteText}: `);
  const f = label(ok ? found : wrongFound);
  const r = label(ok ? required : wrongRequired);
  return judge(ok, t(head.vi + f.vi, head.en + f.en), r);
}
