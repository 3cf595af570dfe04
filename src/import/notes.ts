import type { Diagnostic } from "../errors.js";
import { t, type LocalText } from "../i18n/text.js";

/**
 * What the import tells the clerk: each element it recognised, each thing it had to guess, each
 * paragraph it could only keep as plain text, each ND30 rule it downgraded to keep the text as
 * written. Guesses and kept text also become YAML comments next to the field concerned.
 */
export type NoteKind = "recognised" | "guessed" | "text" | "rule";

export interface ImportNote {
  readonly kind: NoteKind;
  /** Plan field the note is about, e.g. ["sections", 2, "body"]. */
  readonly path: readonly (string | number)[];
  readonly message: LocalText;
  /** 1-based paragraph number in the source, when the note is about one paragraph. */
  readonly paragraph?: number;
}

const CODES: Record<NoteKind, string> = {
  recognised: "import-recognised",
  guessed: "import-guessed",
  text: "import-kept-as-text",
  rule: "import-rule-downgraded",
};

export function noteDiagnostic(note: ImportNote, file?: string): Diagnostic {
  const where = note.paragraph === undefined ? undefined : t(`đoạn ${note.paragraph}: `, `paragraph ${note.paragraph}: `);
  return {
    severity: note.kind === "recognised" ? "notice" : "warning",
    code: CODES[note.kind],
    message: where ? t(where.vi + note.message.vi, where.en + note.message.en) : note.message,
    path: note.path,
    ...(file ? { file } : {}),
  };
}

/** Collects notes while the plan is put together. */
export class Notes {
  readonly list: ImportNote[] = [];

  add(kind: NoteKind, path: readonly (string | number)[], message: LocalText, paragraph?: number): void {
    this.list.push({ kind, path, message, ...(paragraph !== undefined ? { paragraph } : {}) });
  }
}

/** A short quote of a paragraph for messages: its first words. */
export const quote = (s: string, words = 8): string => {
  const parts = s.split(/\s+/u);
  return parts.length > words ? `"${parts.slice(0, words).join(" ")} …"` : `"${s}"`;
};
