import { DrizzleAdapter } from "@auth/drizzle-adapter";
import NextAuth from "next-auth";
import { db } from "@/db";
import { accounts, sessions, users, verificationTokens } from "@/db/schema";
import { env } from "@/lib/env";
import { authConfig } from "./auth.config";
import { buildProviders } from "./providers";

// Configuration as a function: the database is opened on the first request, never at import or build.
export const { handlers, auth, signIn, signOut } = NextAuth(() => {
  const settings = env();
  return {
    ...authConfig,
    secret: settings.AUTH_SECRET,
    trustHost: true,
    adapter: DrizzleAdapter(db(), {
      usersTable: users,
      accountsTable: accounts,
      sessionsTable: sessions,
      verificationTokensTable: verificationTokens,
    }),
    providers: buildProviders(db(), settings),
  };
});
