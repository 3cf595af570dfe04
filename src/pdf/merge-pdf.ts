import { readFile } from "node:fs/promises";
import { PDFDocument, PDFHexString, PDFName, PDFNumber, type PDFRef } from "pdf-lib";

/**
 * `batch --merge all.pdf`: one print file of every unit, in list order, with one outline
 * (bookmark) entry per unit pointing at its first page, so a clerk can jump to a commune.
 * Each plan keeps its own page numbers (they are in its pages), which is what printing a
 * batch for signing wants. pdf-lib copies the pages; the outline is written by hand because
 * pdf-lib has no outline API (PDF 32000-1, 12.3.3).
 */

export interface MergePart {
  readonly file: string;
  readonly title: string;
}

export async function mergePdfs(parts: readonly MergePart[], title: string): Promise<{ bytes: Uint8Array; pages: number }> {
  // No clock in the file: the same parts give the same bytes.
  const merged = await PDFDocument.create({ updateMetadata: false });
  merged.setTitle(title);
  const firstPages: { title: string; page: PDFRef }[] = [];
  for (const part of parts) {
    const source = await PDFDocument.load(await readFile(part.file), { updateMetadata: false });
    const pages = await merged.copyPages(source, source.getPageIndices());
    pages.forEach((p) => merged.addPage(p));
    if (pages.length) firstPages.push({ title: part.title, page: pages[0]!.ref });
  }
  addOutline(merged, firstPages);
  return { bytes: await merged.save({ useObjectStreams: false, addDefaultPage: false }), pages: merged.getPageCount() };
}

function addOutline(doc: PDFDocument, entries: readonly { title: string; page: PDFRef }[]): void {
  if (entries.length === 0) return;
  const context = doc.context;
  const rootRef = context.nextRef();
  const refs = entries.map(() => context.nextRef());
  entries.forEach((entry, i) => {
    const item = context.obj({
      Title: PDFHexString.fromText(entry.title),
      Parent: rootRef,
      Dest: [entry.page, PDFName.of("Fit")],
    });
    if (i > 0) item.set(PDFName.of("Prev"), refs[i - 1]!);
    if (i < refs.length - 1) item.set(PDFName.of("Next"), refs[i + 1]!);
    context.assign(refs[i]!, item);
  });
  context.assign(
    rootRef,
    context.obj({ Type: "Outlines", First: refs[0]!, Last: refs[refs.length - 1]!, Count: PDFNumber.of(entries.length) }),
  );
  doc.catalog.set(PDFName.of("Outlines"), rootRef);
  // Open with the bookmarks panel shown.
  doc.catalog.set(PDFName.of("PageMode"), PDFName.of("UseOutlines"));
}
