import { useTranslations } from "next-intl";
import type { StatusKey } from "@/lib/care/view";
import { tagClass } from "../../_components/styles";

const TONE: Partial<Record<StatusKey, string>> = {
  open: "border-sky-200 bg-sky-50 text-sky-900",
  offered: "border-brand-100 bg-brand-50 text-brand-900",
  matched: "border-brand-700 bg-brand-700 text-white",
  solved: "border-brand-100 bg-brand-50 text-brand-900",
  expired: "border-stone-300 bg-stone-100 text-stone-800",
  withdrawn: "border-stone-300 bg-stone-100 text-stone-800",
  cancelled: "border-stone-300 bg-stone-100 text-stone-800",
};

export function StatusBadge({ status }: { status: StatusKey }) {
  const t = useTranslations("care.status");
  return <span className={`${tagClass} ${TONE[status] ?? "border-amber-200 bg-amber-50 text-amber-900"}`}>{t(status)}</span>;
}
