import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "@/app/_components/link";
import { SiteFrame } from "@/app/_components/site-frame";
import { db } from "@/db";
import { requireMember } from "@/lib/auth/viewer";
import { openCareDetails } from "@/lib/care/workflows/open-care-details";
import { appKey } from "@/lib/crypto/app-key";
import { isAppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { formatDateTime } from "@/lib/time/format";
import { ChildDetails } from "../_during/child-details";
import { Emergency } from "../_during/emergency";

/**
 * The children's care details for the chosen helper, from matching until 24 h after the end,
 * and for the parent as a preview. The helper's view is logged before anything is shown.
 */
export default async function CareDetailsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requireMember();
  const care = await openCareDetails(db(), { requestId: id, viewerId: viewer.userId, key: appKey(), now: new Date() }).catch(
    (e: unknown) => {
      if (isAppError(e) && e.code === "not_found") notFound();
      throw e;
    },
  );
  const t = await getTranslations("careDuring.details");
  const locale = (await getLocale()) as Locale;
  return (
    <SiteFrame>
      <Link href={`/requests/${id}`} className="inline-flex min-h-11 items-center font-medium text-brand-800 underline">
        {t("back")}
      </Link>
      <h1 className="mt-2 text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-stone-800">{t("intro", { until: formatDateTime(care.visibleUntil, locale) })}</p>
      <p className="mt-2 rounded-xl border border-brand-100 bg-brand-50 p-3 text-brand-900">
        {t(care.role === "helper" ? "logged" : "preview")}
      </p>
      <div className="mt-4">
        <Emergency />
      </div>
      <div className="mt-6 flex flex-col gap-8">
        {care.children.map((c) => (
          <ChildDetails key={c.id} child={c} />
        ))}
      </div>
    </SiteFrame>
  );
}
