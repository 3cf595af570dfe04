import { execFileSync } from "node:child_process";
import type { Diagnostic } from "../errors.js";
import { t } from "../i18n/text.js";

/**
 * ND30 asks for Times New Roman. Where it is not installed (most Linux servers), LibreOffice
 * lays the plan out with a metric-compatible substitute (Liberation Serif: same widths, so
 * the same line and page breaks) and embeds that font. The PDF is then right in layout but
 * not in font name, which an archive reviewer may notice: say so, and name the font.
 */

/** The family fontconfig gives for Times New Roman, or undefined where there is no fontconfig (Windows). */
export function timesSubstitute(): string | undefined {
  try {
    const family = execFileSync("fc-match", ["-f", "%{family[0]}", "Times New Roman"], { encoding: "utf8", timeout: 5000, stdio: ["ignore", "pipe", "ignore"] }).trim();
    return family === "" || /^times new roman$/i.test(family) ? undefined : family;
  } catch {
    return undefined;
  }
}

export function fontWarnings(substitute: string | undefined = timesSubstitute()): Diagnostic[] {
  if (substitute === undefined) return [];
  return [
    {
      severity: "warning",
      code: "pdf-font-substituted",
      message: t(
        `máy này không có phông Times New Roman; LibreOffice dùng "${substitute}" thay thế và nhúng phông đó vào PDF`,
        `Times New Roman is not installed here; LibreOffice substitutes "${substitute}" and embeds that font in the PDF`,
      ),
      hint: t(
        substitute.startsWith("Liberation Serif")
          ? "Liberation Serif có cùng độ rộng chữ nên ngắt dòng, ngắt trang như Times New Roman; muốn PDF nhúng đúng Times New Roman, cài phông đó (ttf-mscorefonts-installer trên Debian)"
          : "cài Times New Roman (ttf-mscorefonts-installer trên Debian) hoặc fonts-liberation2 để giữ đúng ngắt dòng, ngắt trang",
        substitute.startsWith("Liberation Serif")
          ? "Liberation Serif has the same glyph widths, so lines and pages break as with Times New Roman; to embed Times New Roman itself, install it (ttf-mscorefonts-installer on Debian)"
          : "install Times New Roman (ttf-mscorefonts-installer on Debian) or fonts-liberation2 to keep the line and page breaks",
      ),
    },
  ];
}
