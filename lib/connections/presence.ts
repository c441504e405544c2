import { createHmac, timingSafeEqual } from "node:crypto";
import type { Relation } from "./visibility";

// Proof of presence. The QR code on a member's screen carries, beside their personal link, a code
// signed by the server for the current minute. Whoever scans it while the two are together can
// connect "in person"; a screenshot or a forwarded link is worth nothing a minute or two later.
// A code is accepted for the minute it was made in and the one after, so that a code scanned just
// before the screen refreshes still has at least a minute to be used.

export const PRESENCE_STEP_MS = 60_000;
/** 12 bytes of the signature, base64url. */
export const PRESENCE_CODE_LENGTH = 16;

const stepOf = (now: Date) => Math.floor(now.getTime() / PRESENCE_STEP_MS);

function sign(key: string, token: string, step: number): Buffer {
  return createHmac("sha256", key).update(`otagai/presence/v1\n${token}\n${step}`).digest().subarray(0, 12);
}

/** The code the owner of `token` shows at `now`. */
export function presenceCode(key: string, token: string, now: Date): string {
  return sign(key, token, stepOf(now)).toString("base64url");
}

/** How long the code shown at `now` stays the current one: the screen asks for a new code then. */
export function msUntilNextCode(now: Date): number {
  return PRESENCE_STEP_MS - (now.getTime() % PRESENCE_STEP_MS);
}

/** The code was made for this token in the current minute or the one before. */
export function isPresent(key: string, token: string, code: string | undefined, now: Date): boolean {
  if (code?.length !== PRESENCE_CODE_LENGTH) return false;
  const given = Buffer.from(code, "base64url");
  if (given.length !== 12 || given.toString("base64url") !== code) return false;
  const step = stepOf(now);
  return [step, step - 1].some((s) => timingSafeEqual(sign(key, token, s), given));
}

/**
 * What opening someone's personal link shows. Nothing is written until the member taps:
 * - "not_found": no such member for this viewer (unknown or rotated link, blocked, suspended);
 * - "own": the viewer's own link;
 * - "connect": together (a live code): one tap connects in person;
 * - "meet": already connected at a distance and now together: one tap records the meeting;
 * - "connected": already connected (and met, or no live code);
 * - "expired": a code that is no longer live: scan again, or ask at a distance;
 * - "distance": the plain link, sent at a distance: only the at-a-distance handshake.
 */
export type LinkView = "not_found" | "own" | "connect" | "meet" | "connected" | "expired" | "distance";

export function linkView(
  relation: Pick<Relation, "self" | "blocked" | "targetActive" | "connected"> | null,
  code: "live" | "stale" | "none",
  met: boolean,
): LinkView {
  if (!relation) return "not_found";
  if (relation.self) return "own";
  if (relation.blocked || !relation.targetActive) return "not_found";
  if (relation.connected) return code === "live" && !met ? "meet" : "connected";
  if (code === "live") return "connect";
  return code === "stale" ? "expired" : "distance";
}
