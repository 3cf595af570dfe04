import { t } from "../i18n/text.js";
import { FOOTNOTE_MARKER } from "../resolve/footnote-refs.js";
import type { NoteText } from "./footnotes.js";
import { endnoteMarker, footnoteMarker } from "./inline-text.js";
import { quote, type Notes } from "./notes.js";

type Obj = Record<string, unknown>;

/** Top-level fields whose text can carry a Word footnote reference (as resolve/footnote-refs.ts allows). */
const CAN_HOLD = new Set(["basis", "preamble", "sections", "parts", "closing", "appendices"]);

/**
 * The `[^id]` markers the runs left in the plan's text, matched with the notes of footnotes.xml:
 * a marker in a field that can hold a footnote keeps its place and its note goes into
 * `footnotes:`; a marker elsewhere (trích yếu, signer…) or without a note is taken out. The notes
 * that end up without a marker are returned, for the import to report and copy as comments.
 */
export function placeFootnotes(plan: Obj, footnotes: readonly NoteText[], notes: Notes, paragraphOf: (marker: string) => number | undefined = () => undefined): NoteText[] {
  const markerOf = (f: NoteText): string => (f.kind === "footnote" ? footnoteMarker(f.id) : endnoteMarker(f.id));
  const byId = new Map(footnotes.map((f) => [markerOf(f), f]));
  const used = new Map<string, NoteText>();
  const where = new Map<string, (string | number)[]>();
  const walk = (value: unknown, path: (string | number)[]): unknown => {
    if (typeof value === "string") {
      if (!value.includes("[^")) return value;
      const allowed = CAN_HOLD.has(String(path[0])) && !(path[0] === "appendices" && path[2] === "reference");
      return value
        .replace(FOOTNOTE_MARKER, (marker) => {
          const note = byId.get(marker);
          if (!allowed || !note) return "";
          used.set(marker, note);
          if (!where.has(marker)) where.set(marker, path);
          return marker;
        })
        .replace(/ {2,}/g, " ");
    }
    if (Array.isArray(value)) return value.map((v, i) => walk(v, [...path, i]));
    if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, [...path, k])]));
    return value;
  };
  for (const key of Object.keys(plan)) plan[key] = walk(plan[key], [key]);
  if (used.size) {
    const map: Record<string, string> = {};
    for (const [marker, note] of used) map[marker.slice(2, -1)] = note.markup;
    plan.footnotes = map;
    notes.add("recognised", ["footnotes"], t(`chú thích cuối trang (${used.size})`, `footnotes (${used.size})`));
    for (const [marker, note] of used) {
      if (note.kind !== "endnote") continue;
      // The plan has no endnotes: the note keeps its place and its text as a footnote.
      notes.add(
        "guessed",
        where.get(marker) ?? ["footnotes"],
        t(`chú thích cuối văn bản [${note.number}] chuyển thành chú thích cuối trang ${marker}: ${quote(note.text)}`, `endnote [${note.number}] made a footnote ${marker}: ${quote(note.text)}`),
        paragraphOf(marker),
      );
    }
  }
  const placed = new Set(used.values());
  const left = footnotes.filter((f) => !placed.has(f));
  for (const f of left) {
    notes.add("text", [], t(`chú thích ${f.kind === "footnote" ? "cuối trang" : "cuối văn bản"} [${f.number}] không đặt được vào kế hoạch, chép ở đầu tệp YAML: ${quote(f.text)}`, `${f.kind} [${f.number}] could not be placed in the plan, copied at the top of the YAML: ${quote(f.text)}`), paragraphOf(markerOf(f)));
  }
  return left;
}
