import type { Db } from "@/db";
import { personalToken } from "@/db/queries/connections";
import { presenceCode } from "@/lib/connections/presence";
import { connectInPerson } from "@/lib/connections/workflows/connect-in-person";

/** The key presence codes are signed with in tests (the server uses AUTH_SECRET). */
export const TEST_PRESENCE_KEY = "a-presence-key-for-tests-only-0123456789";

/** `viewerId` scans the live QR code on `ownerId`'s screen at `now` and taps "connect". */
export async function meetInPerson(db: Db, viewerId: string, ownerId: string, now: Date) {
  const token = await personalToken(db, ownerId);
  const code = presenceCode(TEST_PRESENCE_KEY, token, now);
  return connectInPerson(db, viewerId, { token, code }, now, TEST_PRESENCE_KEY);
}
