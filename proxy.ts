import { type NextFetchEvent, type NextRequest, NextResponse } from "next/server";
import NextAuth from "next-auth";
import { authConfig, MEMBER_PATHS, trustHost } from "@/lib/auth/auth.config";
import { hasSessionCookie, SESSION_FRESH_COOKIE, SESSION_UPDATE_AGE_SECONDS, secureSessionCookie } from "@/lib/auth/session-cookie";
import { devToolsEnabled, env } from "@/lib/env";
import { newNonce, pageCsp } from "@/lib/security-headers";

const settings = env();
const { auth } = NextAuth({ ...authConfig, secret: settings.AUTH_SECRET, trustHost: trustHost(settings) });

// The session and the proxy: why most requests never decrypt the session here.
//
// Auth.js's `auth()` decrypts the session cookie and seals a new one (a later expiry) on every call.
// Doing that in the proxy for every page, and again in the page, cost two key derivations, a
// decryption and an encryption per request. The proxy decides nothing that needs a verified
// session: the redirect below only spares a signed-out visitor a round trip, and every member page
// verifies the sealed cookie itself (getViewer → requireMember), answering a forged, expired or
// stale cookie exactly as it answers no cookie (sign-in or "not found"). So the proxy only looks
// for the cookie's presence, and lets Auth.js re-seal it (pushing back its expiry: members who come
// back stay signed in) at most once per SESSION_UPDATE_AGE_SECONDS, which is what Auth.js's
// `session.updateAge` means. A marker cookie remembers that it did; the marker proves nothing and
// grants nothing (forging it can only keep one's own session from being extended, deleting it
// only costs one more re-seal). When that re-seal finds the cookie invalid, Auth.js deletes it.

/** The page's answer: the member rules below, then this request's CSP (the static headers come from next.config.ts). */
function route(req: NextRequest, signedIn: boolean): NextResponse {
  const nonce = newNonce();
  const csp = pageCsp(nonce, { dev: settings.NODE_ENV === "development" });
  const response = answer(req, signedIn, nonce, csp);
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

function answer(req: NextRequest, signedIn: boolean, nonce: string, csp: string): NextResponse {
  const path = req.nextUrl.pathname;
  if ((path === "/dev" || path.startsWith("/dev/")) && !devToolsEnabled()) {
    return new NextResponse("Not Found", { status: 404 });
  }
  const needsMember = MEMBER_PATHS.some((p) => path === p || path.startsWith(`${p}/`));
  if (needsMember && !signedIn) {
    // Come back here after signing in: a scanned QR code or an invitation link still works.
    const signIn = new URL("/signin", req.nextUrl);
    if (path !== "/home") signIn.searchParams.set("next", `${path}${req.nextUrl.search}`);
    return NextResponse.redirect(signIn);
  }
  // Next.js reads the nonce from the request's CSP and puts it on the scripts it renders.
  const requestHeaders = new Headers(req.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  return NextResponse.next({ request: { headers: requestHeaders } });
}

/** Auth.js re-seals the session (its response carries the new cookie); the marker is set only for a valid one. */
const resealing = auth((req) => {
  const response = route(req, Boolean(req.auth));
  if (req.auth) {
    response.cookies.set(SESSION_FRESH_COOKIE, "1", {
      maxAge: SESSION_UPDATE_AGE_SECONDS,
      httpOnly: true,
      sameSite: "lax",
      secure: secureSessionCookie(settings.AUTH_URL, req.headers.get("x-forwarded-proto")),
      path: "/",
    });
  }
  return response;
});

export default function proxy(req: NextRequest, event: NextFetchEvent) {
  if (!hasSessionCookie(req.cookies.getAll().map((c) => c.name))) return route(req, false);
  if (req.cookies.has(SESSION_FRESH_COOKIE)) return route(req, true);
  return resealing(req, event as never);
}

export const config = {
  matcher: ["/((?!api|_next/static|_next/image|favicon.ico).*)"],
};
