import "server-only";
import type { Db } from "@/db/client";
import { findUserWithMember } from "@/db/queries/members";
import { claimPendingExports, exportsOf, insertExportRequest, memberRows, storeExport, subjectOf } from "@/db/queries/privacy";
import { openText } from "@/lib/care/during/sealed-texts";
import { openChildDetails } from "@/lib/children";
import type { Keyring } from "@/lib/crypto/sealed";
import { translator } from "@/lib/i18n/messages";
import { notify } from "@/lib/notify/workflows/notify";
import { type ExportData, exportZip } from "@/lib/privacy/export-files";
import { exportExpiry } from "@/lib/privacy/retention";
import { exportedTables } from "@/lib/privacy/tables";

/** One click on the privacy page: an export is queued, unless one is already waiting to be built. */
export async function requestExport(db: Db, userId: string, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    // The member's row is the lock: two clicks at once queue one export.
    const member = await findUserWithMember(tx, userId);
    if (!member?.member) return;
    const waiting = (await exportsOf(tx, userId)).some((e) => e.status === "pending");
    if (!waiting) await insertExportRequest(tx, userId, now);
  });
}

/** Everything the registry finds of the member's, table by table; children's details, nap notes and incident texts opened. */
export async function collectMemberData(db: Db, userId: string, keys: Keyring): Promise<ExportData> {
  const who = await subjectOf(db, userId);
  if (!who) return {};
  const data: ExportData = {};
  for (const [table] of exportedTables()) {
    const rows = await memberRows(db, table, who);
    data[table] =
      table === "children"
        ? rows.map(({ details_encrypted, ...child }) => ({
            ...child,
            details: openChildDetails(details_encrypted as string | null, child.id as string, keys),
          }))
        : table === "nap_checks"
          ? rows.map((r) => ({ ...r, note: openText(r.note as string | null, "nap", r.id as string, keys) }))
          : table === "incidents"
            ? rows.map((r) => ({ ...r, description: openText(r.description as string, "incident", r.id as string, keys) }))
            : rows;
  }
  return data;
}

/**
 * The job runner's task: builds each waiting export (a ZIP of JSON and CSV), keeps it for
 * RETENTION.exports days and tells its member it is ready. One export per transaction; another
 * runner skips the locked ones. The keys are asked for only when there is an export to build.
 */
export async function buildExports(db: Db, keys: () => Keyring, now: Date, limit = 5): Promise<number> {
  let built = 0;
  for (let i = 0; i < limit; i++) {
    const done = await db.transaction(async (tx) => {
      const [job] = await claimPendingExports(tx, 1);
      if (!job) return false;
      const data = await collectMemberData(tx, job.userId, keys());
      const locale = (data.members?.[0]?.locale as "ja" | "en" | undefined) ?? "ja";
      const zip = exportZip(data, translator(locale)("privacy.export.readme"), now);
      await storeExport(tx, job.id, zip, now, exportExpiry(now));
      await notify(tx, { userId: job.userId, kind: "privacy.export_ready", data: { exportId: job.id }, dedupKey: `export:${job.id}` });
      return true;
    });
    if (!done) break;
    built += 1;
  }
  return built;
}
