import "server-only";
import type { Db } from "@/db/client";
import { findMunicipality, findUserIdByEmail, insertUser, removeStaff, setStaff } from "@/db/queries/municipalities";
import { notFound } from "@/lib/errors";
import type { StaffInput } from "../schemas";
import { assertAdmin } from "./admin-access";

/**
 * Makes the account with this e-mail staff of one municipality (moving them from another if they
 * were staff elsewhere). An address nobody has used yet gets an account, which signs in with it.
 */
export async function assignStaff(db: Db, adminId: string, input: StaffInput, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    await assertAdmin(tx, adminId);
    if (!(await findMunicipality(tx, input.municipalityId))) throw notFound();
    const userId = (await findUserIdByEmail(tx, input.email)) ?? (await insertUser(tx, input.email));
    await setStaff(tx, userId, input.municipalityId, now);
  });
}

/** Ends a staff assignment; someone who is not staff of this municipality is "not found". */
export async function unassignStaff(db: Db, adminId: string, input: { municipalityId: string; userId: string }): Promise<void> {
  await db.transaction(async (tx) => {
    await assertAdmin(tx, adminId);
    if (!(await removeStaff(tx, input.userId, input.municipalityId))) throw notFound();
  });
}
