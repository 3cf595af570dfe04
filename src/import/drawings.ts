import { t } from "../i18n/text.js";
import { foldKey } from "../render/vietnamese.js";
import { quote, type Notes } from "./notes.js";
import type { Para } from "./para.js";

/**
 * Pictures and drawn shapes (text boxes, diagrams) have no place in a plan: each is reported
 * with the source paragraph that holds it, and a comment goes next to the plan field where that
 * paragraph's words (or, for a picture alone on its line, the words just before it) ended up,
 * or at the top of the YAML when there is none. Drawn straight lines are the rules ND30 draws
 * under the header and the title; kehoach draws them itself, so they are not reported.
 */
export interface DrawingNote {
  readonly paragraph: number;
  readonly kind: "picture" | "shape";
  /** Plan field the comment sits at; undefined: the YAML's top comment. */
  readonly path?: (string | number)[];
}

const tokens = (s: string): string => ` ${(foldKey(s).match(/[\p{L}\p{N}]+/gu) ?? []).join(" ")} `;

/** Path of the first plan string that holds the paragraph's first words. */
function pathOf(plan: unknown, text: string): (string | number)[] | undefined {
  const want = tokens(text).trim().split(" ").slice(0, 8).join(" ");
  if (!want) return undefined;
  const walk = (value: unknown, path: (string | number)[]): (string | number)[] | undefined => {
    if (typeof value === "string") return tokens(value).includes(` ${want} `) ? path : undefined;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const found = walk(value[i], [...path, i]);
        if (found) return found;
      }
      return undefined;
    }
    if (value && typeof value === "object") {
      for (const [k, v] of Object.entries(value)) {
        const found = walk(v, [...path, k]);
        if (found) return found;
      }
    }
    return undefined;
  };
  return walk(plan, []);
}

export function reportDrawings(paras: readonly Para[], plan: Record<string, unknown>, notes: Notes): DrawingNote[] {
  const out: DrawingNote[] = [];
  paras.forEach((x, i) => {
    const pictures = x.p.shapes.filter((s) => s.kind === "picture").length;
    const shapes = x.p.shapes.filter((s) => s.kind === "shape").length;
    if (pictures + shapes === 0) return;
    const kind = pictures ? "picture" : "shape";
    // The words of this paragraph, else of the nearest one before it with words.
    const holder = x.text ? x : [...paras.slice(0, i)].reverse().find((y) => y.text !== "");
    const path = holder ? pathOf(plan, holder.text) : undefined;
    const picture = kind === "picture";
    const what = { vi: picture ? "hình ảnh" : "hình vẽ (khung chữ, sơ đồ)", en: picture ? "a picture" : "a drawn shape (text box, diagram)" };
    const near = x.text
      ? { vi: ` trong đoạn ${quote(x.text, 6)}`, en: ` in ${quote(x.text, 6)}` }
      : holder
        ? { vi: ` sau đoạn ${quote(holder.text, 6)}`, en: ` after ${quote(holder.text, 6)}` }
        : { vi: "", en: "" };
    notes.add(
      "text",
      path ?? [],
      t(`${what.vi}${near.vi} không nhập được vào kế hoạch; chèn lại vào văn bản sau khi dựng`, `${what.en}${near.en} cannot be imported into the plan; insert it again after building`),
      x.number,
    );
    out.push({ paragraph: x.number, kind, ...(path ? { path } : {}) });
  });
  return out;
}
