import { z } from "zod";
import { requiredLine, requiredText } from "@/lib/forms";
import { uuidField } from "@/lib/ids";
import { addDays, isRealDate } from "@/lib/time/dates";
import {
  IDENTITY_DOCUMENTS,
  type IdentityDocument,
  recordsDocumentNumber,
  TRAINING_MODULES,
  TRAINING_VALID_DAYS,
  type TrainingRecord,
} from "./certification";
import { QUALIFICATION_KINDS, SINGLE_PARENT_DOCUMENTS } from "./standing";

// The forms of the certification desk, both sides: what a member asks for and what an admin decides.
// Messages are catalogue keys under errors.field.

export const CERTIFICATE_NUMBER_MAX = 30;
export const REASON_MAX = 500;
/** The furthest ahead an admin may set a verification's expiry. */
export const VERIFICATION_MAX_YEARS = { qualification: 10, singleParent: 2 } as const;

const choice = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: "choose_one" });

const dateField = () => z.string({ error: "required" }).trim().min(1, { error: "required" }).refine(isRealDate, { error: "invalid_date" });

/** Training field names in the application form: one date per module. */
export const trainingField = (module: string) => `trained_${module}`;

/** A member applies (or renews): the document they will show and each module's completion date. */
export function applicationSchema(today: string) {
  const earliest = addDays(today, -TRAINING_VALID_DAYS);
  const trained = dateField()
    .refine((d) => !isRealDate(d) || d <= today, { error: "date_in_future" })
    .refine((d) => !isRealDate(d) || d >= earliest, { error: "training_too_old" });
  return z
    .object({
      identityDocument: choice(IDENTITY_DOCUMENTS),
      ...Object.fromEntries(TRAINING_MODULES.map((m) => [trainingField(m), trained])),
    })
    .transform((v) => {
      const row = v as Record<string, string>;
      return {
        identityDocument: v.identityDocument as IdentityDocument,
        training: TRAINING_MODULES.map((module): TrainingRecord => ({ module, completedOn: row[trainingField(module)]! })),
      };
    });
}

/** An admin approves an application: the document seen and, for those that have one, its number's last four. */
export const approveSchema = z
  .object({
    applicationId: uuidField(),
    identityDocument: choice(IDENTITY_DOCUMENTS),
    documentLast4: z.string({ error: "invalid" }).trim().default(""),
  })
  .superRefine((v, ctx) => {
    if (!recordsDocumentNumber(v.identityDocument)) {
      if (v.documentLast4 !== "") ctx.addIssue({ code: "custom", path: ["documentLast4"], message: "no_individual_number" });
    } else if (v.documentLast4 === "") ctx.addIssue({ code: "custom", path: ["documentLast4"], message: "required" });
    else if (!/^[0-9A-Za-z]{4}$/.test(v.documentLast4)) ctx.addIssue({ code: "custom", path: ["documentLast4"], message: "last4" });
  });

export const DESK_SUBJECTS = ["certification", "qualification", "single_parent"] as const;
export type DeskSubject = (typeof DESK_SUBJECTS)[number];

/** An admin turns something down, always saying why. */
export const rejectSchema = z.object({
  subject: z.enum(DESK_SUBJECTS, { error: "invalid" }),
  id: uuidField(),
  reason: requiredText(REASON_MAX),
});

export const qualificationSchema = z.object({
  kind: choice(QUALIFICATION_KINDS),
  certificateNumber: requiredLine(CERTIFICATE_NUMBER_MAX),
});

export const singleParentRequestSchema = z.object({ document: choice(SINGLE_PARENT_DOCUMENTS) });

/** The expiry an admin sets: not in the past, and not further than `years` ahead. */
const expiry = (today: string, years: number) =>
  dateField()
    .refine((d) => !isRealDate(d) || d >= today, { error: "expiry_in_past" })
    .refine((d) => !isRealDate(d) || d <= addDays(today, years * 366), { error: "expiry_too_far", params: { years } });

export const verifyQualificationSchema = (today: string) =>
  z.object({ qualificationId: uuidField(), validUntil: expiry(today, VERIFICATION_MAX_YEARS.qualification) });

export const verifySingleParentSchema = (today: string) =>
  z.object({
    verificationId: uuidField(),
    document: choice(SINGLE_PARENT_DOCUMENTS),
    validUntil: expiry(today, VERIFICATION_MAX_YEARS.singleParent),
  });
