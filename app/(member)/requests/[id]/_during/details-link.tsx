import { getLocale, getTranslations } from "next-intl/server";
import Link from "@/app/_components/link";
import type { Locale } from "@/lib/i18n/locales";
import { formatDateTime } from "@/lib/time/format";
import { cardClass, primaryLinkClass, secondaryButtonClass } from "./styles";

/** The way to the children's care details: the helper's main door, the parent's preview. */
export async function DetailsLink({ requestId, role, until }: { requestId: string; role: "parent" | "helper"; until: Date }) {
  const t = await getTranslations("careDuring.detailsLink");
  const locale = (await getLocale()) as Locale;
  const href = `/requests/${requestId}/details`;
  // Never prefetched: opening the details writes the audit log, and only a real visit may do that.
  if (role === "parent") {
    return (
      <Link href={href} prefetch={false} className={`${secondaryButtonClass} w-full sm:w-auto`}>
        {t("preview")}
      </Link>
    );
  }
  return (
    <div className={`${cardClass} flex flex-col gap-3 p-4`}>
      <p className="text-stone-800">{t("explain", { until: formatDateTime(until, locale) })}</p>
      <Link href={href} prefetch={false} className={`${primaryLinkClass} w-full sm:w-auto sm:self-start`}>
        {t("open")}
      </Link>
    </div>
  );
}
