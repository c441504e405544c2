import { addDays } from "@/lib/time/dates";
import { atTokyo, tokyoClock, tokyoDate } from "@/lib/time/tokyo";

/** A nightly window, Tokyo wall-clock 'HH:MM', in which e-mail waits for the morning. */
export interface QuietHours {
  from: string;
  to: string;
}

export const DEFAULT_QUIET_HOURS: QuietHours = { from: "21:00", to: "07:00" };
/** A care starting this soon is told at once, night or not. */
const URGENT_WITHIN_MS = 2 * 3_600_000;

/** "21:00-07:00" → the window; "off" → none. Null for anything else. */
export function parseQuietHours(value: string): QuietHours | "off" | null {
  if (value === "off") return "off";
  const m = /^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-3]):([0-5]\d)$/.exec(value);
  if (!m || value.slice(0, 5) === value.slice(6)) return null;
  return { from: value.slice(0, 5), to: value.slice(6) };
}

/** The window a valid QUIET_HOURS setting stands for: null when it is "off" (lib/env refuses anything else). */
export function quietWindow(value: string): QuietHours | null {
  const parsed = parseQuietHours(value);
  return parsed === "off" ? null : parsed;
}

/**
 * The window that holds a member's notices: their own setting ("HH:MM-HH:MM" or "off") when they
 * made one, else the site's (QUIET_HOURS). A stored value that no longer parses falls back too.
 */
export function memberQuietHours(own: string | null | undefined, site: QuietHours | null): QuietHours | null {
  if (own == null) return site;
  const parsed = parseQuietHours(own);
  if (parsed === null) return site;
  return parsed === "off" ? null : parsed;
}

/** The notice of a serious incident: to every admin, on every channel, at any hour. */
export const SERIOUS_INCIDENT_KIND = "safety_serious_incident";

/** Serious incidents, and anything about a care that starts within two hours, are never held. */
export function urgentNotice(kind: string, data: unknown, now: Date): boolean {
  if (kind === SERIOUS_INCIDENT_KIND) return true;
  const start = (data as { start?: unknown } | null)?.start;
  if (typeof start !== "string" || Number.isNaN(Date.parse(start))) return false;
  const ahead = Date.parse(start) - now.getTime();
  return ahead >= 0 && ahead <= URGENT_WITHIN_MS;
}

/** When a notice that is not urgent may be sent: null now, else the end of tonight's quiet hours. */
export function heldUntil(now: Date, quiet: QuietHours | null, urgent: boolean): Date | null {
  if (!quiet || urgent) return null;
  const clock = tokyoClock(now);
  const today = tokyoDate(now);
  const overnight = quiet.from > quiet.to;
  if (overnight) {
    if (clock >= quiet.from) return atTokyo(addDays(today, 1), quiet.to);
    if (clock < quiet.to) return atTokyo(today, quiet.to);
    return null;
  }
  return clock >= quiet.from && clock < quiet.to ? atTokyo(today, quiet.to) : null;
}
