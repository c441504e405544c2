// Apart from the zod schemas (schemas.ts), so that the group form's client component ships no zod.
export const GROUP_KINDS = ["nursery", "kindergarten", "school", "neighbourhood", "other"] as const;
