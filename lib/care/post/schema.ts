import { z } from "zod";
import { checkbox, optionalLine, optionalText } from "@/lib/forms";
import { ID_NOT_FOUND, isUuid, uuidField } from "@/lib/ids";
import { careLimits } from "@/lib/thanks";
import { CARE_PURPOSES, type CarePurpose } from "../purposes";
import { WIDEN_DELAYS, type WidenDelay, widenAtFor, widensTooLate } from "../widening";
import { AUDIENCES, CARE_KINDS, CARE_PLACES, type CareKind, type CarePlace, needsPlace, needsRoute, TEXT_LIMITS } from "./choices";
import { isQuarterHour, MAX_CARE_MINUTES, minutesBetween, tokyoInstant } from "./times";

// Form input of the request actions. Messages are keys under errors.field.
export { type CareKind, type CarePlace, needsRoute } from "./choices";

const id = uuidField();
/** Ids ticked in a list; blanks are ignored, anything else must be an id ("not found" otherwise). */
const idList = z
  .array(z.string().trim())
  .default([])
  .transform((ids) => [...new Set(ids.filter((id) => id !== ""))])
  .pipe(z.array(id));
const clock = z.string({ error: "required" }).min(1, { error: "required" }).refine(isQuarterHour, { error: "care_time_step" });
const blankAsUndefined = (v: unknown) => (v === "" ? undefined : v);

const fields = z.object({
  kind: z.enum(CARE_KINDS, { error: "choose_one" }),
  purpose: z.preprocess(blankAsUndefined, z.enum(CARE_PURPOSES, { error: "choose_one" }).optional()),
  children: idList,
  date: z.string({ error: "required" }).min(1, { error: "required" }),
  startTime: clock,
  endTime: clock,
  place: z.preprocess(blankAsUndefined, z.enum(CARE_PLACES, { error: "choose_one" }).optional()),
  placeNote: optionalLine(TEXT_LIMITS.place),
  pickupPlace: optionalLine(TEXT_LIMITS.place),
  dropoffPlace: optionalLine(TEXT_LIMITS.place),
  mealNeeded: checkbox,
  notes: optionalText(TEXT_LIMITS.notes),
  audience: z.enum(AUDIENCES, { error: "choose_one" }),
  recipients: idList,
  groupId: z
    .string()
    .trim()
    .default("")
    .refine((v) => v === "" || isUuid(v), { error: ID_NOT_FOUND }),
  // The widening ask (optional): a second audience and how long to wait for an OK before asking it.
  widenAfter: z.preprocess(
    (v) => (v === "" || v == null ? undefined : Number(v)),
    z
      .number()
      .refine((n): n is WidenDelay => (WIDEN_DELAYS as readonly number[]).includes(n), { error: "choose_one" })
      .optional(),
  ),
  widenGroupId: z
    .string()
    .trim()
    .default("")
    .refine((v) => v === "" || isUuid(v), { error: ID_NOT_FOUND }),
  widenRecipients: idList,
});

export type Audience = { kind: "people"; userIds: string[] } | { kind: "group"; groupId: string };

export interface PostInput {
  kind: CareKind;
  /** Optional: what the care is for (the ファミサポ report's categories). */
  purpose?: CarePurpose | null;
  childIds: string[];
  startAt: Date;
  endAt: Date;
  place: CarePlace | null;
  placeNote: string | null;
  pickupPlace: string | null;
  dropoffPlace: string | null;
  mealNeeded: boolean;
  notes: string | null;
  audience: Audience;
  /** The second audience, asked `delay` minutes after posting if nobody has said OK by then (null: no widening). */
  widen?: { groupId: string | null; userIds: string[]; delay: WidenDelay } | null;
}

type Fields = z.output<typeof fields>;
type Ctx = z.RefinementCtx<Fields>;
const issue = (ctx: Ctx, field: string, message: string, params?: Record<string, number>) =>
  ctx.addIssue({ code: "custom", path: [field], message, params });

function checkTimes(v: Fields, now: Date, ctx: Ctx) {
  const start = tokyoInstant(v.date, v.startTime);
  const end = tokyoInstant(v.date, v.endTime);
  if (!tokyoInstant(v.date, "00:00")) return issue(ctx, "date", "invalid_date");
  if (!start || !end) return;
  if (start.getTime() <= now.getTime()) issue(ctx, "startTime", "care_start_in_past");
  const minutes = minutesBetween(start, end);
  if (minutes <= 0) issue(ctx, "endTime", "care_end_before_start");
  else if (minutes > MAX_CARE_MINUTES) issue(ctx, "endTime", "care_too_long", { max: MAX_CARE_MINUTES / 60 });
}

function checkRest(v: Fields, ctx: Ctx) {
  if (v.children.length === 0) issue(ctx, "children", "care_choose_child");
  if (v.children.length > careLimits.maxChildren) issue(ctx, "children", "care_too_many_children", { max: careLimits.maxChildren });
  if (needsPlace(v.kind) && !v.place) issue(ctx, "place", "choose_one");
  if (needsRoute(v.kind) && !v.pickupPlace) issue(ctx, "pickupPlace", "required");
  if (needsRoute(v.kind) && !v.dropoffPlace) issue(ctx, "dropoffPlace", "required");
  if (v.audience === "people" && v.recipients.length === 0) issue(ctx, "recipients", "care_choose_recipient");
  if (v.audience === "group" && !v.groupId) issue(ctx, "groupId", "choose_one");
}

const wantsWiden = (v: Fields) => v.widenGroupId !== "" || v.widenRecipients.length > 0;

function checkWiden(v: Fields, now: Date, ctx: Ctx) {
  if (!wantsWiden(v)) {
    if (v.widenAfter !== undefined) issue(ctx, "widenGroupId", "care_widen_choose_audience");
    return;
  }
  if (v.widenAfter === undefined) return issue(ctx, "widenAfter", "choose_one");
  const start = tokyoInstant(v.date, v.startTime);
  if (start && widensTooLate(widenAtFor(now, v.widenAfter as WidenDelay), start)) issue(ctx, "widenAfter", "care_widen_after_start");
}

/** A new request, as FormData gives it. `now` decides what "in the past" means (and when a widening happens). */
export function postRequestSchema(now: Date) {
  return fields
    .superRefine((v, ctx) => {
      checkTimes(v, now, ctx);
      checkRest(v, ctx);
      checkWiden(v, now, ctx);
    })
    .transform(
      (v): PostInput => ({
        kind: v.kind,
        purpose: v.purpose ?? null,
        childIds: v.children,
        startAt: tokyoInstant(v.date, v.startTime)!,
        endAt: tokyoInstant(v.date, v.endTime)!,
        place: needsPlace(v.kind) ? (v.place ?? null) : null,
        placeNote: needsPlace(v.kind) ? v.placeNote || null : null,
        pickupPlace: needsRoute(v.kind) ? v.pickupPlace : null,
        dropoffPlace: needsRoute(v.kind) ? v.dropoffPlace : null,
        mealNeeded: v.mealNeeded,
        notes: v.notes || null,
        audience: v.audience === "group" ? { kind: "group", groupId: v.groupId } : { kind: "people", userIds: v.recipients },
        widen:
          wantsWiden(v) && v.widenAfter !== undefined
            ? { groupId: v.widenGroupId || null, userIds: v.widenRecipients, delay: v.widenAfter as WidenDelay }
            : null,
      }),
    );
}

export type AnswerInput = {
  requestId: string;
  answer: "ok" | "decline";
  message: string | null;
  waived: boolean;
  sheetRead: boolean;
  childSeat: boolean;
};

/** OK (with the pre-care sheet read) or decline. Whether a child seat is needed depends on the request. */
export const answerSchema = z
  .object({
    requestId: id,
    answer: z.enum(["ok", "decline"], { error: "choose_one" }),
    message: optionalText(TEXT_LIMITS.message),
    waived: checkbox,
    sheetRead: checkbox,
    childSeat: checkbox,
  })
  .superRefine((v, ctx) => {
    if (v.answer === "ok" && !v.sheetRead) ctx.addIssue({ code: "custom", path: ["sheetRead"], message: "care_sheet_not_read" });
  })
  .transform((v): AnswerInput => ({ ...v, message: v.answer === "ok" ? v.message || null : null, waived: v.answer === "ok" && v.waived }));

export const chooseSchema = z.object({ requestId: id, helperId: id });
export const requestIdSchema = z.object({ requestId: id });
export const notificationIdSchema = z.object({ id });
