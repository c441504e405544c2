import { createHmac } from "node:crypto";

/**
 * The stored form of a blocked phone number: keyed by the server's secret like the verification
 * codes (lib/members/phone-code.ts), so that the table of blocked numbers cannot be read back into
 * numbers by trying every one of them.
 */
export function phoneBlockKey(key: string, phone: string): string {
  return createHmac("sha256", key).update(`phone-block\u0000${phone}`).digest("base64url");
}
