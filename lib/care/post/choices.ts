// The choices and limits of the request form, apart from its zod schema (schema.ts) so that the
// form's client components can use them without shipping zod to the browser.
export const CARE_KINDS = ["azukari", "soge", "both"] as const;
export type CareKind = (typeof CARE_KINDS)[number];
export const CARE_PLACES = ["helper_home", "parent_home", "other"] as const;
export type CarePlace = (typeof CARE_PLACES)[number];
export const AUDIENCES = ["people", "group"] as const;

export const TEXT_LIMITS = { place: 100, notes: 500, message: 300 } as const;

export const needsPlace = (kind: CareKind) => kind !== "soge";
export const needsRoute = (kind: CareKind) => kind !== "azukari";
