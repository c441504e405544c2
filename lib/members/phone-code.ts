import { createHmac, randomInt, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import type { SmsSettings } from "@/lib/notify/sms";
import { toHalfWidth } from "./phone";
import { phoneField } from "./profile";

// Phone verification: a six-digit code sent by SMS to the number a member gives. Only a keyed hash
// is stored (a million codes are too few for a plain hash), a code lives ten minutes and allows
// five wrong tries, and a new one can be asked for after a short wait (sends are also limited per
// member and per number: lib/limits).
export const CODE_LENGTH = 6;
export const CODE_TTL_MS = 10 * 60_000;
export const MAX_CODE_TRIES = 5;
export const RESEND_AFTER_MS = 60_000;
/** The longest input the code field takes (spaces and hyphens included). */
export const CODE_INPUT_MAX = 40;

/** How a server sends and hashes codes: the secret codes are hashed with, and its SMS settings. */
export interface CodeSender {
  key: string;
  sms: SmsSettings;
}

/** A fresh code, uniformly random, with its leading zeros. */
export function newCode(): string {
  return String(randomInt(0, 10 ** CODE_LENGTH)).padStart(CODE_LENGTH, "0");
}

/** The code as typed (full-width digits, spaces and hyphens allowed) in ASCII, or null when it is not six digits. */
export function parseCode(input: string): string | null {
  const ascii = toHalfWidth(input).replace(/[\s-]/g, "");
  return new RegExp(`^[0-9]{${CODE_LENGTH}}$`).test(ascii) ? ascii : null;
}

/** The stored form of a code: bound to the member and the number, keyed by the server's secret. */
export function hashCode(key: string, userId: string, phone: string, code: string): string {
  return createHmac("sha256", key).update(`phone-code\u0000${userId}\u0000${phone}\u0000${code}`).digest("base64url");
}

export interface StoredCode {
  phone: string;
  codeHash: string;
  sentAt: Date;
  expiresAt: Date;
  wrongTries: number;
}

export type CodeCheck =
  | { kind: "right" }
  | { kind: "wrong"; remaining: number }
  /** Expired, used up by wrong tries, or sent to another number than the member's: ask for a new one. */
  | { kind: "stale" };

/** Whether a code entered at `now` verifies `phone`, given the code last sent (null: none). */
export function checkCode(stored: StoredCode | null, phone: string | null, enteredHash: string, now: Date): CodeCheck {
  const live = liveCodeFor(stored, phone, now);
  if (!live) return { kind: "stale" };
  const a = Buffer.from(live.codeHash);
  const b = Buffer.from(enteredHash);
  if (a.length === b.length && timingSafeEqual(a, b)) return { kind: "right" };
  return { kind: "wrong", remaining: Math.max(0, MAX_CODE_TRIES - live.wrongTries - 1) };
}

/** The code last sent (null: none) if it can still verify `phone`: sent to that number, not expired, tries left. */
export function liveCodeFor<S extends Pick<StoredCode, "phone" | "expiresAt" | "wrongTries">>(
  stored: S | null,
  phone: string | null,
  now: Date,
): S | null {
  return stored && phone && stored.phone === phone && codeLive(stored, now) ? stored : null;
}

/** The code can still be entered: not expired and tries left. */
export function codeLive(stored: Pick<StoredCode, "expiresAt" | "wrongTries">, now: Date): boolean {
  return now.getTime() < stored.expiresAt.getTime() && stored.wrongTries < MAX_CODE_TRIES;
}

/** Milliseconds until another code may be sent (0: now). */
export function resendWaitMs(stored: Pick<StoredCode, "sentAt"> | null, now: Date): number {
  if (!stored) return 0;
  return Math.max(0, stored.sentAt.getTime() + RESEND_AFTER_MS - now.getTime());
}

/** The code row for a code sent at `now`. */
export function codeFor(key: string, userId: string, phone: string, code: string, now: Date): StoredCode {
  return {
    phone,
    codeHash: hashCode(key, userId, phone, code),
    sentAt: now,
    expiresAt: new Date(now.getTime() + CODE_TTL_MS),
    wrongTries: 0,
  };
}

/** Whether the member has a number and proved it is theirs. */
export function phoneVerified(m: { phone: string | null; phoneVerifiedAt: Date | null }): boolean {
  return Boolean(m.phone && m.phoneVerifiedAt);
}

export interface Claim {
  userId: string;
  verified: boolean;
}

export type VerifyDecision =
  /** Another member verified the number first: it is not this member's to verify. */
  | { kind: "taken" }
  /** Verify it; the members listed only claimed it, unverified, and lose the claim. */
  | { kind: "verify"; drop: string[] };

/**
 * Who keeps a number when a member proves they hold it: one verified member per number; claims
 * nobody proved never block the one who proves it, and end when someone does.
 */
export function decideVerification(userId: string, claims: readonly Claim[]): VerifyDecision {
  if (claims.some((c) => c.userId !== userId && c.verified)) return { kind: "taken" };
  return { kind: "verify", drop: claims.filter((c) => c.userId !== userId).map((c) => c.userId) };
}

/** Form input: a new number, or a code. Messages are keys under errors.field. */
export const phoneSchema = z.object({ phone: phoneField() });
export const codeSchema = z.object({
  code: z
    .string({ error: "required" })
    .trim()
    .min(1, { error: "required" })
    .transform((s, ctx) => {
      // Too long to be a code is the same mistake as any other shape, and says how many digits to type.
      const code = s.length <= CODE_INPUT_MAX ? parseCode(s) : null;
      if (code) return code;
      ctx.addIssue({ code: "custom", message: "code_format", params: { length: CODE_LENGTH } });
      return z.NEVER;
    }),
});
