import { eq } from "drizzle-orm";
import type { Provider } from "next-auth/providers";
import Credentials from "next-auth/providers/credentials";
import Google from "next-auth/providers/google";
import Line from "next-auth/providers/line";
import type { Db } from "@/db";
import { users } from "@/db/schema";
import { devToolsEnabled, type Env } from "@/lib/env";
import { localeFromCookieHeader } from "@/lib/i18n/locales";
import { signInMail } from "@/lib/notify/sign-in-mail";
import { sendMail } from "@/lib/notify/workflows/send-mail";

const MAGIC_LINK_HOURS = 24;

export function buildProviders(db: Db, settings: Env): Provider[] {
  const providers: Provider[] = [
    {
      id: "email",
      type: "email",
      name: "Email",
      maxAge: MAGIC_LINK_HOURS * 60 * 60,
      normalizeIdentifier: (id: string) => id.trim().toLowerCase(),
      async sendVerificationRequest({ identifier, url, request }) {
        const locale = localeFromCookieHeader(request.headers.get("cookie"));
        await sendMail(db, settings, signInMail(identifier, url, locale, MAGIC_LINK_HOURS));
      },
    },
  ];
  if (settings.AUTH_LINE_ID && settings.AUTH_LINE_SECRET) {
    providers.push(Line({ clientId: settings.AUTH_LINE_ID, clientSecret: settings.AUTH_LINE_SECRET }));
  }
  if (settings.AUTH_GOOGLE_ID && settings.AUTH_GOOGLE_SECRET) {
    providers.push(Google({ clientId: settings.AUTH_GOOGLE_ID, clientSecret: settings.AUTH_GOOGLE_SECRET }));
  }
  if (devToolsEnabled(settings)) {
    // Development only: "sign in as" any existing account, to explore every role.
    providers.push(
      Credentials({
        id: "dev-as",
        name: "Development",
        credentials: { userId: {} },
        async authorize(credentials) {
          if (typeof credentials?.userId !== "string") return null;
          const [user] = await db.select().from(users).where(eq(users.id, credentials.userId));
          return user ? { id: user.id, email: user.email, name: user.name } : null;
        },
      }),
    );
  }
  return providers;
}

/** Which external sign-in buttons to show. */
export function oauthProviders(settings: Env): ("line" | "google")[] {
  const list: ("line" | "google")[] = [];
  if (settings.AUTH_LINE_ID && settings.AUTH_LINE_SECRET) list.push("line");
  if (settings.AUTH_GOOGLE_ID && settings.AUTH_GOOGLE_SECRET) list.push("google");
  return list;
}
