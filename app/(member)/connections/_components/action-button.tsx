"use client";

import { useActionState, useState } from "react";
import { useFormStatus } from "react-dom";
import { FormAlert } from "@/app/_components/form-alert";
import type { ActionResult } from "@/lib/action";

type Action = (previous: unknown, form: FormData) => Promise<ActionResult<unknown>>;
type Variant = "primary" | "secondary" | "danger";
/** A second step for what cannot be undone in one tap: the question and its two answers. */
export interface Confirm {
  question: string;
  yes: string;
  no: string;
}

const variants: Record<Variant, string> = {
  primary: "bg-brand-700 font-bold text-white hover:bg-brand-800",
  secondary: "border border-stone-400 bg-white font-medium text-stone-900 hover:bg-stone-100",
  danger: "border border-red-700 bg-white font-medium text-red-800 hover:bg-red-50",
};
const buttonClass = (variant: Variant) => `min-h-11 rounded-xl px-5 py-2 text-left disabled:opacity-70 ${variants[variant]}`;

interface PendingProps {
  label: string;
  pendingLabel: string;
  variant: Variant;
  name?: string;
  describedBy?: string;
  autoFocus?: boolean;
}

function PendingButton({ label, pendingLabel, variant, name, describedBy, autoFocus }: PendingProps) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      autoFocus={autoFocus}
      aria-label={name}
      aria-describedby={describedBy}
      className={buttonClass(variant)}
    >
      {pending ? pendingLabel : label}
    </button>
  );
}

/** One button that runs one server action, with its hint, its refusal and (optionally) its success shown beside it. */
export function ActionButton({
  action,
  fields = {},
  label,
  pendingLabel,
  name,
  hint,
  done,
  confirm,
  variant = "secondary",
  id,
}: {
  action: Action;
  /** Hidden form fields; an undefined value is left out. */
  fields?: Record<string, string | undefined>;
  label: string;
  pendingLabel: string;
  /** A fuller accessible name, when the same label repeats down a list; it must contain the label. */
  name?: string;
  hint?: string;
  done?: string;
  confirm?: Confirm;
  variant?: Variant;
  id: string;
}) {
  const [state, run] = useActionState(action, null);
  // Focus follows the question and comes back when it is answered "no".
  const [asking, setAsking] = useState<"no" | "asking" | "declined">("no");
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <form action={run} className="flex flex-col items-start gap-2">
      {Object.entries(fields).map(([key, value]) => value !== undefined && <input key={key} type="hidden" name={key} value={value} />)}
      {state && !state.ok && <FormAlert message={state.error} />}
      {state?.ok && done && (
        <p role="status" className="font-medium text-brand-800">
          {done}
        </p>
      )}
      {confirm && asking !== "asking" ? (
        <button
          type="button"
          onClick={() => setAsking("asking")}
          autoFocus={asking === "declined"}
          aria-label={name}
          aria-describedby={hintId}
          className={buttonClass(variant)}
        >
          {label}
        </button>
      ) : confirm ? (
        <div
          role="group"
          aria-labelledby={`${id}-question`}
          className="flex flex-col gap-3 rounded-xl border border-stone-300 bg-stone-50 p-4"
        >
          <p id={`${id}-question`} className="font-medium">
            {confirm.question}
          </p>
          <div className="flex flex-wrap gap-3">
            <PendingButton label={confirm.yes} pendingLabel={pendingLabel} variant={variant} autoFocus />
            <button type="button" onClick={() => setAsking("declined")} className={buttonClass("secondary")}>
              {confirm.no}
            </button>
          </div>
        </div>
      ) : (
        <PendingButton label={label} pendingLabel={pendingLabel} variant={variant} name={name} describedBy={hintId} />
      )}
      {hint && (
        <p id={hintId} className="text-sm text-stone-600">
          {hint}
        </p>
      )}
    </form>
  );
}
