import { phoneVerified } from "@/lib/members/phone-code";

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

/** A member's phone as the handshake sees it. */
export interface HandshakePhone {
  phone: string | null;
  phoneVerifiedAt: Date | null;
}

/**
 * Why the handshake cannot go on yet, or null when it can: the four digits prove something only
 * when each number was proved to belong to its member by a code sent to it.
 */
export function handshakeBlocker(mine: HandshakePhone, theirs: HandshakePhone): "verify_your_phone" | "their_phone_unverified" | null {
  if (!phoneVerified(mine)) return "verify_your_phone";
  if (!phoneVerified(theirs)) return "their_phone_unverified";
  return null;
}
