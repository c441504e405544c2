"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Field, inputClass } from "@/app/_components/field";
import { FormAlert } from "@/app/_components/form-alert";
import { SubmitButton } from "@/app/_components/submit-button";
import { createMunicipalityAction } from "../actions";

const FIELDS = ["code", "prefectureJa", "prefectureEn", "nameJa", "nameEn"] as const;

export function MunicipalityForm() {
  const t = useTranslations("adminMunicipalities");
  const common = useTranslations("common");
  const [state, action] = useActionState(createMunicipalityAction, null);
  const [values, setValues] = useState<Record<string, string>>({});
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <form action={action} className="mt-4 flex max-w-xl flex-col gap-5" noValidate>
      {state && !state.ok && <FormAlert message={state.error} />}
      {FIELDS.map((f) => (
        <Field
          key={f}
          id={`m-${f}`}
          label={t(f)}
          hint={f === "code" ? t("codeHint") : undefined}
          error={errors[f]}
          required
          requiredLabel={common("required")}
        >
          {(p) => (
            <input
              {...p}
              name={f}
              value={values[f] ?? ""}
              onChange={(e) => setValues({ ...values, [f]: e.target.value })}
              inputMode={f === "code" ? "numeric" : undefined}
              className={inputClass}
            />
          )}
        </Field>
      ))}
      <SubmitButton label={t("create")} pendingLabel={t("creating")} />
    </form>
  );
}
