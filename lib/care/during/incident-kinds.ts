// Apart from the zod schemas (schemas.ts), so that the incident form's client component ships no zod.
export const INCIDENT_SEVERITIES = ["minor", "serious"] as const;
/** DOMAIN.md: what makes an incident serious (the insurer's and the municipality's definition). */
export const SERIOUS_KINDS = ["death", "unconscious", "injury_30_days"] as const;
