// Japanese phone numbers as people type them: 090-1234-5678, ０９０１２３４５６７８, +81 90 1234 5678, (03) 1234-5678.
const FULL_WIDTH = /[０-９＋（）－‐ー−]/g;
/** Full-width digits, plus and brackets as their ASCII selves; every kind of dash as "-". */
export const toHalfWidth = (s: string) =>
  s.replace(FULL_WIDTH, (c) => {
    const code = c.charCodeAt(0);
    if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(code - 0xfee0);
    return c === "＋" ? "+" : c === "（" ? "(" : c === "）" ? ")" : "-";
  });

// 11 digits: mobile (070/080/090), IP (050), M2M/pager (020, 060). Otherwise 10 digits (landlines).
const ELEVEN_DIGIT_PREFIX = /^0[2-9]0/;

/** The number in E.164 (+819012345678), or null if it is not a valid Japanese number. */
export function normalisePhone(input: string): string | null {
  const compact = toHalfWidth(input.trim()).replace(/[\s\-().]/g, "");
  if (!/^\+?\d+$/.test(compact)) return null;
  let national: string;
  if (compact.startsWith("+81")) national = `0${compact.slice(3)}`;
  else if (compact.startsWith("+")) return null;
  else national = compact;
  if (!national.startsWith("0") || national.startsWith("00")) return null;
  const expected = ELEVEN_DIGIT_PREFIX.test(national) ? 11 : 10;
  if (national.length !== expected) return null;
  return `+81${national.slice(1)}`;
}

/** The last four digits, used for the at-a-distance connection handshake. */
export function lastFourDigits(e164: string): string {
  return e164.slice(-4);
}

/** 090-1234-5678 style, for showing a member their own number. */
export function formatPhoneJa(e164: string): string {
  const n = `0${e164.slice(3)}`;
  if (n.length === 11) return `${n.slice(0, 3)}-${n.slice(3, 7)}-${n.slice(7)}`;
  return `${n.slice(0, n.length - 8)}-${n.slice(-8, -4)}-${n.slice(-4)}`;
}
