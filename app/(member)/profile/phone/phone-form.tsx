"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Field, inputClass } from "@/app/_components/field";
import { FormAlert } from "@/app/_components/form-alert";
import { SubmitButton } from "@/app/_components/submit-button";
import { changePhoneAction } from "../actions";

/** A new number: stored unverified, and a code is sent to it at once. */
export function PhoneForm({ label, submit }: { label: string; submit: string }) {
  const t = useTranslations("phone");
  const [state, action] = useActionState(changePhoneAction, null);
  const [phone, setPhone] = useState("");
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      {state && !state.ok && !errors.phone && <FormAlert message={state.error} />}
      <Field id="phone" label={label} hint={t("phoneHint")} error={errors.phone}>
        {(p) => (
          <input
            {...p}
            name="phone"
            value={phone}
            onChange={(e) => setPhone(e.target.value)}
            type="tel"
            inputMode="tel"
            autoComplete="tel-national"
            className={`${inputClass} max-w-72 text-lg`}
          />
        )}
      </Field>
      <SubmitButton label={submit} pendingLabel={t("sending")} />
    </form>
  );
}
