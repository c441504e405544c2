import { NextResponse } from "next/server";
import NextAuth from "next-auth";
import { authConfig, MEMBER_PATHS } from "@/lib/auth/auth.config";
import { devToolsEnabled, env } from "@/lib/env";

const { auth } = NextAuth({ ...authConfig, secret: env().AUTH_SECRET, trustHost: true });

export default auth((req) => {
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
  return NextResponse.next();
});

export const config = {
  matcher: ["/((?!api|_next/static|_next/image|favicon.ico).*)"],
};
