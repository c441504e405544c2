import { z } from "zod";
import { ageOnDate, type IsoDate } from "@/lib/time/dates";
import { tokyoDate } from "@/lib/time/tokyo";

/**
 * The care as it stood when an incident was reported, frozen with the report so the platform
 * and the insurer can answer from the record even after profiles or the request change.
 * Names and ages only: never the children's health details.
 */
export const careRecordSchema = z.object({
  request: z.object({
    id: z.string(),
    kind: z.string(),
    state: z.string(),
    startAt: z.string(),
    endAt: z.string(),
    matchedAt: z.string().nullable(),
    place: z.string().nullable(),
    placeNote: z.string().nullable(),
    pickupPlace: z.string().nullable(),
    dropoffPlace: z.string().nullable(),
  }),
  careDate: z.string(),
  children: z.array(z.object({ id: z.string(), name: z.string(), ageYears: z.number() })),
  parent: z.object({ id: z.string(), name: z.string() }),
  helper: z.object({ id: z.string(), name: z.string() }).nullable(),
  insured: z.boolean().nullable(),
  insuranceSnapshot: z.unknown(),
  recordedAt: z.string(),
});
export type CareRecord = z.output<typeof careRecordSchema>;

export interface CareRecordFacts {
  request: {
    id: string;
    kind: string;
    state: string;
    startAt: Date;
    endAt: Date;
    matchedAt: Date | null;
    place: string | null;
    placeNote: string | null;
    pickupPlace: string | null;
    dropoffPlace: string | null;
    insured: boolean | null;
    insuranceSnapshot: unknown;
  };
  children: { id: string; name: string; birthDate: IsoDate }[];
  parent: { id: string; name: string };
  helper: { id: string; name: string } | null;
  now: Date;
}

export function buildCareRecord({ request: r, children, parent, helper, now }: CareRecordFacts): CareRecord {
  const careDate = tokyoDate(r.startAt);
  return {
    request: {
      id: r.id,
      kind: r.kind,
      state: r.state,
      startAt: r.startAt.toISOString(),
      endAt: r.endAt.toISOString(),
      matchedAt: r.matchedAt?.toISOString() ?? null,
      place: r.place,
      placeNote: r.placeNote,
      pickupPlace: r.pickupPlace,
      dropoffPlace: r.dropoffPlace,
    },
    careDate,
    children: children.map((c) => ({ id: c.id, name: c.name, ageYears: ageOnDate(c.birthDate, careDate) })),
    parent,
    helper,
    insured: r.insured,
    insuranceSnapshot: r.insuranceSnapshot ?? null,
    recordedAt: now.toISOString(),
  };
}

/** A stored record read back; null if it does not have the expected shape. */
export function readCareRecord(stored: unknown): CareRecord | null {
  const parsed = careRecordSchema.safeParse(stored);
  return parsed.success ? parsed.data : null;
}
