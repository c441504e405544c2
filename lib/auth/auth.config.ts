import type { NextAuthConfig } from "next-auth";
import type { Env } from "@/lib/env";

// Edge-safe part of the configuration: no database, no Node-only modules. Used by the proxy.
export const authConfig = {
  pages: { signIn: "/signin", verifyRequest: "/signin/check-email", error: "/signin" },
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  providers: [],
  callbacks: {
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
} satisfies NextAuthConfig;

/**
 * Whether Auth.js may accept the request's host. With AUTH_URL set (always, in production) the
 * host is never read: next-auth rewrites every request and builds every link from AUTH_URL. Without
 * it (development), only an explicit AUTH_TRUST_HOST decides, and a development server on
 * localhost is trusted as Auth.js does by default.
 */
export function trustHost(e: Pick<Env, "NODE_ENV" | "AUTH_URL" | "AUTH_TRUST_HOST">): boolean {
  if (e.AUTH_URL) return true;
  if (e.AUTH_TRUST_HOST) return e.AUTH_TRUST_HOST === "true" || e.AUTH_TRUST_HOST === "1";
  return e.NODE_ENV !== "production";
}

/** Paths that need a signed-in member; the pages check again, this only saves a round trip. */
export const MEMBER_PATHS = [
  "/home",
  "/onboarding",
  "/profile",
  "/admin",
  "/children",
  "/connections",
  "/groups",
  "/members",
  "/c",
  "/g",
  "/requests",
  "/notifications",
  "/reliability",
  "/calendar",
  "/report",
  "/settings",
];
