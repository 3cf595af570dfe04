/** The only unit conversions between the layout model (mm, pt) and OOXML (twips, half-points). */

/** docx's own convertMillimetersToTwip floors (20 mm → 1133); ND30 ranges need rounding. */
export const mmToTwip = (mm: number): number => Math.round((mm * 1440) / 25.4);
export const ptToHalfPoints = (pt: number): number => Math.round(pt * 2);
export const ptToTwip = (pt: number): number => Math.round(pt * 20);
/** Line spacing as a multiple of single, in OOXML's 240ths (lineRule="auto"). */
export const lineMultiple = (multiple: number): number => Math.round(multiple * 240);
