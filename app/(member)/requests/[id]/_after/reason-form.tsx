"use client";

import { useActionState, useState } from "react";
import { useFormStatus } from "react-dom";
import { Field } from "@/app/_components/field";
import { FormAlert } from "@/app/_components/form-alert";
import type { ActionResult } from "@/lib/action";
import { REASON_MAX } from "@/lib/care/after/limits";
import { dangerOutlineButtonClass, secondaryButtonClass, summaryClass, textareaClass } from "./styles";

type Action = (previous: unknown, form: FormData) => Promise<ActionResult<unknown>>;

function Submit({ label, pendingLabel, danger }: { label: string; pendingLabel: string; danger: boolean }) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      className={`${danger ? dangerOutlineButtonClass : secondaryButtonClass} self-start disabled:opacity-70`}
    >
      {pending ? pendingLabel : label}
    </button>
  );
}

/**
 * A step that needs a written reason (cancelling, a no-show, a dispute), folded away behind its
 * name so that it is never the first thing under a thumb.
 */
export function ReasonForm({
  id,
  action,
  fields,
  open,
  intro,
  notes = [],
  label,
  submit,
  pending,
  required,
  danger = true,
}: {
  id: string;
  action: Action;
  /** The hidden fields naming what the step is about (usually { requestId }). */
  fields: Record<string, string>;
  open: string;
  intro: string;
  notes?: string[];
  label: string;
  submit: string;
  pending: string;
  required: string;
  danger?: boolean;
}) {
  const [state, run] = useActionState(action, null);
  const [reason, setReason] = useState("");
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <details className="group">
      <summary className={summaryClass}>{open}</summary>
      <form action={run} className="mt-3 flex flex-col gap-4" noValidate>
        {Object.entries(fields).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <p className="text-stone-800">{intro}</p>
        {notes.map((note) => (
          <p key={note} className="rounded-xl border border-amber-300 bg-amber-50 p-3 text-amber-950">
            {note}
          </p>
        ))}
        {state && !state.ok && <FormAlert message={state.error} />}
        <Field id={`${id}-reason`} label={label} error={errors.reason} required requiredLabel={required}>
          {(p) => (
            <textarea
              {...p}
              name="reason"
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              maxLength={REASON_MAX}
              className={textareaClass}
            />
          )}
        </Field>
        <Submit label={submit} pendingLabel={pending} danger={danger} />
      </form>
    </details>
  );
}
