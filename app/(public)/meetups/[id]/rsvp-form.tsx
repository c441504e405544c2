"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Field, inputClass } from "@/app/_components/field";
import { FormAlert } from "@/app/_components/form-alert";
import { SubmitButton } from "@/app/_components/submit-button";
import { rsvpAction } from "../actions";

/** How many adults and children are coming; the server decides a seat or the waitlist. */
export function RsvpForm({
  meetupId,
  maxAdults,
  maxChildren,
  submitLabel,
}: {
  meetupId: string;
  maxAdults: number;
  maxChildren: number;
  submitLabel: string;
}) {
  const t = useTranslations("meetups");
  const [state, action] = useActionState(rsvpAction, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <form action={action} className="mt-4 flex flex-col gap-4" noValidate>
      <input type="hidden" name="meetupId" value={meetupId} />
      {state && !state.ok && <FormAlert message={state.error} />}
      <div className="grid grid-cols-2 gap-4">
        <CountField name="adults" label={t("adults")} error={errors.adults} initial="1" min={1} max={maxAdults} />
        <CountField name="children" label={t("children")} error={errors.children} initial="0" min={0} max={maxChildren} />
      </div>
      <SubmitButton label={submitLabel} pendingLabel={t("rsvpSending")} />
    </form>
  );
}

/** A number of people. Controlled, so that it survives a refusal (React resets a form after its action). */
function CountField({
  name,
  label,
  error,
  initial,
  min,
  max,
}: {
  name: string;
  label: string;
  error: string | undefined;
  initial: string;
  min: number;
  max: number;
}) {
  const [value, setValue] = useState(initial);
  return (
    <Field id={name} label={label} error={error}>
      {(p) => (
        <input
          {...p}
          name={name}
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          value={value}
          onChange={(e) => setValue(e.target.value)}
          className={inputClass}
        />
      )}
    </Field>
  );
}
