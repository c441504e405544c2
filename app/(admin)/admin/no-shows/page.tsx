import { SiteFrame } from "@/app/_components/site-frame";
import { ActionButton } from "@/app/(member)/connections/_components/action-button";
import { afterFormat } from "@/app/(member)/requests/[id]/_after/format";
import { db } from "@/db";
import { listContested } from "@/db/queries/reliability";
import { requireAdmin } from "@/lib/auth/viewer";
import { decideContestAction } from "./actions";

/** The admin queue of contested no-shows, oldest contest first: both sides' words and the two decisions. */
export default async function NoShowContestsPage() {
  await requireAdmin();
  const f = await afterFormat();
  const { t } = f;
  const rows = await listContested(db());
  return (
    <SiteFrame wide>
      <h1 className="text-2xl font-bold">{t("noShowContests.title")}</h1>
      <p className="mt-2 text-stone-700">{t("noShowContests.intro")}</p>
      {rows.length === 0 ? (
        <p className="mt-6 rounded-xl border border-stone-200 bg-white p-4">{t("noShowContests.empty")}</p>
      ) : (
        <ul className="mt-6 flex flex-col gap-4">
          {rows.map((r) => (
            <li key={r.id} className="flex flex-col gap-2 rounded-xl border border-stone-200 bg-white p-4">
              <h2 className="font-bold">{t("noShowContests.member", { name: r.memberName })}</h2>
              <p>{t("noShowContests.between", { parent: r.parentName, range: f.range(r.startAt, r.endAt) })}</p>
              <dl className="flex flex-col gap-1">
                <dt className="font-medium">{t("noShowContests.recordReason")}</dt>
                <dd className="whitespace-pre-line">{r.reason}</dd>
                <dd className="text-sm text-stone-700">{t("noShowContests.recordedAt", { date: f.dateTime(r.createdAt) })}</dd>
                <dt className="mt-2 font-medium">{t("noShowContests.contestReason")}</dt>
                <dd className="whitespace-pre-line">{r.contestReason}</dd>
                {r.contestedAt && (
                  <dd className="text-sm text-stone-700">{t("noShowContests.contestedAt", { date: f.dateTime(r.contestedAt) })}</dd>
                )}
              </dl>
              <div className="mt-2 flex flex-col gap-3">
                <ActionButton
                  id={`uphold-${r.id}`}
                  action={decideContestAction}
                  fields={{ recordId: r.id, outcome: "upheld" }}
                  label={t("noShowContests.uphold")}
                  hint={t("noShowContests.upholdHint")}
                  pendingLabel={t("noShowContests.working")}
                  variant="primary"
                />
                <ActionButton
                  id={`reject-${r.id}`}
                  action={decideContestAction}
                  fields={{ recordId: r.id, outcome: "rejected" }}
                  label={t("noShowContests.reject")}
                  hint={t("noShowContests.rejectHint")}
                  pendingLabel={t("noShowContests.working")}
                />
              </div>
            </li>
          ))}
        </ul>
      )}
    </SiteFrame>
  );
}
