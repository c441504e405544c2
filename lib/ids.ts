import { z } from "zod";

// Ids are UUIDs. Anything else names nothing, so callers answer "not found" without asking the
// database (which would otherwise reject the malformed value with an error).
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** A form field holding an id; `error` is the catalogue key under errors.field when it is not one. */
export const uuidField = (error = "invalid") => z.string({ error }).refine(isUuid, { error });
