import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "@/app/_components/link";
import { PrintButton } from "@/app/_components/print-button";
import { db } from "@/db";
import { findIncident } from "@/db/queries/care-incidents";
import { requireAdmin } from "@/lib/auth/viewer";
import { readCareRecord } from "@/lib/care/during/care-record";
import { openText } from "@/lib/care/during/sealed-texts";
import { appKey } from "@/lib/crypto/app-key";
import type { Locale } from "@/lib/i18n/locales";
import type { InsuranceDecision, InsuranceSnapshot } from "@/lib/insurance";
import { formatCalendarDate, formatDateTime, formatTime } from "@/lib/time/format";

// One A4 page per incident for the insurer: the page's own @page rule, and nothing of the site's frame.
const PRINT_CSS = "@page { size: A4; margin: 15mm; } @media print { body { background: white; } }";

type Row = [string, React.ReactNode];

function Table({ rows }: { rows: Row[] }) {
  return (
    <table className="mt-2 w-full border-collapse text-sm">
      <tbody>
        {rows.map(([label, value]) => (
          <tr key={label} className="border-b border-stone-300 align-top">
            <th scope="row" className="w-1/3 py-1 pr-3 text-left font-medium">
              {label}
            </th>
            <td className="py-1">{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * A serious incident as one printable A4 document for the insurer: what happened, the care as
 * frozen with the report, and the insurance decision with the facts it rested on (and each
 * decision after a move to another day). Admins only; a minor incident has no such document.
 */
export default async function IncidentPrintPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireAdmin();
  const incident = await findIncident(db(), id);
  if (incident?.severity !== "serious") notFound();
  const t = await getTranslations("incidentPrint");
  const inc = await getTranslations("adminIncidents");
  const ins = await getTranslations("care.insurance");
  const locale = (await getLocale()) as Locale;
  const record = readCareRecord(incident.careRecord);
  const snapshot = (record?.insuranceSnapshot ?? null) as Partial<InsuranceSnapshot> | null;
  const names = Object.fromEntries((record?.children ?? []).map((c) => [c.id, c.name]));
  const decisionText = (d: InsuranceDecision) =>
    d.insured
      ? ins("is.insured")
      : [
          ins("is.notInsured"),
          ...d.reasons.filter((r) => !r.startsWith("child_")).map((r) => ins(`reason.${r}`)),
          ...d.childReasons.map((c) => ins(`reason.${c.reason}`, { name: names[c.childId] ?? "", age: c.ageYears })),
        ].join(" ");
  // A snapshot is stored JSON: an older or partial one prints what it has, and "—" for the rest.
  const when = (iso: string | undefined) => (iso && !Number.isNaN(Date.parse(iso)) ? formatDateTime(new Date(iso), locale) : "—");
  const until = (iso: string | undefined) => (iso && !Number.isNaN(Date.parse(iso)) ? formatTime(new Date(iso), locale) : "—");
  const snapshotRows = (s: Partial<InsuranceSnapshot>): Row[] => [
    [t("decision"), s.decision ? decisionText(s.decision) : "—"],
    [t("careDate"), s.careDate ? formatCalendarDate(s.careDate, locale) : "—"],
    [t("careWindow"), `${when(s.careStart)}〜${until(s.careEnd)}`],
    [t("agreedAt"), when(s.matchedAt)],
    [t("connected"), s.areConnectedAtMatch === undefined ? "—" : s.areConnectedAtMatch ? t("yes") : t("no")],
    [
      t("adultAges"),
      s.parent && s.helper && s.adultAge !== undefined
        ? t("adultAgesValue", { parent: s.parent.ageYears, helper: s.helper.ageYears, min: s.adultAge })
        : "—",
    ],
    [t("childAges"), s.children?.map((c) => t("childAge", { name: names[c.id] ?? "—", age: c.ageYears })).join("、") || "—"],
    [t("limit"), s.liabilityLimitYen === undefined ? "—" : t("limitValue", { yen: s.liabilityLimitYen })],
    [t("ruleVersion"), s.ruleVersion ?? "—"],
  ];
  const r = record?.request;
  return (
    <main className="mx-auto max-w-[180mm] bg-white p-6 text-stone-900 print:p-0">
      <style>{PRINT_CSS}</style>
      <div className="mb-4 flex flex-wrap items-center gap-4 print:hidden">
        <Link href={`/admin/incidents/${incident.id}`} className="inline-flex min-h-11 items-center font-medium text-brand-800 underline">
          {t("back")}
        </Link>
        <PrintButton label={t("print")} primary />
      </div>
      <h1 className="text-xl font-bold">{t("title")}</h1>
      <p className="text-sm">{t("printedFrom", { id: incident.id })}</p>
      <section aria-labelledby="print-incident" className="mt-4">
        <h2 id="print-incident" className="border-b-2 border-stone-800 font-bold">
          {t("incident")}
        </h2>
        <Table
          rows={[
            [t("seriousKind"), incident.seriousKind ? t(`serious.${incident.seriousKind}`) : "—"],
            [inc("occurredAt"), formatDateTime(incident.occurredAt, locale)],
            [t("reportedAt"), formatDateTime(incident.createdAt, locale)],
            [inc("reporter"), incident.reporterName ?? "—"],
            [
              inc("description"),
              <span className="whitespace-pre-line">{openText(incident.description, "incident", incident.id, appKey())}</span>,
            ],
          ]}
        />
      </section>
      <section aria-labelledby="print-care" className="mt-4">
        <h2 id="print-care" className="border-b-2 border-stone-800 font-bold">
          {t("care")}
        </h2>
        {record && r ? (
          <Table
            rows={[
              [inc("kind"), inc(`kinds.${r.kind}`)],
              [inc("time"), `${when(r.startAt)}〜${until(r.endAt)}`],
              [
                inc("place"),
                [r.place && inc(`places.${r.place}`), r.placeNote, r.pickupPlace, r.dropoffPlace].filter(Boolean).join(" / ") || "—",
              ],
              [inc("children"), record.children.map((c) => t("childAge", { name: c.name, age: c.ageYears })).join("、")],
              [inc("parent"), record.parent.name],
              [inc("helper"), record.helper?.name ?? "—"],
              [t("recordedAt"), when(record.recordedAt)],
            ]}
          />
        ) : (
          <p className="mt-2">{inc("recordBroken")}</p>
        )}
      </section>
      <section aria-labelledby="print-insurance" className="mt-4">
        <h2 id="print-insurance" className="border-b-2 border-stone-800 font-bold">
          {t("insurance")}
        </h2>
        {snapshot ? (
          <>
            <h3 className="mt-2 text-sm font-bold">{t("atMatch")}</h3>
            <Table rows={snapshotRows(snapshot)} />
            {(snapshot.afterChanges ?? []).map((c) => (
              <div key={c.changeId}>
                <h3 className="mt-3 text-sm font-bold">{t("afterChange", { date: when(c.agreedAt) })}</h3>
                <Table rows={snapshotRows(c.snapshot)} />
              </div>
            ))}
          </>
        ) : (
          <p className="mt-2">{t("noSnapshot")}</p>
        )}
      </section>
      <p className="mt-6 text-xs">{t("footer")}</p>
    </main>
  );
}
