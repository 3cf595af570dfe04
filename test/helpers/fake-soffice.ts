import { chmodSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PDFDocument, StandardFonts } from "pdf-lib";

/**
 * A stand-in for LibreOffice, to test what a real one rarely does on demand: hang, crash,
 * refuse a file. It takes soffice's arguments; for each input it looks at the content:
 * "HANG" → sleeps (in a grandchild, as soffice.bin runs under oosplash), "CRASH" → kills
 * itself, "REFUSE" → skips it and prints an error; otherwise it writes a small valid PDF.
 * FAKE_SOFFICE_MODE=hang hangs on every file (the CLI's DOCX is compressed: no marker shows);
 * FAKE_SOFFICE_HANG_ON=3 hangs on the file staged as 3.docx (the pool stages job i as i.docx).
 * Every start appends its input count to `starts.log` in its folder.
 */
export async function fakeSoffice(): Promise<{ file: string; dir: string; pdf: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), "kh-fake-soffice-"));
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  page.drawText("fake pdf", { x: 50, y: 800, font: await doc.embedFont(StandardFonts.Helvetica) });
  const pdf = path.join(dir, "canned.pdf");
  writeFileSync(pdf, await doc.save({ useObjectStreams: false }));
  const file = path.join(dir, "soffice");
  writeFileSync(
    file,
    `#!/bin/bash
out=""; files=()
while [ $# -gt 0 ]; do
  case "$1" in
    --outdir) out="$2"; shift 2;;
    --convert-to) shift 2;;
    -*) shift;;
    *) files+=("$1"); shift;;
  esac
done
echo "\${#files[@]}" >> "${dir}/starts.log"
for f in "\${files[@]}"; do
  base=$(basename "$f" .docx)
  echo "convert $f -> $out/$base.pdf using filter : fake"
  if [ "$FAKE_SOFFICE_MODE" = hang ] || [ "$FAKE_SOFFICE_HANG_ON" = "$base" ] || grep -q HANG "$f"; then bash -c 'sleep 3001' & wait; fi
  if grep -q CRASH "$f"; then kill -9 $$; fi
  if grep -q REFUSE "$f"; then echo "Error: source file could not be loaded" >&2; continue; fi
  cp "${pdf}" "$out/$base.pdf"
done
`,
  );
  chmodSync(file, 0o755);
  return { file, dir, pdf };
}
