import { decode } from "next-auth/jwt";

// The session cookie as Auth.js writes it (JWT strategy): a JWE sealed with a key derived from
// AUTH_SECRET and the cookie's own name, `__Secure-` prefixed on an https site, split into `.0`,
// `.1` … chunks when it outgrows one cookie. Reading it here is one decryption; Auth.js's `auth()`
// decrypts it, runs the callbacks and seals a fresh one (a second key derivation and encryption)
// on every call, to re-issue a cookie that a server component cannot even set.

const BASE_NAME = "authjs.session-token";

/** Both names the session cookie can have; which one is in use depends on the site's scheme. */
export const SESSION_COOKIE_NAMES = [BASE_NAME, `__Secure-${BASE_NAME}`] as const;

/**
 * How often the session's expiry is pushed back (Auth.js's `session.updateAge`): the proxy re-seals
 * the cookie at most once in this period per browser, not on every request.
 */
export const SESSION_UPDATE_AGE_SECONDS = 24 * 60 * 60;

/**
 * A marker cookie that lives for SESSION_UPDATE_AGE_SECONDS after the proxy re-sealed the session.
 * It carries nothing and grants nothing: it only tells the proxy that re-sealing can wait.
 */
export const SESSION_FRESH_COOKIE = "otagai.session-fresh";

/**
 * Whether Auth.js uses the `__Secure-` cookie: the scheme of AUTH_URL when it is set, else the
 * request's forwarded scheme (https when none is given), exactly as Auth.js builds its own URL.
 */
export function secureSessionCookie(authUrl: string | undefined, forwardedProto: string | null): boolean {
  if (authUrl) return new URL(authUrl).protocol === "https:";
  return (forwardedProto ?? "https").replace(/:$/, "") === "https";
}

export function sessionCookieName(secure: boolean): string {
  return secure ? `__Secure-${BASE_NAME}` : BASE_NAME;
}

/** The sealed session from a request's cookies: the cookie itself, or its chunks joined in order. */
export function sessionTokenFrom(cookies: { name: string; value: string }[], name: string): string | undefined {
  const whole = cookies.find((c) => c.name === name);
  if (whole) return whole.value;
  const chunks = cookies
    .map((c) => ({ index: c.name.startsWith(`${name}.`) ? c.name.slice(name.length + 1) : "", value: c.value }))
    .filter((c) => /^\d+$/.test(c.index))
    .sort((a, b) => Number(a.index) - Number(b.index));
  return chunks.length > 0 ? chunks.map((c) => c.value).join("") : undefined;
}

/** Whether the request carries a session cookie at all (sealed or not: nothing is verified). */
export function hasSessionCookie(cookieNames: string[]): boolean {
  return cookieNames.some((n) => SESSION_COOKIE_NAMES.some((s) => n === s || n.startsWith(`${s}.`)));
}

/**
 * The signed-in account's id, or null when the token is missing, was sealed with another secret or
 * for another cookie name, is malformed, or has expired (jose checks `exp`, with Auth.js's 15 s of
 * clock tolerance). This is the same decision Auth.js's session endpoint makes: the configuration has
 * no `jwt` callback, and its `session` callback only copies `sub` to `user.id`.
 */
export async function sessionUserId(token: string | undefined, secret: string | undefined, name: string): Promise<string | null> {
  if (!token || !secret) return null;
  try {
    const payload = await decode({ token, secret, salt: name });
    return typeof payload?.sub === "string" && payload.sub !== "" ? payload.sub : null;
  } catch {
    return null;
  }
}
