import { eq } from "drizzle-orm";
import { AuthError } from "next-auth";
import type { Provider } from "next-auth/providers";
import Credentials from "next-auth/providers/credentials";
import Google from "next-auth/providers/google";
import Line from "next-auth/providers/line";
import type { Db } from "@/db";
import { users } from "@/db/schema";
import { devToolsEnabled, type Env } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { localeFromCookieHeader } from "@/lib/i18n/locales";
import { clientIp } from "@/lib/limits/limits";
import { sendSignInLink } from "@/lib/notify/workflows/send-sign-in-link";

const MAGIC_LINK_HOURS = 24;

/** Thrown through Auth.js when the address or IP asked for too many links; nothing was sent. */
export class SignInLimited extends AuthError {}

/** One form of an address, for Auth.js and for the sign-in limits alike. */
export const normaliseEmail = (id: string) => id.trim().toLowerCase();

/** The client's address from request headers, when a trusted proxy put it there (TRUST_PROXY=1). */
export const requestIp = (headers: Headers, settings: Env) => clientIp(headers.get("x-forwarded-for"), settings.TRUST_PROXY === "1");

export function buildProviders(db: Db, settings: Env): Provider[] {
  const providers: Provider[] = [
    {
      id: "email",
      type: "email",
      name: "Email",
      maxAge: MAGIC_LINK_HOURS * 60 * 60,
      normalizeIdentifier: normaliseEmail,
      // Limited here, on the one path every sign-in mail takes (the form's action and a direct
      // POST to /api/auth/signin/email alike).
      async sendVerificationRequest({ identifier, url, request }) {
        const locale = localeFromCookieHeader(request.headers.get("cookie"));
        const link = { address: identifier, url, locale, hours: MAGIC_LINK_HOURS, ip: requestIp(request.headers, settings) };
        await sendSignInLink(db, settings, link, new Date()).catch((e: unknown) => {
          throw isAppError(e) && e.code === "rate_limited" ? new SignInLimited("sign-in mail limited") : e;
        });
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
