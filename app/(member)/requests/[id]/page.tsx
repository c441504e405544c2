import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import Link from "@/app/_components/link";
import { SiteFrame } from "@/app/_components/site-frame";
import { StatusNote } from "@/app/(member)/children/_components/status-note";
import { db } from "@/db";
import { requestDetail } from "@/db/queries/care-request-views";
import { requireMember } from "@/lib/auth/viewer";
import { effectiveState, endedBySystem, isOpenState } from "@/lib/care";
import { statusFor } from "@/lib/care/view";
import { reportedMember } from "@/lib/safety/reports";
import { ReportLink } from "../../report/report-link";
import { linkClass } from "../_components/styles";
import { AfterMatchSection } from "./_after/section";
import { SafetySection } from "./_during/section";
import { Answer } from "./_view/answer";
import { ClosedNote } from "./_view/closed-note";
import { Matched } from "./_view/matched";
import { ParentOpen } from "./_view/parent-open";
import { StatusBadge } from "./_view/status-badge";
import { RequestSummary } from "./_view/summary";
import { viewerCare } from "./_view/viewer-care";

const DONE = new Set(["posted", "offered", "declined", "chosen", "withdrawn"]);

export default async function RequestPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ done?: string }>;
}) {
  const viewer = await requireMember();
  const { id } = await params;
  const { done } = await searchParams;
  const now = new Date();
  const detail = await requestDetail(db(), id, viewer.userId, viewerCare);
  if (!detail) notFound();
  const t = await getTranslations("care");
  const { request, role } = detail;
  const state = effectiveState({ state: request.state, start: request.startAt, end: request.endAt }, now);
  const status = statusFor(role, state);
  const matched = role !== "recipient" && request.helperId !== null;
  const sectionProps = { requestId: request.id, role, state, startAt: request.startAt, endAt: request.endAt, viewerId: viewer.userId };
  return (
    <SiteFrame>
      <Link href="/requests" className={`${linkClass} inline-flex min-h-11 items-center`}>
        {t("backToList")}
      </Link>
      <h1 className="mt-2 text-2xl font-bold">{t(`kindTitle.${request.kind}`)}</h1>
      <p className="mt-2 flex flex-wrap items-center gap-3">
        <StatusBadge status={status} />
        {role !== "parent" && <span className="text-stone-700">{t("from", { name: detail.parentName })}</span>}
      </p>
      {done && DONE.has(done) && <StatusNote message={t(`done.${done}`)} />}
      {/* Sections with nothing to show render nothing, so the gap only falls between real ones. */}
      <div className="mt-6 flex flex-col gap-6">
        <RequestSummary detail={detail} />
        {role === "parent" && isOpenState(state) && <ParentOpen detail={detail} viewer={viewer} now={now} />}
        {role === "recipient" && isOpenState(state) && <Answer detail={detail} viewerId={viewer.userId} />}
        {matched && <Matched detail={detail} />}
        <ClosedNote status={status} role={role} ended={state === "withdrawn" && endedBySystem(request)} />
        <SafetySection {...sectionProps} />
        <AfterMatchSection {...sectionProps} />
      </div>
      {reportedMember({ kind: "care" }, role, request) && (
        <p className="mt-8 border-t border-stone-200 pt-4">
          <ReportLink target="care" id={request.id} />
        </p>
      )}
    </SiteFrame>
  );
}
