import { cookies, headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/db";
import { findUserWithMember, type MemberRow } from "@/db/queries/members";
import { staffMunicipalityOf } from "@/db/queries/municipalities";
import { env } from "@/lib/env";
import { isAdminUser } from "./admin";
import { secureSessionCookie, sessionCookieName, sessionTokenFrom, sessionUserId } from "./session-cookie";

export interface Viewer {
  userId: string;
  email: string | null;
  member: MemberRow | null;
}
export type MemberViewer = Viewer & { member: MemberRow };

/**
 * The signed-in account, read fresh from the database on every request (so a suspension takes
 * effect at once), but once per request: the page, its layout and the header all ask, and React's
 * `cache` hands them the same answer instead of decrypting the session and reading the member again.
 *
 * The session cookie is decrypted and checked here directly (session-cookie.ts) rather than through
 * Auth.js's `auth()`, which would also re-seal a fresh cookie that a page cannot set; the proxy
 * extends the session instead (proxy.ts).
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const settings = env();
  const name = sessionCookieName(secureSessionCookie(settings.AUTH_URL, (await headers()).get("x-forwarded-proto")));
  const userId = await sessionUserId(sessionTokenFrom((await cookies()).getAll(), name), settings.AUTH_SECRET, name);
  if (!userId) return null;
  const row = await findUserWithMember(db(), userId);
  // A deleted account (lib/privacy) signs in as no one, whatever cookie another device still holds.
  if (!row || row.member?.status === "left") return null;
  return { userId, email: row.user.email, member: row.member };
});

export async function requireUser(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect("/signin");
  return viewer;
}

/** A signed-in member in good standing who finished onboarding. */
export async function requireMember(): Promise<MemberViewer> {
  const viewer = await requireUser();
  // Staff need no member profile: their page is their municipality's statistics.
  if (!viewer.member) redirect((await staffMunicipality(viewer)) ? "/municipality" : "/onboarding");
  if (viewer.member.status === "suspended") redirect("/suspended");
  return viewer as MemberViewer;
}

/** The admin desk's pages exist only for admins (lib/auth/admin: the same rule as its actions). */
export async function requireAdmin(): Promise<Viewer> {
  const viewer = await requireUser();
  if (!(await isAdminUser(db(), viewer.userId))) notFound();
  return viewer;
}

/**
 * Staff of the municipality `municipalityId` (staff need no member profile). Anyone else, staff of
 * another municipality and a suspended member included, is told the page does not exist.
 */
export async function requireStaff(municipalityId: string): Promise<Viewer & { municipalityId: string }> {
  const viewer = await requireUser();
  if ((await staffMunicipality(viewer)) !== municipalityId) notFound();
  return { ...viewer, municipalityId };
}

/** The municipality a signed-in account is staff of, if any (none for a suspended member). */
export async function staffMunicipality(viewer: Viewer): Promise<string | null> {
  if (viewer.member?.status === "suspended") return null;
  return staffMunicipalityOf(db(), viewer.userId);
}
