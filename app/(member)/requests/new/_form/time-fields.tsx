"use client";

import { useTranslations } from "next-intl";
import { Field, inputClass } from "@/app/_components/field";
import { TIME_OPTIONS } from "@/lib/care/post/times";
import type { Errors, RequestValues, SetValues } from "./values";

export function TimeFields({ values, set, errors, today }: { values: RequestValues; set: SetValues; errors: Errors; today: string }) {
  const t = useTranslations("care.form");
  const common = useTranslations("common");
  const req = { required: true, requiredLabel: common("required") };
  const clock = (name: "startTime" | "endTime") => (
    <Field id={name} label={t(name)} error={errors[name]} {...req}>
      {(p) => (
        <select {...p} name={name} value={values[name]} onChange={(e) => set({ [name]: e.target.value })} className={inputClass}>
          <option value="">{t("chooseTime")}</option>
          {TIME_OPTIONS.map((o) => (
            <option key={o} value={o}>
              {o.replace(/^0/, "")}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
  return (
    <div className="flex flex-col gap-4">
      <Field id="date" label={t("date")} error={errors.date} {...req}>
        {(p) => (
          <input
            {...p}
            type="date"
            name="date"
            min={today}
            value={values.date}
            onChange={(e) => set({ date: e.target.value })}
            className={inputClass}
          />
        )}
      </Field>
      <div className="grid grid-cols-2 gap-3">
        {clock("startTime")}
        {clock("endTime")}
      </div>
      <p className="-mt-2 text-sm text-stone-600">{t("timeHint")}</p>
    </div>
  );
}
