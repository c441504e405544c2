import { z } from "zod";
import { optionalLine, requiredText } from "@/lib/forms";
import { uuidField } from "@/lib/ids";
import { parseTokyoLocal } from "@/lib/time/tokyo";
import { INCIDENT_SEVERITIES, SERIOUS_KINDS } from "./incident-kinds";
import { NAP_STATES } from "./nap";

// Form input of the safety actions. Messages are keys under errors.field.

export const INCIDENT_TEXT_MAX = 1000;
export const NAP_NOTE_MAX = 200;

const id = uuidField();

const tokyoDateTime = z
  .string({ error: "required" })
  .trim()
  .min(1, { error: "required" })
  .transform((s, ctx) => {
    const d = parseTokyoLocal(s);
    if (d) return d;
    ctx.addIssue({ code: "custom", message: "invalid_date" });
    return z.NEVER;
  });

export const incidentSchema = z
  .object({
    requestId: id,
    severity: z.enum(INCIDENT_SEVERITIES, { error: "choose_one" }),
    // A serious kind left over from an earlier choice is ignored for a minor incident.
    seriousKind: z.preprocess((v) => (v === "" ? undefined : v), z.enum(SERIOUS_KINDS, { error: "choose_one" }).optional()),
    description: requiredText(INCIDENT_TEXT_MAX),
    occurredAt: tokyoDateTime,
  })
  .superRefine((v, ctx) => {
    if (v.severity === "serious" && !v.seriousKind) ctx.addIssue({ code: "custom", path: ["seriousKind"], message: "choose_one" });
  })
  .transform(({ seriousKind, ...v }) => ({ ...v, seriousKind: v.severity === "serious" ? (seriousKind ?? null) : null }));
export type IncidentInput = z.output<typeof incidentSchema>;

export const napCheckSchema = z.object({
  requestId: id,
  childId: id,
  state: z.enum(NAP_STATES, { error: "choose_one" }),
  note: optionalLine(NAP_NOTE_MAX),
});
export type NapCheckInput = z.output<typeof napCheckSchema>;

export const incidentIdSchema = z.object({ incidentId: id });
