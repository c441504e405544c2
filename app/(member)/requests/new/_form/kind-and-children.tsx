"use client";

import { useTranslations } from "next-intl";
import Link from "@/app/_components/link";
import { CARE_KINDS } from "@/lib/care/post/choices";
import { childAgeProblem } from "@/lib/insurance";
import { ageOnDate, isRealDate } from "@/lib/time/dates";
import { choiceClass, linkClass } from "../../_components/styles";
import { ChoiceGroup } from "./choice-group";
import { type Errors, type FormOptions, type RequestValues, type SetValues, toggle } from "./values";

export function KindChoice({ values, set, errors }: { values: RequestValues; set: SetValues; errors: Errors }) {
  const t = useTranslations("care");
  return (
    <ChoiceGroup name="kind" legend={t("form.kind")} error={errors.kind}>
      <div className="grid gap-2 sm:grid-cols-3">
        {CARE_KINDS.map((k) => (
          <label key={k} className={choiceClass}>
            <input type="radio" name="kind" value={k} checked={values.kind === k} onChange={() => set({ kind: k })} className="size-5" />
            <span className="font-medium">{t(`kind.${k}`)}</span>
          </label>
        ))}
      </div>
    </ChoiceGroup>
  );
}

/** The parent's children; one too young or too old on the chosen day cannot be ticked, and says why. */
export function ChildChoice({
  values,
  set,
  errors,
  options,
}: {
  values: RequestValues;
  set: SetValues;
  errors: Errors;
  options: FormOptions;
}) {
  const t = useTranslations("care");
  const day = isRealDate(values.date) ? values.date : options.today;
  if (options.children.length === 0) {
    return (
      <p className="rounded-xl border border-dashed border-stone-300 p-4">
        {t("form.noChildren")}{" "}
        <Link href="/children/new" className={linkClass}>
          {t("form.addChild")}
        </Link>
      </p>
    );
  }
  return (
    <ChoiceGroup name="children" legend={t("form.children")} hint={t("form.childrenHint")} error={errors.children}>
      {options.children.map((c) => {
        const problem = childAgeProblem(c.birthDate, day);
        return (
          <label key={c.id} className={choiceClass}>
            <input
              type="checkbox"
              name="children[]"
              value={c.id}
              disabled={problem !== null}
              checked={problem === null && values.children.includes(c.id)}
              onChange={(e) => set({ children: toggle(values.children, c.id, e.target.checked) })}
              className="size-5 shrink-0"
            />
            <span className="flex flex-col">
              <span className="font-medium">
                {c.name}
                <span className="ml-2 font-normal text-stone-700">{t("age", { age: ageOnDate(c.birthDate, day) })}</span>
              </span>
              {problem && <span className="text-sm text-stone-700">{t(`form.${problem}`)}</span>}
            </span>
          </label>
        );
      })}
    </ChoiceGroup>
  );
}
