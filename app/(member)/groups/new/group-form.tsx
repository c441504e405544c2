"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Field, inputClass } from "@/app/_components/field";
import { FormAlert } from "@/app/_components/form-alert";
import { SubmitButton } from "@/app/_components/submit-button";
import { GROUP_KINDS } from "@/lib/groups/kinds";
import { createGroupAction } from "../actions";

export function GroupForm() {
  const t = useTranslations("groups");
  const common = useTranslations("common");
  const [state, action] = useActionState(createGroupAction, null);
  const [name, setName] = useState("");
  const [kind, setKind] = useState("");
  const errors = state && !state.ok ? state.fieldErrors : {};
  const req = { required: true, requiredLabel: common("required") };
  return (
    <form action={action} className="mt-6 flex flex-col gap-5" noValidate>
      {state && !state.ok && <FormAlert message={state.error} />}
      <Field id="name" label={t("name")} hint={t("nameHint")} error={errors.name} {...req}>
        {(p) => <input {...p} name="name" value={name} onChange={(e) => setName(e.target.value)} className={inputClass} />}
      </Field>
      <Field id="kind" label={t("kindLabel")} error={errors.kind} {...req}>
        {(p) => (
          <select {...p} name="kind" value={kind} onChange={(e) => setKind(e.target.value)} className={inputClass}>
            <option value="">{t("chooseKind")}</option>
            {GROUP_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kind.${k}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <SubmitButton label={t("submit")} pendingLabel={t("creating")} />
    </form>
  );
}
