"use client";

import { useActionState } from "react";
import { inputClass } from "@/app/_components/field";
import { FormAlert } from "@/app/_components/form-alert";
import { SubmitButton } from "@/app/_components/submit-button";
import type { ActionResult } from "@/lib/action";

type Action = (previous: unknown, form: FormData) => Promise<ActionResult<{ name: string }>>;

/** One member found by name: how many adults and children came, then one tap adds and checks them in. */
export function WalkInForm({
  action,
  meetupId,
  memberId,
  name,
  max,
  labels,
}: {
  action: Action;
  meetupId: string;
  memberId: string;
  name: string;
  /** The largest number of adults or of children one walk-in may bring. */
  max: number;
  labels: { adults: string; children: string; add: string; adding: string; added: string };
}) {
  const [state, run] = useActionState(action, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const field = (key: "adults" | "children", initial: number) => {
    const id = `${key}-${memberId}`;
    return (
      <div className="flex flex-col gap-1">
        <label htmlFor={id} className="text-sm font-medium">
          {labels[key]}
        </label>
        <input
          id={id}
          name={key}
          type="number"
          inputMode="numeric"
          min={key === "adults" ? 1 : 0}
          max={max}
          defaultValue={initial}
          aria-invalid={errors[key] ? true : undefined}
          aria-describedby={errors[key] ? `${id}-error` : undefined}
          className={`${inputClass} w-20`}
        />
        {errors[key] && (
          <p id={`${id}-error`} className="text-sm font-medium text-red-800">
            {errors[key]}
          </p>
        )}
      </div>
    );
  };
  return (
    <form action={run} aria-label={name} className="flex flex-col gap-2">
      <input type="hidden" name="meetupId" value={meetupId} />
      <input type="hidden" name="memberId" value={memberId} />
      {state && !state.ok && <FormAlert message={state.error} />}
      {state?.ok ? (
        <p role="status" className="font-medium text-brand-800">
          {labels.added}
        </p>
      ) : (
        <div className="flex flex-wrap items-end gap-3">
          {field("adults", 1)}
          {field("children", 0)}
          <SubmitButton label={labels.add} pendingLabel={labels.adding} />
        </div>
      )}
    </form>
  );
}
