import { t, type LocalText } from "../../i18n/text.js";
import { upperVi } from "../../render/vietnamese.js";
import type { FieldPath, Finding, LintContext, LintRule } from "../rule.js";

const CHAIN_CLAUSE = "Phụ lục I, Phần II, khoản 7, điểm b";

type Prefix = "TM" | "KT" | "TL" | "TUQ" | "Q";

/** One line above the signer's name: a prefixed authority line or the bare position. */
interface Line {
  readonly text: string;
  readonly prefix: Prefix | null;
  /** The words after the prefix ("CHỦ TỊCH" in "KT. CHỦ TỊCH"), or the whole bare line. */
  readonly rest: string;
  readonly path: FieldPath;
  /** Whether the line came from the tier's default template rather than the plan. */
  readonly fromTemplate: boolean;
}

const PREFIX = /^(TM|KT|TL|TUQ|Q)\. (\S.*)$/u;
/** Forms clerks type for a prefix that ND30 writes "TM.", "KT."…: "T/M", "TM", "TM.ỦY", "Tm.". */
const LOOSE_PREFIX = /^(T\/M|K\/T|T\/L|TM|KT|TL|TUQ|Q)(?:\s*\.\s*|\s+)(?=\S)|^(T\/M|K\/T|T\/L)\s*/iu;

/** Titles of one person, which "TM." (on behalf of a collective) never takes. */
const PERSON_TITLE = /^(CHỦ TỊCH|PHÓ |GIÁM ĐỐC|TRƯỞNG |BỘ TRƯỞNG|THỨ TRƯỞNG|CHÁNH |CỤC TRƯỞNG|VIỆN TRƯỞNG|HIỆU TRƯỞNG)/u;

const normalise = (s: string): string => upperVi(s).replace(/\s+/gu, " ").trim();

/** "KT. Y" is followed by the deputy's title "PHÓ Y…" (Bộ trưởng's deputy is Thứ trưởng). */
function deputyOf(head: string, title: string): boolean {
  if (head === "BỘ TRƯỞNG") return title === "THỨ TRƯỞNG" || title.startsWith("THỨ TRƯỞNG ");
  return title === `PHÓ ${head}` || title.startsWith(`PHÓ ${head} `);
}

function signerLines(ctx: LintContext): Line[] {
  const { plan, resolved } = ctx;
  const authorityFromPlan = plan.signer.authority !== undefined;
  const lines: Line[] = resolved.signer.authority.map((text, i) => {
    const path: FieldPath = authorityFromPlan ? ["signer", "authority", Math.min(i, plan.signer.authority!.length - 1)] : ["signer"];
    return { ...parse(normalise(text)), path, fromTemplate: !authorityFromPlan };
  });
  const title = normalise(resolved.signer.title);
  if (title !== "") {
    const fromPlan = plan.signer.title !== undefined;
    lines.push({ ...parse(title), path: fromPlan ? ["signer", "title"] : ["signer"], fromTemplate: !fromPlan });
  }
  return lines;
}

/**
 * A line's prefix. Forms real documents use for the ND30 prefixes ("T/M", "TM ỦY BAN", "K/T")
 * count as that prefix in the chain; `signerPrefixFormRule` warns about the spelling.
 */
function parse(text: string): { text: string; prefix: Prefix | null; rest: string } {
  const m = PREFIX.exec(text);
  if (m) return { text, prefix: m[1] as Prefix, rest: m[2]! };
  const loose = looseForm(text);
  return loose ? { text, prefix: loose.prefix, rest: loose.rest } : { text, prefix: null, rest: text };
}

/** "T/M ỦY BAN NHÂN DÂN" → TM + "ỦY BAN NHÂN DÂN"; null for an ND30 form or a bare line. */
function looseForm(text: string): { prefix: Prefix; rest: string; fixed: string } | null {
  if (PREFIX.test(text)) return null;
  const loose = LOOSE_PREFIX.exec(text);
  if (!loose) return null;
  const prefix = (loose[1] ?? loose[2] ?? "").toUpperCase().replace("/", "") as Prefix;
  const rest = text.slice(loose[0].length).trim();
  if (rest === "") return null;
  return { prefix, rest, fixed: `${prefix}. ${rest}` };
}

/** Notes that a line came from the built-in template, since the clerk never typed it. */
function defaultNote(line: Line): LocalText | undefined {
  if (!line.fromTemplate) return undefined;
  return t(
    ` (dòng "${line.text}" lấy từ mẫu mặc định của cấp ban hành; ghi signer.authority / signer.title để thay)`,
    ` (the line "${line.text}" comes from the tier's default template; set signer.authority / signer.title to change it)`,
  );
}

function finding(line: Line, message: LocalText, hint: LocalText): Finding {
  const note = defaultNote(line);
  return { path: line.path, message: note ? t(message.vi + note.vi, message.en + note.en) : message, hint };
}

/** Which prefix may follow which (ND30 PL I, II.7.b; checkable rule 33 of the spec). */
const NEXT: Record<Prefix | "start", readonly (Prefix | "title")[]> = {
  start: ["TM", "KT", "TL", "TUQ", "Q", "title"],
  TM: ["KT", "Q", "title"],
  TL: ["KT", "title"],
  KT: ["title"],
  TUQ: ["title"],
  Q: [],
};

const describePrefix: Record<Prefix, LocalText> = {
  TM: t("thay mặt tập thể", "on behalf of a collective"),
  KT: t("cấp phó ký thay cấp trưởng", "a deputy signing for the head"),
  TL: t("thừa lệnh", "by order"),
  TUQ: t("thừa ủy quyền", "by delegation"),
  Q: t("quyền cấp trưởng", "acting head"),
};

function checkChain(lines: readonly Line[]): Finding | undefined {
  let state: Prefix | "start" = "start";
  let head = "";
  for (const [i, line] of lines.entries()) {
    const last = i === lines.length - 1;
    const kind: Prefix | "title" = line.prefix ?? "title";
    if (kind === "title" && !last) {
      const collective = !PERSON_TITLE.test(line.text);
      return finding(
        line,
        t(`dòng "${line.text}" đứng trên chức vụ mà không có chữ viết tắt thẩm quyền`, `the line "${line.text}" stands above the position without an authority prefix`),
        collective
          ? t(`tên tập thể ghi "TM. ${line.text}"`, `a collective is written "TM. ${line.text}"`)
          : t("chỉ dòng cuối (chức vụ người ký) không có TM./KT./TL./TUQ./Q.", "only the last line (the signer's position) has no TM./KT./TL./TUQ./Q."),
      );
    }
    if (state === "Q") {
      return finding(
        line,
        t(`sau "Q. ${head}" (quyền cấp trưởng) không ghi thêm dòng "${line.text}"`, `nothing follows "Q. ${head}" (acting head), yet "${line.text}" does`),
        t('người giữ quyền ký ngay dưới dòng "Q. …"; ghi signer.title: "" để bỏ chức vụ mặc định', 'the acting head signs right under "Q. …"; set signer.title: "" to drop the default position'),
      );
    }
    if (!NEXT[state].includes(kind)) {
      const after = state === "start" ? "" : ` sau "${state}."`;
      const afterEn = state === "start" ? "" : ` after "${state}."`;
      return finding(
        line,
        t(`thứ tự thẩm quyền ký không hợp lệ: "${line.text}"${after}`, `invalid signing-authority order: "${line.text}"${afterEn}`),
        t(
          "các dạng hợp lệ: TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH; TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH; KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC; TL. …; TUQ. …; Q. …",
          "valid forms: TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH; TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH; KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC; TL. …; TUQ. …; Q. …",
        ),
      );
    }
    if (kind === "TM" && PERSON_TITLE.test(line.rest)) {
      return finding(
        line,
        t(`"TM." (thay mặt) đi với tên tập thể, không đi với chức vụ "${line.rest}"`, `"TM." (on behalf of) takes a collective's name, not the position "${line.rest}"`),
        t("ví dụ: TM. ỦY BAN NHÂN DÂN; cấp phó ký thay dùng KT.", "e.g. TM. ỦY BAN NHÂN DÂN; a deputy signs with KT."),
      );
    }
    if (kind === "title" && state === "KT" && !deputyOf(head, line.text)) {
      return finding(
        line,
        t(`sau "KT. ${head}" chức vụ người ký phải là cấp phó ("PHÓ ${head}"), không phải "${line.text}"`, `after "KT. ${head}" the signer's position must be the deputy ("PHÓ ${head}"), not "${line.text}"`),
        t(`cấp trưởng tự ký thì bỏ dòng "KT. ${head}"; cấp phó ký thì ghi "PHÓ ${head}"`, `if the head signs, drop "KT. ${head}"; if a deputy signs, write "PHÓ ${head}"`),
      );
    }
    if (kind === "title" && state !== "KT" && state !== "TL" && state !== "TUQ" && /^(PHÓ|THỨ TRƯỞNG)(?!\p{L})/u.test(line.text)) {
      const headTitle = line.text === "THỨ TRƯỞNG" ? "BỘ TRƯỞNG" : line.text.replace(/^PHÓ /u, "");
      return finding(
        line,
        t(`cấp phó ("${line.text}") ký thay cấp trưởng phải có dòng "KT. ${headTitle}" ngay trên`, `a deputy ("${line.text}") signing for the head needs the line "KT. ${headTitle}" just above`),
        t(
          state === "TM" ? `ghi signer.authority: [TM. …, KT. ${headTitle}]` : `ghi signer.authority: [KT. ${headTitle}]`,
          state === "TM" ? `set signer.authority: [TM. …, KT. ${headTitle}]` : `set signer.authority: [KT. ${headTitle}]`,
        ),
      );
    }
    if (last && (kind === "TM" || kind === "KT" || kind === "TL" || kind === "TUQ")) {
      return finding(
        line,
        t(`sau "${line.text}" (${describePrefix[kind].vi}) còn thiếu chức vụ người ký`, `"${line.text}" (${describePrefix[kind].en}) is not followed by the signer's position`),
        t("ghi chức vụ ở signer.title, ví dụ CHỦ TỊCH, PHÓ CHỦ TỊCH, GIÁM ĐỐC", "give the position in signer.title, e.g. CHỦ TỊCH, PHÓ CHỦ TỊCH, GIÁM ĐỐC"),
      );
    }
    if (kind === "KT" || kind === "Q") head = line.rest;
    if (kind !== "title") state = kind;
  }
  return undefined;
}

/**
 * "T/M.", "K/T", "TM ỦY BAN…": forms seen in real documents (Party documents write "T/M"). The
 * line is printed as written; the warning names the ND30 form.
 */
export const signerPrefixFormRule: LintRule = {
  id: "ND30-chu-viet-tat-ky",
  severity: "warning",
  clause: CHAIN_CLAUSE,
  summary: t(
    "chữ viết tắt thẩm quyền ký theo ND30: TM., KT., TL., TUQ., Q. (in hoa, dấu chấm, một dấu cách)",
    "signing-authority prefixes as ND30 writes them: TM., KT., TL., TUQ., Q. (capitals, a dot, one space)",
  ),
  check(ctx) {
    const out: Finding[] = [];
    for (const line of signerLines(ctx)) {
      const loose = looseForm(line.text);
      if (!loose) continue;
      out.push(
        finding(
          line,
          t(
            `dòng "${line.text}" không viết chữ viết tắt thẩm quyền ký theo ND30 ("${loose.fixed}"); kehoach in như đã viết`,
            `the line "${line.text}" does not write the signing-authority prefix as ND30 does ("${loose.fixed}"); kehoach prints it as written`,
          ),
          t(`viết "${loose.fixed}": chữ in hoa, dấu chấm, rồi một dấu cách (TM., KT., TL., TUQ., Q.)`, `write "${loose.fixed}": capitals, a dot, then one space (TM., KT., TL., TUQ., Q.)`),
        ),
      );
    }
    return out;
  },
};

export const signerChainRule: LintRule = {
  id: "ND30-tham-quyen-ky",
  severity: "error",
  clause: CHAIN_CLAUSE,
  summary: t(
    "thẩm quyền ký đúng dạng: TM. X → [KT. CHỦ TỊCH →] chức vụ; KT. Y → PHÓ Y; TL./TUQ./Q.",
    "signing authority as ND30 allows: TM. X → [KT. CHỦ TỊCH →] position; KT. Y → PHÓ Y; TL./TUQ./Q.",
  ),
  check(ctx) {
    const problem = checkChain(signerLines(ctx));
    return problem ? [problem] : [];
  },
};

/** Học hàm, học vị and honorifics ND30 keeps off the signature (PL I, II.7.c). */
const ACADEMIC = /^((?:PGS|GS|TSKH|TS|ThS|KS|BS|CKI|CKII|NGND|NGƯT|Đ\/c)\.?(?:\s*(?:TS|ThS|BS|KH)\.?)*)(?:\s+|(?<=\.))(?=\p{Lu})|^((?:Phó\s+)?(?:Giáo sư|Tiến sĩ|Thạc sĩ|Kỹ sư|Bác sĩ|Đồng chí))\s+/iu;

export const academicTitleRule: LintRule = {
  id: "ND30-hoc-ham-hoc-vi",
  severity: "error",
  clause: "Phụ lục I, Phần II, khoản 7, điểm c",
  summary: t("không ghi học hàm, học vị (TS., ThS., PGS., GS., KS., BS.…) trước họ tên người ký", "no academic titles (TS., ThS., PGS., GS., KS., BS.…) before the signer's name"),
  check({ resolved }) {
    const name = resolved.signer.name.trim();
    const m = ACADEMIC.exec(name);
    if (!m) return [];
    const title = (m[1] ?? m[2] ?? "").trim();
    const bare = name.slice(m[0].length).trim();
    return [
      {
        path: ["signer", "name"],
        message: t(`không ghi học hàm, học vị hay danh xưng "${title}" trước họ tên người ký`, `no academic title or honorific "${title}" before the signer's name`),
        hint: t(`ghi name: ${bare}`, `write name: ${bare}`),
      },
    ];
  },
};

export const signerNameRule: LintRule = {
  id: "ND30-ho-ten-nguoi-ky",
  severity: "error",
  clause: "Phụ lục I, Phần II, khoản 7, điểm đ",
  summary: t("họ tên người ký viết hoa chữ cái đầu, không viết in hoa toàn bộ", "the signer's name in name case, not all capitals"),
  check({ resolved }) {
    const name = resolved.signer.name.trim();
    const letters = name.replace(/[^\p{L}]/gu, "");
    if (letters.length < 2 || letters !== upperVi(letters)) return [];
    const fixed = name
      .toLocaleLowerCase("vi")
      .split(/\s+/u)
      .map((w) => upperVi(w.slice(0, 1)) + w.slice(1))
      .join(" ");
    return [
      {
        path: ["signer", "name"],
        message: t(`họ tên người ký "${name}" viết in hoa toàn bộ`, `the signer's name "${name}" is all capitals`),
        hint: t(`viết hoa chữ cái đầu mỗi tiếng: ${fixed}`, `capitalise each syllable's first letter: ${fixed}`),
      },
    ];
  },
};
