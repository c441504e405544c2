import { DrizzleAdapter } from "@auth/drizzle-adapter";
import NextAuth from "next-auth";
import { db } from "@/db";
import { accounts, sessions, users, verificationTokens } from "@/db/schema";
import { env } from "@/lib/env";
import { logger, securityEvent } from "@/lib/log";
import { authConfig, trustHost } from "./auth.config";
import { buildProviders } from "./providers";

// Configuration as a function: the database is opened on the first request, never at import or build.
export const { handlers, auth, signIn, signOut } = NextAuth(() => {
  const settings = env();
  return {
    ...authConfig,
    secret: settings.AUTH_SECRET,
    trustHost: trustHost(settings),
    adapter: DrizzleAdapter(db(), {
      usersTable: users,
      accountsTable: accounts,
      sessionsTable: sessions,
      verificationTokensTable: verificationTokens,
    }),
    providers: buildProviders(db(), settings),
    events: {
      signIn({ user, account, isNewUser }) {
        securityEvent("security.sign_in", { userId: user.id, provider: account?.provider, isNewUser: isNewUser ?? false });
      },
    },
    // Auth.js's own errors go through the one logger (reduced to their kind, never their message).
    logger: {
      error: (e) => logger().error({ err: e, operation: "auth" }, "auth error"),
      warn: (code) => logger().warn({ code, operation: "auth" }, "auth warning"),
      debug: () => {},
    },
  };
});
