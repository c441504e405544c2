"use client";

import { useTranslations } from "next-intl";
import { Field, inputClass } from "@/app/_components/field";
import { CARE_PLACES, needsPlace, needsRoute, TEXT_LIMITS } from "@/lib/care/post/choices";
import { choiceClass, textareaClass } from "../../_components/styles";
import { ChoiceGroup } from "./choice-group";
import type { Errors, RequestValues, SetValues } from "./values";

export function PlaceFields({ values, set, errors }: { values: RequestValues; set: SetValues; errors: Errors }) {
  const t = useTranslations("care");
  const common = useTranslations("common");
  const req = { required: true, requiredLabel: common("required") };
  const line = (name: "placeNote" | "pickupPlace" | "dropoffPlace", required: boolean) => (
    <Field id={name} label={t(`form.${name}`)} hint={t(`form.${name}Hint`)} error={errors[name]} {...(required ? req : {})}>
      {(p) => (
        <input
          {...p}
          name={name}
          value={values[name]}
          maxLength={TEXT_LIMITS.place}
          onChange={(e) => set({ [name]: e.target.value })}
          className={inputClass}
        />
      )}
    </Field>
  );
  return (
    <div className="flex flex-col gap-5">
      {needsPlace(values.kind) && (
        <>
          <ChoiceGroup name="place" legend={t("form.place")} error={errors.place}>
            {CARE_PLACES.map((p) => (
              <label key={p} className={choiceClass}>
                <input
                  type="radio"
                  name="place"
                  value={p}
                  checked={values.place === p}
                  onChange={() => set({ place: p })}
                  className="size-5"
                />
                <span className="font-medium">{t(`place.${p}`)}</span>
              </label>
            ))}
          </ChoiceGroup>
          {line("placeNote", false)}
        </>
      )}
      {needsRoute(values.kind) && (
        <>
          {line("pickupPlace", true)}
          {line("dropoffPlace", true)}
        </>
      )}
      <label className={choiceClass}>
        <input
          type="checkbox"
          name="mealNeeded"
          checked={values.mealNeeded}
          onChange={(e) => set({ mealNeeded: e.target.checked })}
          className="size-5"
        />
        <span className="font-medium">{t("form.mealNeeded")}</span>
      </label>
      <Field id="notes" label={t("form.notes")} hint={t("form.notesHint")} error={errors.notes}>
        {(p) => (
          <textarea
            {...p}
            name="notes"
            rows={3}
            value={values.notes}
            maxLength={TEXT_LIMITS.notes}
            onChange={(e) => set({ notes: e.target.value })}
            className={textareaClass}
          />
        )}
      </Field>
    </div>
  );
}
