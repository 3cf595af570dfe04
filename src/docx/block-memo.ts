import { Paragraph, type IParagraphOptions } from "docx";

/**
 * Batch speed-up: the body paragraphs of a model plan are mostly the same for every unit (only
 * those that name the unit differ). docx rebuilds and re-serialises each one per document;
 * with a memo, a paragraph whose layout block was already written in this batch reuses the
 * XML object docx produced the first time, skipping the construction of its runs and docx's
 * prepForXml walk. The bytes are those of a fresh paragraph (docx's prepForXml of a plain
 * text paragraph is a pure function of its options: test/batch/identity.test.ts compares every
 * batch output with `build`).
 *
 * The memo is set around one synchronous render (`withBlockMemo`) rather than threaded through
 * the pipeline's options: `build` never sets it, and a batch thread renders one unit at a
 * time. Paragraphs that must end a section (which docx gives section properties while
 * writing) or that hold hyperlinks fall back to the ordinary path.
 */
export class BlockMemo {
  readonly xml = new Map<string, object>();
  hits = 0;
  misses = 0;
  /** Bounded: a batch over very different plans must not grow without limit. */
  static readonly MAX_ENTRIES = 20_000;
}

let current: BlockMemo | undefined;

export function withBlockMemo<T>(memo: BlockMemo | undefined, render: () => T): T {
  const previous = current;
  current = memo;
  try {
    return render();
  } finally {
    current = previous;
  }
}

type Context = Parameters<Paragraph["prepForXml"]>[0];
type Xml = ReturnType<Paragraph["prepForXml"]>;

/** A paragraph that writes the memoised XML of an identical earlier paragraph. */
class MemoParagraph extends Paragraph {
  private full: Paragraph | undefined;
  private sectioned = false;

  constructor(
    private readonly memo: BlockMemo,
    private readonly key: string,
    private readonly makeOptions: () => IParagraphOptions,
  ) {
    super({});
  }

  /** The ordinary paragraph, built on demand (its runs are only made on a memo miss). */
  private real(): Paragraph {
    return (this.full ??= new Paragraph(this.makeOptions()));
  }

  override prepForXml(context: Context): Xml {
    if (this.sectioned) return this.real().prepForXml(context);
    let xml = this.memo.xml.get(this.key) as Xml | undefined;
    if (xml === undefined) {
      xml = this.real().prepForXml(context);
      if (xml && this.memo.xml.size < BlockMemo.MAX_ENTRIES) this.memo.xml.set(this.key, xml);
      this.memo.misses++;
    } else {
      this.memo.hits++;
    }
    return xml;
  }

  override addSectionProperties(...args: Parameters<Paragraph["addSectionProperties"]>): void {
    this.sectioned = true;
    this.real().addSectionProperties(...args);
  }

  override removeSectionProperties(...args: Parameters<Paragraph["removeSectionProperties"]>): void {
    this.real().removeSectionProperties(...args);
    this.sectioned = false;
  }
}

/**
 * A paragraph from its options; with a memo in effect, one that reuses the XML of an earlier
 * paragraph with the same `key`. The key must determine the options entirely.
 */
export function memoParagraph(key: string, options: () => IParagraphOptions): Paragraph {
  return current ? new MemoParagraph(current, key, options) : new Paragraph(options());
}
