"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Field, inputClass } from "@/app/_components/field";
import { FormAlert } from "@/app/_components/form-alert";
import { SubmitButton } from "@/app/_components/submit-button";
import { DISTRICT_KINDS } from "@/lib/municipalities/schemas";
import { addDistrictAction } from "../actions";

export function DistrictForm({ municipalityId }: { municipalityId: string }) {
  const t = useTranslations("adminMunicipalities");
  const common = useTranslations("common");
  const [state, action] = useActionState(addDistrictAction, null);
  const [values, setValues] = useState({ kind: "", nameJa: "", nameEn: "" });
  const errors = state && !state.ok ? state.fieldErrors : {};
  const req = { required: true, requiredLabel: common("required") };
  const set = (k: keyof typeof values) => (e: { target: { value: string } }) => setValues({ ...values, [k]: e.target.value });
  return (
    <form action={action} className="mt-4 flex max-w-xl flex-col gap-4" noValidate>
      {state && !state.ok && <FormAlert message={state.error} />}
      <input type="hidden" name="municipalityId" value={municipalityId} />
      <Field id="d-kind" label={t("districtKind")} error={errors.kind} {...req}>
        {(p) => (
          <select {...p} name="kind" value={values.kind} onChange={set("kind")} className={inputClass}>
            <option value="">{t("chooseKind")}</option>
            {DISTRICT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kind.${k}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="d-nameJa" label={t("districtNameJa")} error={errors.nameJa} {...req}>
        {(p) => <input {...p} name="nameJa" value={values.nameJa} onChange={set("nameJa")} className={inputClass} />}
      </Field>
      <Field id="d-nameEn" label={t("districtNameEn")} error={errors.nameEn} {...req}>
        {(p) => <input {...p} name="nameEn" value={values.nameEn} onChange={set("nameEn")} className={inputClass} />}
      </Field>
      <SubmitButton label={t("addDistrict")} pendingLabel={t("adding")} />
    </form>
  );
}
