import { z } from "zod";
import { uuidField } from "@/lib/ids";

// Form input of the check-in desk and "people I met". Messages are keys under errors.field; an
// id that is not a UUID names nothing ("not found").
const id = uuidField();

/** A scanned ticket: the token (anything that is not one is refused as an unknown ticket by the workflow's lookup). */
export const scanSchema = z.object({
  meetupId: id,
  ticket: z.string({ error: "required" }).trim().min(1, { error: "required" }).max(200, { error: "too_long" }),
});

export const tickSchema = z.object({ meetupId: id, rsvpId: id });

/** A party added at the desk: a family, not a group booking. */
export const WALK_IN_PARTY_MAX = 9;

const partySize = (min: number, error: string) =>
  z.coerce.number({ error }).int({ error }).min(min, { error }).max(WALK_IN_PARTY_MAX, { error });

export const walkInSchema = z.object({
  meetupId: id,
  memberId: id,
  adults: partySize(1, "party_adults"),
  children: partySize(0, "party_children"),
});

export const askSchema = z.object({ meetupId: id, userId: id });

export const answerSchema = z.object({ requestId: id, answer: z.enum(["accept", "decline"], { error: "choose_one" }) });
