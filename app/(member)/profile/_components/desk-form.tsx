"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Field, inputClass } from "@/app/_components/field";
import { FormAlert } from "@/app/_components/form-alert";
import { SubmitButton } from "@/app/_components/submit-button";
import type { ActionResult } from "@/lib/action";

/** One field of a desk form: a choice among options, a date or a line of text. */
type Common = { name: string; label: string; hint?: string; initial?: string; optional?: boolean };
export type DeskField =
  | (Common & { kind: "select"; placeholder: string; options: [string, string][] })
  | (Common & { kind: "date" | "text"; max?: string })
  | (Common & { kind: "textarea" });

type Action = (previous: unknown, form: FormData) => Promise<ActionResult<unknown>>;

export type DeskFormProps = {
  id: string;
  action: Action;
  fields: DeskField[];
  hidden?: Record<string, string>;
  submit: string;
  pending: string;
  tone?: "primary" | "danger";
  legend?: { title: string; hint?: string; names: string[] };
};

/**
 * The forms of the certification desk, member and admin side alike: labelled fields with their
 * errors, hidden ids, one submit button. Controlled, so a refused submit keeps what was typed.
 */
export function DeskForm({ id, action, fields, hidden = {}, submit, pending, tone = "primary", legend }: DeskFormProps) {
  const common = useTranslations("common");
  const [state, formAction] = useActionState(action, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const req = { required: true, requiredLabel: common("required") };
  const [values, setValues] = useState<Record<string, string>>(() => Object.fromEntries(fields.map((f) => [f.name, f.initial ?? ""])));
  const bind = (name: string) => ({
    name,
    value: values[name] ?? "",
    onChange: (e: { target: { value: string } }) => setValues((v) => ({ ...v, [name]: e.target.value })),
  });
  const grouped = legend ? fields.filter((f) => legend.names.includes(f.name)) : [];
  const render = (f: DeskField) => (
    <Field key={f.name} id={`${id}-${f.name}`} label={f.label} hint={f.hint} error={errors[f.name]} {...(f.optional ? {} : req)}>
      {(p) =>
        f.kind === "select" ? (
          <select {...p} {...bind(f.name)} className={inputClass}>
            <option value="">{f.placeholder}</option>
            {f.options.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        ) : f.kind === "textarea" ? (
          <textarea
            {...p}
            {...bind(f.name)}
            rows={4}
            className="min-h-28 w-full rounded-xl border border-stone-400 bg-white px-4 py-3 text-base aria-[invalid=true]:border-red-700"
          />
        ) : (
          <input
            {...p}
            {...bind(f.name)}
            type={f.kind}
            autoComplete="off"
            max={f.kind === "date" ? f.max : undefined}
            className={inputClass}
          />
        )
      }
    </Field>
  );
  return (
    <form action={formAction} className="flex flex-col gap-5" noValidate>
      {state && !state.ok && <FormAlert message={state.error} />}
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {fields.filter((f) => !grouped.includes(f)).map(render)}
      {legend && (
        <fieldset className="flex flex-col gap-4 rounded-xl border border-stone-300 p-4">
          <legend className="px-1 font-bold">{legend.title}</legend>
          {legend.hint && <p className="text-sm text-stone-600">{legend.hint}</p>}
          {grouped.map(render)}
        </fieldset>
      )}
      <div>
        <SubmitButton label={submit} pendingLabel={pending} tone={tone} />
      </div>
    </form>
  );
}
