import { getLocale, getTranslations } from "next-intl/server";
import type { ChildRecord } from "@/db/queries/children";
import { type Collector, childSeat, type EmergencyContact } from "@/lib/children";
import type { Locale } from "@/lib/i18n/locales";
import { formatPhoneJa } from "@/lib/members/phone";
import { ageOnDate } from "@/lib/time/dates";
import { formatCalendarDate, formatDate } from "@/lib/time/format";
import { CareAgeNote } from "./care-age-note";
import { cardClass } from "./styles";

const SEAT_KEYS = { required: "childSeatRequired", wanted: "childSeatWanted", not_needed: "childSeatNotNeeded" } as const;

/** A child's details and pre-care sheet, section by section, as the parent (and later the chosen helper) reads them. */
export async function ChildSheet({ child, today }: { child: ChildRecord; today: string }) {
  const t = await getTranslations("children");
  const locale = (await getLocale()) as Locale;
  const { details } = child;
  const seat = childSeat(child.birthDate, today, details);
  const entry = (label: string, value: string) => (
    <Entry key={label} label={label}>
      {value || <span className="text-stone-600">{t("detail.notEntered")}</span>}
    </Entry>
  );
  return (
    <div className="mt-6 flex flex-col gap-8">
      <Section id="basic" title={t("sections.basic")}>
        <dl className={`${cardClass} divide-y divide-stone-200`}>
          <Entry label={t("detail.birthDate")}>
            {t("detail.birthDateAge", { date: formatCalendarDate(child.birthDate, locale), age: ageOnDate(child.birthDate, today) })}
            <CareAgeNote birthDate={child.birthDate} today={today} />
          </Entry>
        </dl>
      </Section>
      <Section id="health" title={t("sections.health")}>
        <dl className={`${cardClass} divide-y divide-stone-200`}>
          {entry(t("form.allergies"), details.allergies)}
          {entry(t("form.medication"), details.medication)}
          {entry(t("form.healthNotes"), details.healthNotes)}
        </dl>
        {child.healthConsentAt && (
          <p className="mt-2 text-sm text-stone-600">{t("detail.consentGiven", { date: formatDate(child.healthConsentAt, locale) })}</p>
        )}
      </Section>
      <Section id="sheet" title={t("sections.sheet")}>
        <p
          className={`mb-3 rounded-xl border p-3 font-bold ${seat === "not_needed" ? "border-stone-200 bg-white" : "border-amber-300 bg-amber-50 text-amber-950"}`}
        >
          {t(`detail.${SEAT_KEYS[seat]}`)}
        </p>
        <dl className={`${cardClass} divide-y divide-stone-200`}>
          {entry(t("form.foodHabits"), details.foodHabits)}
          {entry(t("form.mayNotEat"), details.mayNotEat)}
          {entry(t("form.sleepHabits"), details.sleepHabits)}
        </dl>
      </Section>
      <Section id="contacts" title={t("sections.contacts")}>
        <People people={details.emergencyContacts} />
      </Section>
      <Section id="collectors" title={t("sections.collectors")}>
        <People people={details.collectors} />
      </Section>
    </div>
  );
}

function Entry({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid gap-1 px-4 py-3 sm:grid-cols-3 sm:items-baseline">
      <dt className="text-sm font-medium text-stone-700">{label}</dt>
      <dd className="whitespace-pre-line sm:col-span-2">{children}</dd>
    </div>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="mb-3 text-xl font-bold text-brand-900">
        {title}
      </h2>
      {children}
    </section>
  );
}

async function People({ people }: { people: (EmergencyContact | Collector)[] }) {
  const t = await getTranslations("children.detail");
  if (people.length === 0) return <p className="text-stone-600">{t("nobody")}</p>;
  return (
    <ul className={`${cardClass} divide-y divide-stone-200`}>
      {people.map((p, i) => (
        <li key={i} className="flex flex-wrap items-center gap-x-3 gap-y-1 px-4 py-3">
          <span className="font-medium">{p.name}</span>
          {p.relation && <span className="text-stone-600">{p.relation}</span>}
          {p.phone && (
            <a
              href={`tel:${p.phone}`}
              aria-label={t("call", { name: p.name })}
              className="inline-flex min-h-11 items-center font-medium text-brand-800 underline sm:ml-auto"
            >
              {formatPhoneJa(p.phone)}
            </a>
          )}
        </li>
      ))}
    </ul>
  );
}
