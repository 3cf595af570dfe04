import { Paragraph } from "docx";
import { GroupedMemo } from "../cache/grouped-memo.js";

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
  static readonly MAX_ENTRIES = 1024;
  /**
   * Kept from a paragraph's second use; paragraphs that name the unit are never seen again, so
   * when the memo is full those never reused are dropped (and everything if that is not enough),
   * keeping the model plan's shared paragraphs. One group: a paragraph's key says it all.
   */
  private readonly entries = new GroupedMemo<{ readonly xml: object; used: number }>({ maxEntries: BlockMemo.MAX_ENTRIES, stillUseful: (e) => e.used > 0 });
  hits = 0;
  misses = 0;

  get size(): number {
    return this.entries.size;
  }

  recall(key: string): object | undefined {
    const entry = this.entries.get("", key);
    if (entry) entry.used++;
    return entry?.xml;
  }

  remember(key: string, xml: object): void {
    this.entries.offer("", key, { xml, used: 0 });
  }
}

let current: BlockMemo | undefined;

/**
 * The XML objects a memo hands out again and again. The batch packer's XML writer
 * (pack/xml-stringify.ts) serialises each of them once and then copies the text.
 */
const reusable = new WeakSet<object>();
export const isReusableXml = (xml: object): boolean => reusable.has(xml);

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
    private readonly build: () => Paragraph,
  ) {
    super({});
  }

  /** The ordinary paragraph, built on demand (its runs are only made on a memo miss). */
  private real(): Paragraph {
    return (this.full ??= this.build());
  }

  override prepForXml(context: Context): Xml {
    if (this.sectioned) return this.real().prepForXml(context);
    let xml = this.memo.recall(this.key) as Xml | undefined;
    if (xml === undefined) {
      xml = this.real().prepForXml(context);
      if (xml) {
        this.memo.remember(this.key, xml);
        reusable.add(xml);
      }
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
 * The paragraph `build` makes; with a memo in effect, one that reuses the XML of an earlier
 * paragraph with the same `key`. The key must determine the paragraph entirely (it is the
 * JSON of everything `build` uses).
 */
export function memoParagraph(key: string, build: () => Paragraph): Paragraph {
  return current ? new MemoParagraph(current, key, build) : build();
}
