import type { NextAuthConfig } from "next-auth";

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
];
