import { z } from "zod";
import { checkbox, optionalLine, optionalText, requiredLine } from "@/lib/forms";
import { uuidField } from "@/lib/ids";
import { ageOnDate, isRealDate } from "@/lib/time/dates";
import { type ChildDetails, type HealthField, hasHealthDetails, ROW_MAX, TEXT_MAX } from "./details";
import { kanaLine, optionalPhone, requiredPhone } from "./fields";
import { gatherRows, rowList, withFlatPaths } from "./rows";
import { PROFILE_MAX_AGE } from "./rules";

const contactRow = z.object({
  name: requiredLine(TEXT_MAX.name),
  relation: optionalLine(TEXT_MAX.relation),
  phone: requiredPhone,
});

const collectorRow = z.object({
  name: requiredLine(TEXT_MAX.name),
  relation: optionalLine(TEXT_MAX.relation),
  phone: optionalPhone,
});

// A baby sibling or a teenager may be on the profile; whether they can be cared for is
// decided per care (ages 1–12, lib/insurance).
const birthDate = (today: string) =>
  z
    .string({ error: "required" })
    .trim()
    .min(1, { error: "required" })
    .refine(isRealDate, { error: "invalid_date" })
    .refine((d) => !isRealDate(d) || d <= today, { error: "date_in_future" })
    .refine((d) => !isRealDate(d) || d > today || ageOnDate(d, today) <= PROFILE_MAX_AGE, {
      error: "child_age_range",
      params: { max: PROFILE_MAX_AGE },
    });

const fields = (today: string) =>
  z.object({
    name: requiredLine(TEXT_MAX.name),
    nameKana: kanaLine(TEXT_MAX.name),
    birthDate: birthDate(today),
    allergies: optionalText(TEXT_MAX.note),
    medication: optionalText(TEXT_MAX.note),
    healthNotes: optionalText(TEXT_MAX.note),
    healthConsent: checkbox,
    foodHabits: optionalText(TEXT_MAX.note),
    sleepHabits: optionalText(TEXT_MAX.note),
    mayNotEat: optionalText(TEXT_MAX.note),
    childSeatWanted: checkbox,
    contacts: rowList(contactRow, ROW_MAX),
    collectors: rowList(collectorRow, ROW_MAX),
  });

const childId = uuidField();

export interface ChildInput {
  name: string;
  nameKana: string;
  birthDate: string;
  details: ChildDetails;
  /** The consent checkbox was ticked with this save. */
  healthConsent: boolean;
}

function withRows(raw: unknown): unknown {
  if (!raw || typeof raw !== "object") return raw;
  const form = raw as Record<string, unknown>;
  return { ...form, contacts: gatherRows(form, "contacts"), collectors: gatherRows(form, "collectors") };
}

// 要配慮個人情報 is kept only with the parent's explicit consent (DOMAIN.md, Privacy).
function consentRule(v: Pick<ChildDetails, HealthField> & { healthConsent: boolean }, ctx: z.RefinementCtx) {
  if (hasHealthDetails(v) && !v.healthConsent) {
    ctx.addIssue({ code: "custom", path: ["healthConsent"], message: "child_health_consent" });
  }
}

function toInput(v: z.output<ReturnType<typeof fields>>): ChildInput {
  const { name, nameKana, birthDate, healthConsent, contacts, collectors, ...rest } = v;
  return { name, nameKana, birthDate, healthConsent, details: { ...rest, emergencyContacts: contacts, collectors } };
}

/** A new child, as the form posts it. `today` is Tokyo's date. */
export function childFormSchema(today: string) {
  return withFlatPaths(z.preprocess(withRows, fields(today).superRefine(consentRule))).transform(toInput);
}

/** An edited child: the form plus the child's id. */
export function childUpdateSchema(today: string) {
  const schema = fields(today).extend({ id: childId }).superRefine(consentRule);
  return withFlatPaths(z.preprocess(withRows, schema)).transform(({ id, ...v }) => ({ id, ...toInput(v) }));
}

export const childRemoveSchema = z.object({ id: childId });
