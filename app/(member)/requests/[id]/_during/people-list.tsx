import { getTranslations } from "next-intl/server";
import type { Collector, EmergencyContact } from "@/lib/children";
import { formatPhoneJa } from "@/lib/members/phone";
import { cardClass } from "./styles";

/** Emergency contacts or adults who may collect, each number one tap from a call. */
export async function PeopleList({ people }: { people: (EmergencyContact | Collector)[] }) {
  const t = await getTranslations("careDuring.details");
  if (people.length === 0) return <p className="text-stone-700">{t("nobody")}</p>;
  return (
    <ul className={`${cardClass} divide-y divide-stone-200`}>
      {people.map((p, i) => (
        <li key={i} className="flex flex-wrap items-center gap-x-3 gap-y-1 px-4 py-3">
          <span className="font-medium">{p.name}</span>
          {p.relation && <span className="text-stone-700">{p.relation}</span>}
          {p.phone && (
            <a
              href={`tel:${p.phone}`}
              aria-label={t("call", { name: p.name })}
              className="inline-flex min-h-11 items-center font-bold text-brand-800 underline sm:ml-auto"
            >
              {formatPhoneJa(p.phone)}
            </a>
          )}
        </li>
      ))}
    </ul>
  );
}
