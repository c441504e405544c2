// The at-a-distance handshake: each side types the last four digits of the other's phone number.
// People type on phones with Japanese keyboards, so full-width digits (０-９) count as digits.
const FULL_WIDTH_DIGIT = /[０-９]/g;

export const DIGIT_COUNT = 4;

/** The four digits in ASCII, or null when the input is anything other than exactly four digits. */
export function parseDigits(input: string): string | null {
  const ascii = input.trim().replace(FULL_WIDTH_DIGIT, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  return /^[0-9]{4}$/.test(ascii) ? ascii : null;
}

/** Whether four parsed digits are the end of an E.164 phone number. */
export function digitsMatch(digits: string, phoneE164: string): boolean {
  return digits.length === DIGIT_COUNT && phoneE164.endsWith(digits);
}
