"use client";

import { useTranslations } from "next-intl";
import { Field, inputClass } from "@/app/_components/field";
import { CARE_PURPOSES } from "@/lib/care/purposes";
import type { Errors, RequestValues, SetValues } from "./values";

/** Optional: what the care is for (the ファミサポ report's activity categories). */
export function PurposeField({ values, set, errors }: { values: RequestValues; set: SetValues; errors: Errors }) {
  const t = useTranslations("care");
  return (
    <Field id="purpose" label={t("form.purpose")} hint={t("form.purposeHint")} error={errors.purpose}>
      {(p) => (
        <select
          {...p}
          name="purpose"
          value={values.purpose}
          onChange={(e) => set({ purpose: e.target.value as RequestValues["purpose"] })}
          className={inputClass}
        >
          <option value="">{t("form.purposeNone")}</option>
          {CARE_PURPOSES.map((k) => (
            <option key={k} value={k}>
              {t(`purpose.${k}`)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
