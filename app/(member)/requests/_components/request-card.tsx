import { useLocale, useTranslations } from "next-intl";
import Link from "@/app/_components/link";
import type { CareKind } from "@/lib/care/post/schema";
import type { StatusKey } from "@/lib/care/view";
import { joinNames } from "@/lib/i18n/list";
import type { Locale } from "@/lib/i18n/locales";
import { formatDate, formatTime } from "@/lib/time/format";
import { StatusBadge } from "../[id]/_view/status-badge";
import { cardClass } from "./styles";

/** One request in a list: what, when, for whom, its status, and one line about where it stands. */
export function RequestCard({
  id,
  kind,
  startAt,
  endAt,
  children,
  status,
  line,
}: {
  id: string;
  kind: CareKind;
  startAt: Date;
  endAt: Date;
  children: string[];
  status: StatusKey;
  line: string;
}) {
  const t = useTranslations("care");
  const locale = useLocale() as Locale;
  return (
    <Link href={`/requests/${id}`} className={`${cardClass} flex flex-col gap-1 p-4 hover:border-brand-600`}>
      <span className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <span className="text-lg font-bold text-brand-900">{t(`kind.${kind}`)}</span>
        <StatusBadge status={status} />
      </span>
      <span>{t("when", { date: formatDate(startAt, locale), start: formatTime(startAt, locale), end: formatTime(endAt, locale) })}</span>
      <span className="text-stone-700">{joinNames(children, locale)}</span>
      <span className="text-sm text-stone-700">{line}</span>
    </Link>
  );
}
