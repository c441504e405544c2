/** At most this many emergency contacts, and as many adults who may collect the child. */
export const ROW_MAX = 5;

export const TEXT_MAX = {
  /** A child's or an adult's name, and its kana. */
  name: 40,
  relation: 20,
  /** Each free-text field of the health section and of the pre-care sheet. */
  note: 500,
} as const;

export interface EmergencyContact {
  name: string;
  relation: string;
  /** E.164, e.g. +819012345678. */
  phone: string;
}

export interface Collector {
  name: string;
  relation: string;
  /** E.164, or null when the parent gave none. */
  phone: string | null;
}

/**
 * Everything about a child beyond name, kana and birth date: stored sealed as one document.
 * allergies, medication and healthNotes are 要配慮個人情報 (see HEALTH_FIELDS).
 */
export interface ChildDetails {
  allergies: string;
  medication: string;
  healthNotes: string;
  foodHabits: string;
  sleepHabits: string;
  mayNotEat: string;
  /** The parent asks for a child seat even past the age the law requires one. */
  childSeatWanted: boolean;
  emergencyContacts: EmergencyContact[];
  collectors: Collector[];
}

export const HEALTH_FIELDS = ["allergies", "medication", "healthNotes"] as const;
export type HealthField = (typeof HEALTH_FIELDS)[number];

export function emptyDetails(): ChildDetails {
  return {
    allergies: "",
    medication: "",
    healthNotes: "",
    foodHabits: "",
    sleepHabits: "",
    mayNotEat: "",
    childSeatWanted: false,
    emergencyContacts: [],
    collectors: [],
  };
}

/** True when any health field holds text: then the parent's consent is needed to keep it. */
export function hasHealthDetails(details: Pick<ChildDetails, HealthField>): boolean {
  return HEALTH_FIELDS.some((f) => details[f].trim() !== "");
}
