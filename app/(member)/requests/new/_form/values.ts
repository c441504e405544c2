import type { CareKind, CarePlace } from "@/lib/care/post/schema";
import type { CarePurpose } from "@/lib/care/purposes";
import type { StandingRecords } from "@/lib/members/standing";
import type { Rulebook } from "@/lib/thanks";

/** What the posting page hands the form: the parent's children, connections and groups, and their rulebook. */
export interface FormOptions {
  children: { id: string; name: string; birthDate: string }[];
  connections: { id: string; name: string; met: boolean }[];
  groups: { id: string; name: string; connections: number }[];
  rulebook: Rulebook;
  /** The parent's own verified records: the single-parent discount is decided for the chosen day. */
  parent: { birthDate: string; status: "active" | "suspended" | "left"; standing: StandingRecords };
  adultAge: number;
  today: string;
}

/** The form's controlled values, so what was chosen survives a refused submit. */
export interface RequestValues {
  kind: CareKind;
  children: string[];
  date: string;
  startTime: string;
  endTime: string;
  place: CarePlace | "";
  placeNote: string;
  pickupPlace: string;
  dropoffPlace: string;
  mealNeeded: boolean;
  notes: string;
  purpose: CarePurpose | "";
  audience: "people" | "group";
  recipients: string[];
  groupId: string;
  /** The widening ask: a second group and/or connections, and minutes to wait ("" for none). */
  widenGroupId: string;
  widenRecipients: string[];
  widenAfter: string;
}

export const initialValues = (today: string): RequestValues => ({
  kind: "azukari",
  children: [],
  date: today,
  startTime: "",
  endTime: "",
  place: "",
  placeNote: "",
  pickupPlace: "",
  dropoffPlace: "",
  mealNeeded: false,
  notes: "",
  purpose: "",
  audience: "people",
  recipients: [],
  groupId: "",
  widenGroupId: "",
  widenRecipients: [],
  widenAfter: "",
});

export type SetValues = (patch: Partial<RequestValues>) => void;
export type Errors = Record<string, string | undefined>;

export const toggle = (list: string[], id: string, on: boolean) => (on ? [...list, id] : list.filter((x) => x !== id));
