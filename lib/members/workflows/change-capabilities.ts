import "server-only";
import type { Db } from "@/db/client";
import { lockCapabilities, setCapabilities } from "@/db/queries/members";
import { AppError, notFound } from "@/lib/errors";
import { type SelfChosenCapability, withChosenCapabilities } from "@/lib/members/capabilities";

/**
 * A member changes what they do: parent, supporter or both. Granted capabilities (organiser,
 * staff, admin) stay as they are. From now on only supporters are asked and may say OK; cares
 * already matched go on as agreed.
 */
export async function changeCapabilities(db: Db, userId: string, chosen: SelfChosenCapability[], now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    const current = await lockCapabilities(tx, userId);
    if (!current) throw notFound();
    const next = withChosenCapabilities(current, chosen);
    if (!next) throw new AppError("invalid_input", { key: "field.choose_at_least_one", field: "capabilities" });
    await setCapabilities(tx, userId, next, now);
  });
}
