import { z } from "zod";
import { optionalText, requiredLine, requiredText } from "@/lib/forms";
import { uuidField } from "@/lib/ids";
import { isRealDate } from "@/lib/time/dates";
import { atTokyo } from "@/lib/time/tokyo";
import { MAX_OCCURRENCES, MEETUP_FREQUENCIES, occurrenceDates, type Recurrence } from "./recurrence";

// Form input of the meetup actions. Messages are keys under errors.field.
export const MEETUP_TEXT = { title: 80, description: 1000, venueName: 80, venueAddress: 120, mapUrl: 500, reason: 500 } as const;
export const MEETUP_LIMITS = { capacity: 200, fee: 100_000, party: 20, age: 18 } as const;
export const REPEATS = ["none", ...MEETUP_FREQUENCIES] as const;
export const EDIT_SCOPES = ["one", "following"] as const;
export type EditScope = (typeof EDIT_SCOPES)[number];

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;
const INTEGER = /^-?\d{1,7}$/;

/** A whole number typed into a form, within [min, max]; `low` is the message below min. */
const wholeNumber = (min: number, max: number, low = "number_too_small") =>
  z
    .string({ error: "required" })
    .trim()
    .min(1, { error: "required" })
    .regex(INTEGER, { error: "whole_number" })
    .transform(Number)
    .pipe(z.number().min(min, { error: low }).max(max, { error: "number_too_large" }));

/** A map link opens somewhere safe: https only, a real URL. */
const mapUrl = z
  .string({ error: "invalid" })
  .trim()
  .max(MEETUP_TEXT.mapUrl, { error: "too_long" })
  .refine((s) => s === "" || isHttpsUrl(s), { error: "meetup_map_url" })
  .default("");

export function isHttpsUrl(s: string): boolean {
  try {
    const url = new URL(s);
    return url.protocol === "https:" && url.hostname !== "" && !url.username && !url.password;
  } catch {
    return false;
  }
}

const details = {
  title: requiredLine(MEETUP_TEXT.title),
  description: optionalText(MEETUP_TEXT.description),
  venueName: requiredLine(MEETUP_TEXT.venueName),
  venueAddress: requiredLine(MEETUP_TEXT.venueAddress),
  mapUrl,
  date: z.string({ error: "required" }).trim().min(1, { error: "required" }),
  startTime: z.string({ error: "required" }).regex(CLOCK, { error: "invalid_time" }),
  endTime: z.string({ error: "required" }).regex(CLOCK, { error: "invalid_time" }),
  capacityAdults: wholeNumber(1, MEETUP_LIMITS.capacity, "meetup_capacity_adults"),
  capacityChildren: wholeNumber(0, MEETUP_LIMITS.capacity),
  ageMin: wholeNumber(0, MEETUP_LIMITS.age),
  ageMax: wholeNumber(0, MEETUP_LIMITS.age),
  fee: z.enum(["free", "paid"], { error: "choose_one" }),
  feeYen: z.string().trim().default(""),
};

export type MeetupDetails = {
  title: string;
  description: string;
  venueName: string;
  venueAddress: string;
  mapUrl: string | null;
  startsAt: Date;
  endsAt: Date;
  /** Tokyo date and wall-clock times of the (first) occurrence. */
  date: string;
  startClock: string;
  endClock: string;
  capacityAdults: number;
  capacityChildren: number;
  ageMin: number;
  ageMax: number;
  feeYen: number;
};
export type NewMeetupInput = MeetupDetails & { recurrence: Recurrence | null };
export type EditMeetupInput = MeetupDetails & { meetupId: string; scope: EditScope };

type DetailFields = z.output<z.ZodObject<typeof details>>;
type Ctx = z.RefinementCtx;
const issue = (ctx: Ctx, field: string, message: string, params?: Record<string, number>) =>
  ctx.addIssue({ code: "custom", path: [field], message, params });

const FEE_YEN = /^\d{1,6}$/;

function checkDetails(v: DetailFields, now: Date, ctx: Ctx) {
  if (!isRealDate(v.date)) issue(ctx, "date", "invalid_date");
  else if (CLOCK.test(v.startTime) && CLOCK.test(v.endTime)) {
    if (atTokyo(v.date, v.startTime).getTime() <= now.getTime()) issue(ctx, "startTime", "meetup_start_in_past");
    if (v.endTime <= v.startTime) issue(ctx, "endTime", "meetup_end_before_start");
  }
  if (v.ageMax < v.ageMin) issue(ctx, "ageMax", "meetup_age_band");
  if (v.fee === "paid") {
    const yen = Number(v.feeYen);
    if (!FEE_YEN.test(v.feeYen) || yen < 1 || yen > MEETUP_LIMITS.fee) issue(ctx, "feeYen", "meetup_fee", { max: MEETUP_LIMITS.fee });
  }
}

const toDetails = (v: DetailFields): MeetupDetails => ({
  title: v.title,
  description: v.description,
  venueName: v.venueName,
  venueAddress: v.venueAddress,
  mapUrl: v.mapUrl || null,
  startsAt: atTokyo(v.date, v.startTime),
  endsAt: atTokyo(v.date, v.endTime),
  date: v.date,
  startClock: v.startTime,
  endClock: v.endTime,
  capacityAdults: v.capacityAdults,
  capacityChildren: v.capacityChildren,
  ageMin: v.ageMin,
  ageMax: v.ageMax,
  feeYen: v.fee === "paid" ? Number(v.feeYen) : 0,
});

/** A new meetup, or a series of them. `now` decides what "in the past" means. */
export function newMeetupSchema(now: Date) {
  return z
    .object({ ...details, repeat: z.enum(REPEATS, { error: "choose_one" }), until: z.string().trim().default("") })
    .superRefine((v, ctx) => {
      checkDetails(v, now, ctx);
      if (v.repeat === "none") return;
      if (v.until === "") return issue(ctx, "until", "meetup_recurrence_needs_end");
      if (!isRealDate(v.until)) return issue(ctx, "until", "invalid_date");
      if (!isRealDate(v.date)) return;
      if (v.until < v.date) return issue(ctx, "until", "meetup_until_before_start");
      if (occurrenceDates(v.date, { frequency: v.repeat, until: v.until }).length > MAX_OCCURRENCES)
        issue(ctx, "until", "meetup_too_many_occurrences", { max: MAX_OCCURRENCES });
    })
    .transform(
      (v): NewMeetupInput => ({
        ...toDetails(v),
        recurrence: v.repeat === "none" ? null : { frequency: v.repeat, until: v.until },
      }),
    );
}

/** Changes to one occurrence, or to it and the ones after it in its series. */
export function editMeetupSchema(now: Date) {
  return z
    .object({ ...details, meetupId: uuidField(), scope: z.enum(EDIT_SCOPES, { error: "choose_one" }) })
    .superRefine((v, ctx) => checkDetails(v, now, ctx))
    .transform((v): EditMeetupInput => ({ ...toDetails(v), meetupId: v.meetupId, scope: v.scope }));
}

export const cancelMeetupSchema = z.object({
  meetupId: uuidField(),
  scope: z.enum(EDIT_SCOPES, { error: "choose_one" }),
  reason: requiredText(MEETUP_TEXT.reason),
});

export const rsvpSchema = z.object({
  meetupId: uuidField(),
  adults: wholeNumber(1, MEETUP_LIMITS.party, "meetup_party_adults"),
  children: wholeNumber(0, MEETUP_LIMITS.party),
});

export const meetupIdSchema = z.object({ meetupId: uuidField() });
