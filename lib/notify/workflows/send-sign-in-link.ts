import "server-only";
import type { Db } from "@/db/client";
import type { Locale } from "@/lib/i18n/locales";
import { type Hit, hitLimits, withinLimits } from "@/lib/limits/workflows/hit";
import type { MailSettings } from "@/lib/notify/mail";
import { signInMail } from "@/lib/notify/sign-in-mail";
import { sendMail } from "./send-mail";

export type SignInLink = { address: string; url: string; locale: Locale; hours: number; ip: string | null };

// Per address against mail-bombing one inbox; per IP against one sender trying many inboxes. An
// unknown IP (no trusted proxy) is limited per address only: one shared "unknown" bucket would let
// anyone stop everyone's sign-in.
const hitsFor = (address: string, ip: string | null): Hit[] => [
  { limit: "signInAddress", subject: address },
  ...(ip ? [{ limit: "signInIp" as const, subject: ip }] : []),
];

/**
 * Sends one sign-in link, counted against the address's and the IP's limits in the same
 * transaction: over either limit, nothing is sent and nothing is counted (AppError "rate_limited",
 * key "limits.sign_in").
 */
export async function sendSignInLink(db: Db, settings: MailSettings, link: SignInLink, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    await hitLimits(tx, hitsFor(link.address, link.ip), now, "limits.sign_in");
    await sendMail(tx, settings, signInMail(link.address, link.url, link.locale, link.hours));
  });
}

/** Whether a link may be sent now, counting nothing: lets the form answer before Auth.js makes a token. */
export async function maySendSignInLink(db: Db, address: string, ip: string | null, now: Date): Promise<boolean> {
  return withinLimits(db, hitsFor(address, ip), now);
}
