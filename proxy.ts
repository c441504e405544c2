import { NextResponse } from "next/server";
import NextAuth, { type NextAuthRequest } from "next-auth";
import { authConfig, MEMBER_PATHS, trustHost } from "@/lib/auth/auth.config";
import { devToolsEnabled, env } from "@/lib/env";
import { newNonce, pageCsp } from "@/lib/security-headers";

const settings = env();
const { auth } = NextAuth({ ...authConfig, secret: settings.AUTH_SECRET, trustHost: trustHost(settings) });

/** The page's answer: the member rules below, then this request's CSP (the static headers come from next.config.ts). */
function route(req: NextAuthRequest, requestHeaders: Headers): NextResponse {
  const path = req.nextUrl.pathname;
  if ((path === "/dev" || path.startsWith("/dev/")) && !devToolsEnabled()) {
    return new NextResponse("Not Found", { status: 404 });
  }
  const needsMember = MEMBER_PATHS.some((p) => path === p || path.startsWith(`${p}/`));
  if (needsMember && !req.auth) {
    // Come back here after signing in: a scanned QR code or an invitation link still works.
    const signIn = new URL("/signin", req.nextUrl);
    if (path !== "/home") signIn.searchParams.set("next", `${path}${req.nextUrl.search}`);
    return NextResponse.redirect(signIn);
  }
  // Next.js reads the nonce from the request's CSP and puts it on the scripts it renders.
  return NextResponse.next({ request: { headers: requestHeaders } });
}

export default auth((req) => {
  const nonce = newNonce();
  const csp = pageCsp(nonce, { dev: settings.NODE_ENV === "development" });
  const requestHeaders = new Headers(req.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = route(req, requestHeaders);
  response.headers.set("Content-Security-Policy", csp);
  return response;
});

export const config = {
  matcher: ["/((?!api|_next/static|_next/image|favicon.ico).*)"],
};
