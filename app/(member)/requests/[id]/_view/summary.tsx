import { getLocale, getTranslations } from "next-intl/server";
import type { RequestDetail } from "@/db/queries/care-request-views";
import { minutesBetween } from "@/lib/care/post/times";
import { joinNames } from "@/lib/i18n/list";
import type { Locale } from "@/lib/i18n/locales";
import { ageOnDate } from "@/lib/time/dates";
import { formatDate, formatTime } from "@/lib/time/format";
import { tokyoDate } from "@/lib/time/tokyo";
import { ReportLink } from "../../../report/report-link";
import { durationParts } from "../../_components/money";
import { cardClass } from "../../_components/styles";

/** What is asked: when, for whom, where, and the parent's notes. */
export async function RequestSummary({ detail }: { detail: RequestDetail }) {
  const t = await getTranslations("care");
  const locale = (await getLocale()) as Locale;
  const { request: r } = detail;
  const careDate = tokyoDate(r.startAt);
  const rows: [string, React.ReactNode][] = [
    [
      t("summary.when"),
      t("when", { date: formatDate(r.startAt, locale), start: formatTime(r.startAt, locale), end: formatTime(r.endAt, locale) }),
    ],
    [t("summary.length"), t("duration", durationParts(minutesBetween(r.startAt, r.endAt)))],
    [
      t("summary.children"),
      joinNames(
        detail.children.map((c) => t("childWithAge", { name: c.name, age: ageOnDate(c.birthDate, careDate) })),
        locale,
      ),
    ],
  ];
  if (r.place) rows.push([t("summary.place"), r.placeNote ? `${t(`place.${r.place}`)}(${r.placeNote})` : t(`place.${r.place}`)]);
  if (r.pickupPlace) rows.push([t("summary.route"), t("route", { from: r.pickupPlace, to: r.dropoffPlace ?? "" })]);
  rows.push([t("summary.meal"), t(r.mealNeeded ? "summary.mealYes" : "summary.mealNo")]);
  // The parent's note is a message to everyone asked: they can report it.
  if (r.notes)
    rows.push([
      t("summary.notes"),
      detail.role === "parent" ? (
        r.notes
      ) : (
        <>
          {r.notes}
          <span className="block">
            <ReportLink target="care" id={r.id} message="request_note" />
          </span>
        </>
      ),
    ]);
  return (
    <dl className={`${cardClass} divide-y divide-stone-200`}>
      {rows.map(([label, value]) => (
        <div key={label} className="grid gap-1 px-4 py-3 sm:grid-cols-3">
          <dt className="text-sm font-medium text-stone-700">{label}</dt>
          <dd className="whitespace-pre-line sm:col-span-2">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
