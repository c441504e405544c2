import { getTranslations } from "next-intl/server";
import type { CareDetails } from "@/lib/care/workflows/open-care-details";
import { PeopleList } from "./people-list";
import { cardClass, noticeClass, subheadingClass } from "./styles";

type Child = CareDetails["children"][number];

/** One child's care details as the helper needs them during the care: health first, then who to call. */
export async function ChildDetails({ child }: { child: Child }) {
  const t = await getTranslations("careDuring");
  const { details } = child;
  const id = `child-${child.id}`;
  const entry = (label: string, value: string, alert = false) => (
    <div className="grid gap-1 px-4 py-3 sm:grid-cols-3">
      <dt className="text-sm font-medium text-stone-700">{label}</dt>
      <dd className={`whitespace-pre-line sm:col-span-2 ${alert && value ? "font-bold text-red-900" : ""}`}>{value || t("notEntered")}</dd>
    </div>
  );
  const part = (key: string, title: string, body: React.ReactNode) => (
    <section aria-labelledby={`${id}-${key}`} className="flex flex-col gap-2">
      <h3 id={`${id}-${key}`} className={subheadingClass}>
        {title}
      </h3>
      {body}
    </section>
  );
  return (
    <section aria-labelledby={id} className="flex flex-col gap-5 border-t border-stone-200 pt-6">
      <h2 id={id} className="text-2xl font-bold">
        {child.name}
        <span className="ml-3 text-base font-normal text-stone-700">{t("details.ageOnDay", { age: child.ageYears })}</span>
      </h2>
      {part(
        "health",
        t("details.health"),
        <dl className={`${cardClass} divide-y divide-stone-200`}>
          {entry(t("details.allergies"), details.allergies, true)}
          {entry(t("details.medication"), details.medication, true)}
          {entry(t("details.healthNotes"), details.healthNotes)}
        </dl>,
      )}
      {part(
        "daily",
        t("details.daily"),
        <dl className={`${cardClass} divide-y divide-stone-200`}>
          {entry(t("sheet.foodHabits"), details.foodHabits)}
          {entry(t("sheet.mayNotEat"), details.mayNotEat, true)}
          {entry(t("sheet.sleepHabits"), details.sleepHabits)}
        </dl>,
      )}
      {part("contacts", t("details.contacts"), <PeopleList people={details.emergencyContacts} />)}
      {part(
        "collectors",
        t("details.collectors"),
        <>
          <p className={`${noticeClass} font-medium`}>{t("details.collectorsNote")}</p>
          <PeopleList people={details.collectors} />
        </>,
      )}
    </section>
  );
}
