import { BLANK } from "./date-line.js";

/**
 * The number as printed: "03" for 3 (PL I, II.3: numbers below 10 take a leading zero), as
 * typed from 10 on, and a blank gap for the văn thư to fill in when there is no number yet.
 */
export function numberText(number: string): string {
  if (number === "") return BLANK;
  return number.length === 1 ? `0${number}` : number;
}
