import { z } from "zod";
import { requiredLine } from "@/lib/forms";
import { uuidField } from "@/lib/ids";

// The admin desk's forms for municipalities. Messages are keys under errors.field.

export const MUNICIPALITY_NAME_MAX = 40;
export const DISTRICT_KINDS = ["chome", "school"] as const;

const id = uuidField();

export const municipalitySchema = z.object({
  /** 全国地方公共団体コード: 6 digits (5 digits and the check digit). */
  code: z
    .string({ error: "required" })
    .trim()
    .min(1, { error: "required" })
    .regex(/^\d{6}$/, { error: "municipality_code" }),
  prefectureJa: requiredLine(MUNICIPALITY_NAME_MAX),
  prefectureEn: requiredLine(MUNICIPALITY_NAME_MAX),
  nameJa: requiredLine(MUNICIPALITY_NAME_MAX),
  nameEn: requiredLine(MUNICIPALITY_NAME_MAX),
});
export type MunicipalityInput = z.output<typeof municipalitySchema>;

export const districtSchema = z.object({
  municipalityId: id,
  kind: z.enum(DISTRICT_KINDS, { error: "choose_one" }),
  nameJa: requiredLine(MUNICIPALITY_NAME_MAX),
  nameEn: requiredLine(MUNICIPALITY_NAME_MAX),
});
export type DistrictInput = z.output<typeof districtSchema>;

export const staffSchema = z.object({
  municipalityId: id,
  email: z
    .string({ error: "required" })
    .trim()
    .toLowerCase()
    .min(1, { error: "required" })
    .max(254, { error: "too_long" })
    .pipe(z.email({ error: "invalid_email" })),
});
export type StaffInput = z.output<typeof staffSchema>;

export const staffRemovalSchema = z.object({ municipalityId: id, userId: z.string().trim().min(1).max(64) });

export const municipalityIdSchema = z.object({ municipalityId: id });

export const RULEBOOK_JSON_MAX = 20_000;
export const rulebookEditSchema = z.object({
  municipalityId: id,
  rules: z.string({ error: "required" }).trim().min(1, { error: "required" }).max(RULEBOOK_JSON_MAX, { error: "too_long" }),
  /** "preview" shows the thank-you for the sample cares; "save" stores a new version. */
  intent: z.enum(["preview", "save"], { error: "choose_one" }),
});

/** The key of a municipality's own rulebook: one per municipality, by its code. */
export function ownRulebookKey(code: string): string {
  return `city_${code}`;
}
