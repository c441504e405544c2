import { type BrowserContext, expect, type Page } from "@playwright/test";
import { eq } from "drizzle-orm";
import { encode } from "next-auth/jwt";
import type { DbHandle } from "@/db/client";
import { users } from "@/db/schema";
import { sessionCookieName } from "@/lib/auth/session-cookie";
import { e2eSettings } from "../settings";

/** Over http, Auth.js names its session cookie this way and uses the name as the JWT's salt. */
export const SESSION_COOKIE = sessionCookieName(false);

type SessionUser = { id: string; email: string; name?: string | null };

/** The session cookie's value a finished sign-in leaves: a JWT sealed with the server's AUTH_SECRET (or `secret`). */
export function sealSession(user: SessionUser, secret = e2eSettings().authSecret): Promise<string> {
  return encode({ token: { sub: user.id, email: user.email, name: user.name ?? null }, secret, salt: SESSION_COOKIE });
}

/**
 * Signs a member in as a finished e-mail sign-in leaves the browser: with the session cookie the
 * server would have set (a JWT sealed with the server's AUTH_SECRET). The sign-in itself is
 * tested through the UI in sign-in-*.spec.ts; everywhere else it is only the way in.
 */
async function addSession(context: BrowserContext, user: SessionUser) {
  const value = await sealSession(user);
  await context.addCookies([{ name: SESSION_COOKIE, value, url: e2eSettings().baseURL, httpOnly: true, sameSite: "Lax" }]);
}

/** Adds the session, then checks that the server knows who this is (cheaper than rendering a page). */
export async function signInContext(context: BrowserContext, user: SessionUser) {
  await addSession(context, user);
  expect(await (await context.request.get("/api/auth/session")).json()).toMatchObject({ user: { id: user.id } });
}

export async function userByEmail(db: DbHandle["db"], email: string) {
  const [user] = await db.select({ id: users.id, email: users.email, name: users.name }).from(users).where(eq(users.email, email));
  if (!user?.email) throw new Error(`no user ${email}`);
  return { ...user, email: user.email };
}

/** The page's browser signed in as the existing member with this e-mail, on their home page. */
export async function signInAs(page: Page, db: DbHandle["db"], email: string) {
  await addSession(page.context(), await userByEmail(db, email));
  await page.goto("/home");
  await expect(page).toHaveURL(/\/home$/);
}
