import { fileURLToPath } from "node:url";
import type { SeedCorrections } from "./seed-words.js";

const root = fileURLToPath(new URL("../../", import.meta.url));

export interface ExampleCase {
  readonly name: string;
  readonly plan: string;
  readonly seed: string;
  readonly corrections: SeedCorrections;
  /** Pages LibreOffice lays the example out on (A4, Liberation Serif = Times New Roman metrics). */
  readonly pages: number;
}

/** The four examples and the real plans they reproduce (../shared/seeds, copied to test/fixtures/seeds). */
export const EXAMPLES: readonly ExampleCase[] = [
  {
    name: "so-vhttdl-lang-son-2026",
    plan: `${root}examples/so-vhttdl-lang-son-2026.yaml`,
    seed: `${root}test/fixtures/seeds/000_5dfd2cdf67195802.txt`,
    // The extractor wrote Markdown: headings (#), bold (**) and a <sub> tag around the drafter code.
    corrections: { strip: [/<\/?sub>/g] },
    pages: 4,
  },
  {
    name: "xa-na-duong-2026",
    plan: `${root}examples/xa-na-duong-2026.yaml`,
    seed: `${root}test/fixtures/seeds/001_a9bef3de117be556.txt`,
    corrections: {},
    pages: 6,
  },
  {
    name: "tinh-soc-trang-2023",
    plan: `${root}examples/tinh-soc-trang-2023.yaml`,
    seed: `${root}test/fixtures/seeds/003_76b87dd1fb59a7e1.txt`,
    corrections: {
      // Line 458 repeats the table header where the original broke the page; kehoach repeats it where LibreOffice breaks.
      dropLines: [458],
      // ND30 writes the appendix label "Phụ lục" in lower case (PL I, Phần III); the original had "PHỤ LỤC".
      replace: [["PHỤ LỤC", "Phụ lục"]],
    },
    pages: 7,
  },
  {
    name: "huyen-dong-son-2021",
    plan: `${root}examples/huyen-dong-son-2021.yaml`,
    seed: `${root}test/fixtures/seeds/004_022a669e624e7361.txt`,
    corrections: {
      // The extractor moved the recipients' notes to the end of the text; they belong on their lines.
      dropLines: [342, 344],
      replace: [
        ["- Sở VHTT&DL Thanh Hóa", "- Sở VHTT&DL Thanh Hóa (Để b/c)"],
        ["- Sở TTTT Thanh Hoá", "- Sở TTTT Thanh Hoá (Để b/c)"],
        ["- Thường trực UBND huyện", "- Thường trực UBND huyện (Để b/c)"],
        ["- Ban Tuyên giáo HU", "- Ban Tuyên giáo HU (Để b/c)"],
        ["- UBND các xã, thị trấn;", "- UBND các xã, thị trấn (t/h);"],
      ],
    },
    pages: 5,
  },
];

/** Examples written for kehoach (no original to compare with): organization tier, appendix content, footnotes. */
export interface OwnExample {
  readonly name: string;
  readonly plan: string;
  /** Pages LibreOffice lays the example out on. */
  readonly pages: number;
}

export const OWN_EXAMPLES: readonly OwnExample[] = [
  { name: "mttq-xa-that-khe-2026", plan: `${root}examples/mttq-xa-that-khe-2026.yaml`, pages: 3 },
  { name: "doan-kiem-tra-so-cong-thuong-2026", plan: `${root}examples/doan-kiem-tra-so-cong-thuong-2026.yaml`, pages: 4 },
  { name: "tinh-lang-son-chuyen-doi-so-2026", plan: `${root}examples/tinh-lang-son-chuyen-doi-so-2026.yaml`, pages: 3 },
];

export const PLANS = ["tinh", "so", "xa", "huyen"].map((n) => `${root}plans/${n}.yaml`);
