import { errorDiagnostic, KehoachError, type Diagnostic } from "../errors.js";
import { t } from "../i18n/text.js";
import type { LocateField } from "../render/render-field.js";

/** "[^id]": a footnote reference, as in Markdown. Ids are letters, digits, "_" and "-". */
export const FOOTNOTE_MARKER = /\[\^([\p{L}\p{N}_-]+)\]/gu;

type Path = readonly (string | number)[];

/** Fields whose text reaches a paragraph that can carry a Word footnote reference. */
const CAN_HOLD_NOTES = new Set(["basis", "preamble", "sections", "parts", "closing", "appendices"]);

interface Reference {
  readonly id: string;
  readonly path: Path;
  /** Offset of the marker in the field's source text, when it is there as typed. */
  readonly offset: number | undefined;
}

/**
 * Collects the footnote markers of every rendered field, then checks them against the plan's
 * `footnotes:` map: an unknown id, an unused note, or a marker in a field that cannot carry a
 * footnote (issuer, signer, trích yếu…) is a located error.
 */
export class FootnoteRefs {
  private readonly refs: Reference[] = [];

  record(source: string, rendered: string, path: Path): void {
    if (!rendered.includes("[^")) return;
    for (const m of rendered.matchAll(FOOTNOTE_MARKER)) {
      const at = source.indexOf(m[0]);
      this.refs.push({ id: m[1]!, path, offset: at >= 0 ? at : undefined });
    }
  }

  check(notes: ReadonlyMap<string, string>, locateField: LocateField): Diagnostic[] {
    const out: Diagnostic[] = [];
    const at = (path: Path, offset?: number): Partial<Diagnostic> => {
      const where = locateField(path, offset);
      return { file: where.file, path, ...(where.position ? { position: where.position } : {}) };
    };
    const known = [...notes.keys()];
    for (const ref of this.refs) {
      const field = ref.path.map(String).join(".");
      if (!CAN_HOLD_NOTES.has(String(ref.path[0])) || (ref.path[0] === "appendices" && ref.path[2] === "reference")) {
        out.push(
          errorDiagnostic("footnote-misplaced", t(`chú thích [^${ref.id}] không đặt được ở "${field}"`, `footnote [^${ref.id}] cannot go in "${field}"`), {
            ...at(ref.path, ref.offset),
            hint: t(
              "đặt dấu chú thích trong căn cứ, đoạn mở đầu, các mục, câu kết hoặc phụ lục",
              "put footnote markers in căn cứ, the preamble, sections, the closing or appendices",
            ),
          }),
        );
      } else if (!notes.has(ref.id)) {
        out.push(
          errorDiagnostic("footnote-unknown", t(`dấu chú thích [^${ref.id}] không có nội dung: "${ref.id}" chưa được khai báo trong footnotes`, `footnote marker [^${ref.id}] has no text: "${ref.id}" is not declared under footnotes`), {
            ...at(ref.path, ref.offset),
            hint: known.length
              ? t(`các chú thích đã khai báo: ${known.join(", ")}`, `footnotes declared: ${known.join(", ")}`)
              : t(`thêm vào kế hoạch (ở lề trái): footnotes: { ${ref.id}: "Nội dung chú thích" }`, `add to the plan (at the left margin): footnotes: { ${ref.id}: "Note text" }`),
          }),
        );
      }
    }
    const used = new Set(this.refs.map((r) => r.id));
    for (const id of known) {
      if (used.has(id)) continue;
      out.push(
        errorDiagnostic("footnote-unused", t(`chú thích "${id}" không được dùng ở đâu`, `footnote "${id}" is never referenced`), {
          ...at(["footnotes", id]),
          hint: t(`đặt [^${id}] sau chữ cần chú thích, hoặc xóa chú thích này`, `put [^${id}] after the words it explains, or delete the note`),
        }),
      );
    }
    return out;
  }
}

export const footnoteError = (diagnostics: readonly Diagnostic[]): KehoachError => new KehoachError("schema", diagnostics);
