"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Field, inputClass } from "@/app/_components/field";
import { FormAlert } from "@/app/_components/form-alert";
import { SubmitButton } from "@/app/_components/submit-button";
import { rsvpAction } from "../actions";

/** How many adults and children are coming; the server decides a seat or the waitlist. */
export function RsvpForm({ meetupId, maxAdults, maxChildren }: { meetupId: string; maxAdults: number; maxChildren: number }) {
  const t = useTranslations("meetups");
  const [state, action] = useActionState(rsvpAction, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  // Controlled, so that the numbers survive a refusal (React resets a form after its action).
  const [adults, setAdults] = useState("1");
  const [children, setChildren] = useState("0");
  return (
    <form action={action} className="mt-4 flex flex-col gap-4" noValidate>
      <input type="hidden" name="meetupId" value={meetupId} />
      {state && !state.ok && <FormAlert message={state.error} />}
      <div className="grid grid-cols-2 gap-4">
        <Field id="adults" label={t("adults")} error={errors.adults}>
          {(p) => (
            <input
              {...p}
              name="adults"
              type="number"
              inputMode="numeric"
              min={1}
              max={maxAdults}
              value={adults}
              onChange={(e) => setAdults(e.target.value)}
              className={inputClass}
            />
          )}
        </Field>
        <Field id="children" label={t("children")} error={errors.children}>
          {(p) => (
            <input
              {...p}
              name="children"
              type="number"
              inputMode="numeric"
              min={0}
              max={maxChildren}
              value={children}
              onChange={(e) => setChildren(e.target.value)}
              className={inputClass}
            />
          )}
        </Field>
      </div>
      <SubmitButton label={t("rsvpSubmit")} pendingLabel={t("rsvpSending")} />
    </form>
  );
}
