import { getTranslations } from "next-intl/server";
import Link from "@/app/_components/link";
import type { Need, Needs } from "@/db/queries/needs";
import type { Locale } from "@/lib/i18n/locales";
import { formatDateTime } from "@/lib/time/format";

// Each list: its heading, the line for one care, and where on the care's page it is done.
const LISTS = [
  { key: "toReport", anchor: "#after-report" },
  { key: "toConfirm", anchor: "#after-confirm" },
  { key: "offers", anchor: "" },
  { key: "changes", anchor: "#after-change" },
] as const;

/** "What needs me now": nothing when nothing does. */
export async function NeedsSection({ needs, locale }: { needs: Needs; locale: Locale }) {
  const t = await getTranslations("needs");
  const shown = LISTS.filter((l) => needs[l.key].length > 0);
  if (shown.length === 0) return null;
  return (
    <section aria-labelledby="needs-title" className="mt-6 rounded-xl border border-amber-300 bg-amber-50 p-5">
      <h2 id="needs-title" className="text-lg font-bold text-amber-950">
        {t("title")}
      </h2>
      {shown.map((l) => (
        <div key={l.key} className="mt-3">
          <h3 className="font-bold">{t(`${l.key}.title`)}</h3>
          <ul className="mt-1 flex flex-col gap-1">
            {needs[l.key].map((n: Need) => (
              <li key={n.requestId}>
                <Link
                  href={`/requests/${n.requestId}${l.anchor}`}
                  className="inline-flex min-h-11 items-center text-brand-800 underline underline-offset-4"
                >
                  {t(`${l.key}.item`, { when: formatDateTime(n.startAt, locale), name: n.name, count: n.offers ?? 0 })}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
