import { getLocale, getTranslations } from "next-intl/server";
import { ActionButton } from "@/app/(member)/connections/_components/action-button";
import { db } from "@/db";
import type { RequestDetail } from "@/db/queries/care-request-views";
import { loadRulebook } from "@/db/queries/care-rulebooks";
import { standingRecords } from "@/db/queries/standing";
import type { MemberViewer } from "@/lib/auth/viewer";
import { previewRequest } from "@/lib/care/post/preview";
import { widenStatus } from "@/lib/care/widening";
import { env } from "@/lib/env";
import type { Locale } from "@/lib/i18n/locales";
import { standingOn } from "@/lib/members/standing";
import { formatDateTime } from "@/lib/time/format";
import { tokyoDate } from "@/lib/time/tokyo";
import { PreviewPanel } from "../../_components/preview-panel";
import { withdrawRequestAction } from "../../actions";
import { Offers } from "./offers";

/** The parent's open request: the offers to choose from, the thank-you and insurance outlook, and withdrawing. */
export async function ParentOpen({ detail, viewer, now }: { detail: RequestDetail; viewer: MemberViewer; now: Date }) {
  const t = await getTranslations("care.withdraw");
  const { request } = detail;
  const { member } = viewer;
  const preview = previewRequest({
    rulebook: await loadRulebook(db(), request.rulebookKey, request.rulebookVersion),
    startAt: request.startAt,
    endAt: request.endAt,
    children: detail.children,
    parent: {
      birthDate: member.birthDate,
      status: member.status,
      singleParentVerified: standingOn(await standingRecords(db(), viewer.userId), tokyoDate(request.startAt)).singleParent,
    },
    now,
    adultAge: env().ADULT_AGE,
  });
  const widen = widenStatus(request, now);
  const tw = await getTranslations("care.widen");
  const locale = (await getLocale()) as Locale;
  return (
    <>
      <Offers requestId={request.id} recipients={detail.recipients} />
      {widen && (
        <p className="rounded-xl border border-stone-200 bg-white p-4">{tw(widen.kind, { when: formatDateTime(widen.at, locale) })}</p>
      )}
      <PreviewPanel preview={preview} names={Object.fromEntries(detail.children.map((c) => [c.id, c.name]))} />
      {/* Two steps, so a slip of the thumb does not call off a request everyone was told about. */}
      <details className="rounded-xl border border-stone-200 bg-white p-4">
        <summary className="flex min-h-11 cursor-pointer items-center font-medium text-red-800">{t("open")}</summary>
        <div className="mt-3">
          <ActionButton
            id="withdraw"
            action={withdrawRequestAction}
            fields={{ requestId: request.id }}
            label={t("button")}
            pendingLabel={t("pending")}
            hint={t("hint")}
            variant="danger"
          />
        </div>
      </details>
    </>
  );
}
