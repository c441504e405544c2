import "server-only";
import type { Db } from "@/db/client";
import { careChildren, insertNapCheck } from "@/db/queries/care-during";
import { displayName } from "@/db/queries/care-lock";
import type { NapCheckInput } from "@/lib/care/during/schemas";
import { napLogAllowed } from "@/lib/care/during/window";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notify/workflows/notify";
import { PARTIES, withCare } from "./with-care";

/** Logs a nap check: only the chosen helper, only while the care is under way, only for its children. */
export async function logNapCheck(db: Db, input: NapCheckInput & { viewerId: string; now: Date }): Promise<void> {
  await db.transaction(async (tx) => {
    const { request, role, state } = await withCare(tx, input.requestId, input.viewerId, PARTIES, input.now);
    const child = (await careChildren(tx, request.id)).find((c) => c.id === input.childId);
    if (!child) throw new AppError("not_found");
    if (!napLogAllowed({ role, state, start: request.startAt, end: request.endAt, now: input.now })) {
      throw new AppError("conflict", { key: "careDuring.nap_closed" });
    }
    await insertNapCheck(tx, {
      requestId: request.id,
      childId: child.id,
      checkedBy: input.viewerId,
      state: input.state,
      note: input.note === "" ? null : input.note,
      checkedAt: input.now,
    });
    if (input.state === "concern") {
      const name = await displayName(tx, input.viewerId);
      await notify(tx, { userId: request.parentId, kind: "safety_nap_concern", requestId: request.id, data: { name, child: child.name } });
    }
  });
}
