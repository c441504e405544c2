import { notFound } from "next/navigation";
import Link from "@/app/_components/link";
import { SiteFrame } from "@/app/_components/site-frame";
import { ActionButton } from "@/app/(member)/connections/_components/action-button";
import { afterFormat } from "@/app/(member)/requests/[id]/_after/format";
import { db } from "@/db";
import { findDispute } from "@/db/queries/care-disputes";
import { requireAdmin } from "@/lib/auth/viewer";
import { isUuid } from "@/lib/ids";
import type { Expense } from "@/lib/thanks";
import { resolveDisputeAction } from "../actions";

/** One dispute: what was agreed, what was reported, what the parent says; and the two ways to decide. */
export default async function DisputePage({ params }: { params: Promise<{ id: string }> }) {
  await requireAdmin();
  const { id } = await params;
  const row = isUuid(id) ? await findDispute(db(), id) : null;
  if (!row) notFound();
  const f = await afterFormat();
  const { t } = f;
  const expenses = row.expenses as Expense[];
  const fields = { requestId: row.requestId };
  return (
    <SiteFrame>
      <Link href="/admin/disputes" className="inline-flex min-h-11 items-center underline">
        {t("disputes.back")}
      </Link>
      <h1 className="mt-2 text-2xl font-bold">{t("disputes.between", { parent: row.parentName, helper: row.helperName })}</h1>
      <dl className="mt-4 flex flex-col gap-1 rounded-xl border border-stone-200 bg-white p-4">
        <dt className="font-medium">{t("summary.agreed")}</dt>
        <dd>{f.range(row.startAt, row.endAt)}</dd>
        <dt className="mt-2 font-medium">{t("summary.actual")}</dt>
        <dd>
          {t("summary.actualValue", {
            range: f.range(row.actualStartAt, row.actualEndAt),
            duration: f.duration(f.minutesBetween(row.actualStartAt, row.actualEndAt)),
          })}
        </dd>
        <dt className="mt-2 font-medium">{t("disputes.expenses")}</dt>
        <dd>
          {expenses.length === 0 ? (
            t("summary.noExpenses")
          ) : (
            <ul>
              {expenses.map((e, i) => (
                <li key={i}>
                  {t("receipt.expenseLine", { kind: t(`expenseKind.${e.kind}`), label: e.label })} {f.yen(e.yen)}
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt className="mt-2 font-medium">{t("disputes.reason")}</dt>
        <dd className="whitespace-pre-line">{row.disputeReason}</dd>
        {row.disputedAt && <dd className="text-sm text-stone-700">{t("disputes.disputedAt", { date: f.dateTime(row.disputedAt) })}</dd>}
      </dl>
      <div className="mt-6 flex flex-col gap-4">
        <ActionButton
          id="resolve-completed"
          action={resolveDisputeAction}
          fields={{ ...fields, outcome: "completed" }}
          label={t("disputes.resolveCompleted")}
          hint={t("disputes.resolveCompletedHint")}
          pendingLabel={t("disputes.working")}
          variant="primary"
        />
        <ActionButton
          id="resolve-reported"
          action={resolveDisputeAction}
          fields={{ ...fields, outcome: "reported" }}
          label={t("disputes.resolveReported")}
          hint={t("disputes.resolveReportedHint")}
          pendingLabel={t("disputes.working")}
        />
      </div>
    </SiteFrame>
  );
}
