import { useTranslations } from "next-intl";

/** Severity, serious kind and whether it was handled, in words and colour. */
export function Badges({
  severity,
  seriousKind,
  handled,
}: {
  severity: "minor" | "serious";
  seriousKind: string | null;
  handled: boolean;
}) {
  const t = useTranslations();
  return (
    <span className="flex flex-wrap items-center gap-2">
      <span
        className={`rounded px-2 py-0.5 text-sm font-bold ${severity === "serious" ? "bg-red-100 text-red-900" : "bg-stone-100 text-stone-800"}`}
      >
        {t(`careDuring.incident.severity.${severity}`)}
      </span>
      {seriousKind && <span className="font-bold text-red-900">{t(`careDuring.incident.kinds.${seriousKind}`)}</span>}
      <span className={`rounded px-2 py-0.5 text-sm ${handled ? "bg-brand-50 text-brand-900" : "bg-amber-100 text-amber-950"}`}>
        {t(handled ? "adminIncidents.handled" : "adminIncidents.open")}
      </span>
    </span>
  );
}
