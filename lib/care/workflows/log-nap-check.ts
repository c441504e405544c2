import "server-only";
import { randomUUID } from "node:crypto";
import type { Db } from "@/db/client";
import { careChildren, insertNapCheck } from "@/db/queries/care-during";
import { displayName } from "@/db/queries/care-lock";
import type { NapCheckInput } from "@/lib/care/during/schemas";
import { sealText } from "@/lib/care/during/sealed-texts";
import { napLogAllowed } from "@/lib/care/during/window";
import type { Keyring } from "@/lib/crypto/sealed";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notify/workflows/notify";
import { PARTIES, withCare } from "./with-care";

/** Logs a nap check: only the chosen helper, only while the care is under way, only for its children. The note is sealed to its row. */
export async function logNapCheck(db: Db, input: NapCheckInput & { viewerId: string; key: Keyring; now: Date }): Promise<void> {
  await db.transaction(async (tx) => {
    const { request, role, state } = await withCare(tx, input.requestId, input.viewerId, PARTIES, input.now);
    const child = (await careChildren(tx, request.id)).find((c) => c.id === input.childId);
    if (!child) throw new AppError("not_found");
    if (!napLogAllowed({ role, state, start: request.startAt, end: request.endAt, now: input.now })) {
      throw new AppError("conflict", { key: "careDuring.nap_closed" });
    }
    const id = randomUUID();
    await insertNapCheck(tx, {
      id,
      requestId: request.id,
      childId: child.id,
      checkedBy: input.viewerId,
      state: input.state,
      note: input.note === "" ? null : sealText(input.note, "nap", id, input.key),
      checkedAt: input.now,
    });
    if (input.state === "concern") {
      const name = await displayName(tx, input.viewerId);
      await notify(tx, { userId: request.parentId, kind: "safety_nap_concern", requestId: request.id, data: { name, child: child.name } });
    }
  });
}
