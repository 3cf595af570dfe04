import { t, type LocalText } from "../../i18n/text.js";
import { ND30 } from "../../layout/nd30.js";
import type { DocRun } from "../../ooxml/model.js";
import { at } from "../describe.js";
import { inkRuns } from "../paragraph.js";
import { failed, judge, overEach, type Finding, type Rule } from "../rule.js";
import { allParagraphs, type AnyParagraph } from "../walk.js";

/** nd30-spec §18 rules 3–5: every visible run is Times New Roman, black, NFC. */

const FAMILY = ND30.font.family;
const isFamily = (name: string | undefined) => name !== undefined && name.trim().toLowerCase() === FAMILY.toLowerCase();

/** The font a run shows, or why it is not known (a theme reference the theme does not name). */
function fontProblem(r: DocRun): LocalText | undefined {
  const p = r.props;
  for (const [name, theme] of [
    [p.fontAscii, p.fontAsciiTheme],
    [p.fontHAnsi, p.fontHAnsiTheme],
  ] as const) {
    if (isFamily(name)) continue;
    if (name) return t(`phông ${name}`, `font ${name}`);
    if (theme) return t(`phông theo theme (${theme}) không xác định`, `theme font (${theme}) not named by the theme`);
    return t("không khai báo phông (phụ thuộc phần mềm mở)", "no font declared (depends on the application)");
  }
  // The complex-script slot only matters when it is set to something else.
  if (p.fontCs && !isFamily(p.fontCs)) return t(`phông ${p.fontCs} (w:cs)`, `font ${p.fontCs} (w:cs)`);
  return undefined;
}

const where = (x: AnyParagraph): LocalText => {
  const q = at(x.p.text);
  return x.part === "document" ? q : t(`${x.part} ${q.vi}`, `${x.part} ${q.en}`);
};

/** The first offending run of each paragraph, as one finding. */
function runCheck(problem: (r: DocRun) => LocalText | undefined, required: LocalText) {
  return (x: AnyParagraph): Finding | undefined => {
    for (const r of inkRuns(x.p)) {
      const found = problem(r);
      if (found) return judge(false, found, required, where(x));
    }
    return undefined;
  };
}

const withInk = (paragraphs: AnyParagraph[]) => paragraphs.filter((x) => inkRuns(x.p).length > 0);
const NO_TEXT = t("văn bản không có chữ", "the document has no text");

const font: Rule = {
  id: "ND30-font",
  level: "E",
  clause: ND30.font.ref,
  title: t("Phông chữ Times New Roman cho mọi chữ (kể cả phông theo theme)", "Times New Roman for all text (theme fonts resolved)"),
  check: ({ model }) =>
    overEach(
      withInk(allParagraphs(model)),
      runCheck(fontProblem, t(FAMILY, FAMILY)),
      (n) => t(`${n} đoạn đều dùng ${FAMILY}`, `all ${n} paragraphs in ${FAMILY}`),
      NO_TEXT,
    ),
};

const BLACK = /^(auto|0{6})$/i;
const NO_FILL = /^(auto|ffffff|none)$/i;

function colourProblem(r: DocRun): LocalText | undefined {
  const { color, highlight, shading } = r.props;
  if (color !== undefined && !BLACK.test(color)) return t(`chữ màu #${color}`, `text coloured #${color}`);
  if (highlight !== undefined && highlight !== "none") return t(`tô nền chữ (highlight ${highlight})`, `highlighted text (${highlight})`);
  if (shading !== undefined && !NO_FILL.test(shading)) return t(`nền chữ màu #${shading}`, `text shading #${shading}`);
  return undefined;
}

const colour: Rule = {
  id: "ND30-color",
  level: "E",
  clause: ND30.font.ref,
  title: t("Chữ màu đen, không tô nền", "Black text, no highlight or shading"),
  check: ({ model }) =>
    overEach(
      withInk(allParagraphs(model)),
      runCheck(colourProblem, t("màu đen (auto/000000), không tô nền", "black (auto/000000), no highlight")),
      (n) => t(`${n} đoạn đều màu đen`, `all ${n} paragraphs black`),
      NO_TEXT,
    ),
};

const nfc: Rule = {
  id: "ND30-nfc",
  level: "W",
  clause: "TCVN 6909:2001 (PL I, Phần I, mục I.4)",
  title: t("Chữ Việt Unicode dựng sẵn (NFC)", "Vietnamese in precomposed Unicode (NFC)"),
  check: ({ model }) =>
    overEach(
      withInk(allParagraphs(model)),
      (x) =>
        x.p.runs.some((r) => r.text !== r.text.normalize("NFC"))
          ? failed(t("chữ tổ hợp (dấu tách rời, không phải NFC), yêu cầu Unicode dựng sẵn", "decomposed text (not NFC), required precomposed Unicode"), where(x))
          : undefined,
      (n) => t(`${n} đoạn đều ở dạng dựng sẵn (NFC)`, `all ${n} paragraphs in NFC`),
      NO_TEXT,
    ),
};

export const FONT_RULES: readonly Rule[] = [font, colour, nfc];
