import { pageTextWidthMm } from "./nd30.js";

/**
 * Column grid of the two borderless tables (header band, signature), in mm. Not typography
 * from the decree but geometry derived from it: the right header column must hold the
 * 13 pt Quốc hiệu on one line (≈ 95.7 mm + cell padding, nd30-spec §5), so the band reaches
 * 2 mm into the left margin as Mẫu 1.4's table does (w:tblInd −199).
 */
export const HEADER_INDENT_MM = -2;
export const HEADER_COLUMNS_MM = [63.5, pageTextWidthMm("portrait") - 63.5 - HEADER_INDENT_MM] as const;
/** Word's default cell padding (108 twips each side). */
export const CELL_PADDING_MM = 1.905;
/** Nơi nhận | signature: about 45/55, as in practice (Mẫu 1.4 uses 32/68). */
export const SIGNATURE_COLUMNS_MM = [74, pageTextWidthMm("portrait") - 74] as const;
