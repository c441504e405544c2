import { z } from "zod";

// Ids are UUIDs. Anything else names nothing, so callers answer "not found" without asking the
// database (which would otherwise reject the malformed value with an error).
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/**
 * The schema message of an id that is missing or is not a UUID. The action wrapper answers it with
 * "not found", exactly as for a well-formed id that names nothing the caller may see.
 */
export const ID_NOT_FOUND = "not_found";

/**
 * A form field holding an id: the one id field of every form. `error` (a catalogue key under
 * errors.field) is only for a choice the person makes in a select (e.g. a district), where an empty
 * value is their mistake rather than a thing that does not exist.
 */
export const uuidField = (error = ID_NOT_FOUND) => z.string({ error }).trim().refine(isUuid, { error });

// Link and invitation tokens are base64url: anything else names nothing, and never reaches the database.
const TOKEN = /^[\w-]{1,100}$/;

/** A personal-link or invitation token from a URL or a form; anything else is "not found". */
export const tokenField = () => z.string({ error: ID_NOT_FOUND }).regex(TOKEN, { error: ID_NOT_FOUND });
