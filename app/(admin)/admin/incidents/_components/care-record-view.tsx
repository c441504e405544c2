import { getLocale, getTranslations } from "next-intl/server";
import { FactsList } from "@/app/_components/facts-list";
import type { CareRecord } from "@/lib/care/during/care-record";
import { joinList, joinNames } from "@/lib/i18n/list";
import type { Locale } from "@/lib/i18n/locales";
import { formatDateTime, formatTime } from "@/lib/time/format";

/** The care as frozen with the report: what the platform and the insurer answer from. */
export async function CareRecordView({ record }: { record: CareRecord }) {
  const t = await getTranslations("adminIncidents");
  const safety = await getTranslations("careDuring");
  const locale = (await getLocale()) as Locale;
  const r = record.request;
  const place = joinList(
    [r.place && t(`places.${r.place}`), r.placeNote].filter((p): p is string => Boolean(p)),
    locale,
  );
  const route = r.pickupPlace || r.dropoffPlace ? t("route", { from: r.pickupPlace ?? "—", to: r.dropoffPlace ?? "—" }) : "";
  const rows: [string, React.ReactNode][] = [
    [t("kind"), t(`kinds.${r.kind}`)],
    [t("time"), t("timeRange", { start: formatDateTime(new Date(r.startAt), locale), end: formatTime(new Date(r.endAt), locale) })],
    [t("place"), [place, route].filter(Boolean).join(" / ") || "—"],
    [
      t("children"),
      joinNames(
        record.children.map((c) => `${c.name}(${safety("age", { age: c.ageYears })})`),
        locale,
      ),
    ],
    [t("parent"), record.parent.name],
    [t("helper"), record.helper?.name ?? "—"],
    [t("insurance"), record.insured === null ? "—" : t(record.insured ? "insured" : "notInsured")],
  ];
  return (
    <>
      <FactsList rows={rows} />
      <details className="mt-3 rounded-xl border border-stone-200 bg-white">
        <summary className="flex min-h-11 cursor-pointer items-center px-4 font-medium">{t("snapshot")}</summary>
        <pre className="overflow-x-auto border-t border-stone-200 p-4 text-xs">{JSON.stringify(record.insuranceSnapshot, null, 2)}</pre>
      </details>
    </>
  );
}
