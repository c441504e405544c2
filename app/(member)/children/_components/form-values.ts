import type { ChildRecord } from "@/db/queries/children";
import { formatPhoneJa } from "@/lib/members/phone";

export const TEXT_FIELDS = [
  "name",
  "nameKana",
  "birthDate",
  "allergies",
  "medication",
  "healthNotes",
  "foodHabits",
  "mayNotEat",
  "sleepHabits",
] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

/** One emergency contact or collector as the form holds it; `key` keeps React's rows stable. */
export interface PersonRow {
  key: number;
  name: string;
  relation: string;
  phone: string;
}

export interface ChildFormValues {
  text: Record<TextField, string>;
  healthConsent: boolean;
  childSeatWanted: boolean;
  contacts: PersonRow[];
  collectors: PersonRow[];
}

export const blankRow = (key: number): PersonRow => ({ key, name: "", relation: "", phone: "" });

export function blankValues(): ChildFormValues {
  return {
    text: Object.fromEntries(TEXT_FIELDS.map((f) => [f, ""])) as Record<TextField, string>,
    healthConsent: false,
    childSeatWanted: false,
    contacts: [],
    collectors: [],
  };
}

// No empty row to start with: a row the parent adds is one they mean to fill, so "必須" is true.
const rowsOf = (people: { name: string; relation: string; phone: string | null }[]) =>
  people.map((p, key) => ({ key, name: p.name, relation: p.relation, phone: p.phone ? formatPhoneJa(p.phone) : "" }));

/** The form filled in with a child's current details, phone numbers as people write them. */
export function valuesOf(child: ChildRecord): ChildFormValues {
  const { details } = child;
  return {
    text: {
      name: child.name,
      nameKana: child.nameKana,
      birthDate: child.birthDate,
      allergies: details.allergies,
      medication: details.medication,
      healthNotes: details.healthNotes,
      foodHabits: details.foodHabits,
      mayNotEat: details.mayNotEat,
      sleepHabits: details.sleepHabits,
    },
    healthConsent: child.healthConsentAt !== null,
    childSeatWanted: details.childSeatWanted,
    contacts: rowsOf(details.emergencyContacts),
    collectors: rowsOf(details.collectors),
  };
}
