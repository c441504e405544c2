import "server-only";
import type { Db } from "@/db/client";
import { setStoredText } from "@/db/queries/care-sealed-texts";
import {
  ANONYMISERS,
  caresOfMember,
  childrenWithCares,
  deleteMemberRows,
  lockMemberForDeletion,
  restatYoungestBirthDates,
  scrubCareRecords,
  scrubEverywhere,
  sealedTextsOfCares,
  subjectOf,
} from "@/db/queries/privacy";
import { isSealedText } from "@/lib/care/during/sealed-texts";
import type { Keyring } from "@/lib/crypto/sealed";
import { AppError, notFound } from "@/lib/errors";
import { deletionRefusal } from "@/lib/privacy/deletion";
import { needlesOf } from "@/lib/privacy/scrub";
import { scrubSealedText } from "@/lib/privacy/scrub-sealed";
import { type AnonymisedTable, privacyTables } from "@/lib/privacy/tables";

/**
 * 退会: in one transaction, refused while a care of the member's is unsettled or a request of theirs
 * still asks (lib/privacy/deletion.ts). Then, table by table as the registry says: the member's own
 * rows deleted (sessions, links, memberships, their children's audit log and nap checks…), the rows
 * the statistics count kept with their personal data erased (profile, children, requests), and every
 * text anywhere that still names them or their children scrubbed. Past months' figures do not move:
 * the member, their municipality, district and capabilities stay as an anonymous row, and each
 * child's birth date is coarsened only as far as keeps every past care in its age band. Nap notes
 * and incident texts are sealed: those of the member's cares are opened, scrubbed and sealed again.
 */
export async function deleteAccount(db: Db, userId: string, keys: Keyring, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    const member = await lockMemberForDeletion(tx, userId);
    const who = await subjectOf(tx, userId);
    if (!member || member.status === "left" || !who) throw notFound();
    const refusal = deletionRefusal(await caresOfMember(tx, userId), now);
    if (refusal) throw new AppError("conflict", { key: `privacy.${refusal}` });

    const kids = await childrenWithCares(tx, userId);
    const names = needlesOf([member.displayName, member.nameKana, who.email, who.phone, ...kids.flatMap((k) => [k.name, k.nameKana])]);
    // The member's and children's birth dates are cut from the frozen records of their cares only (another member may share one).
    const recordNeedles = needlesOf([...names, member.birthDate, ...kids.map((k) => k.birthDate)]);
    await scrubCareRecords(tx, userId, recordNeedles);
    const sealed = await sealedTextsOfCares(tx, userId);
    for (const [column, kind, rows] of [
      ["napNote", "nap", sealed.naps],
      ["incidentDescription", "incident", sealed.incidents],
    ] as const) {
      for (const row of rows) {
        const scrubbed = scrubSealedText(row.text, kind, row.id, recordNeedles, keys);
        if (scrubbed !== null) await setStoredText(tx, column, row.id, scrubbed);
      }
    }

    await deleteMemberRows(tx, who);
    for (const [table, rule] of privacyTables()) {
      if (rule.erase === "anonymise") await ANONYMISERS[table as AnonymisedTable](tx, who, now);
    }
    await restatYoungestBirthDates(tx, userId);
    // Sealed texts were opened and scrubbed above; a plain search must not cut into their base64.
    await scrubEverywhere(tx, names, { skip: isSealedText });
  });
}
