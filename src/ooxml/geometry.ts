/**
 * Geometry shared by readers of a DocModel (the text dump, the checker). OOXML distances are
 * twips (1/1440 inch); drawings use EMU.
 */

/** Word's default left/right cell padding (108 twips), for the width of text inside cells. */
export const CELL_PADDING_TWIPS = 108;

export const TWIPS_PER_MM = 1440 / 25.4;
export const EMU_PER_TWIP = 635;

export const twipsToMm = (twips: number): number => twips / TWIPS_PER_MM;
export const mmToTwips = (mm: number): number => mm * TWIPS_PER_MM;
