"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Field, inputClass } from "@/app/_components/field";
import { FormAlert } from "@/app/_components/form-alert";
import { SubmitButton } from "@/app/_components/submit-button";
import { INCIDENT_SEVERITIES, SERIOUS_KINDS } from "@/lib/care/during/incident-kinds";
import { reportIncidentAction } from "./actions";
import { Emergency } from "./emergency";
import { choiceClass, textareaClass } from "./styles";

type Values = { severity: string; seriousKind: string; description: string; occurredAt: string };

/** A report in a few taps: how serious, what happened, when (now by default). */
export function IncidentForm({ requestId, now }: { requestId: string; now: string }) {
  const t = useTranslations("careDuring.incident");
  const initial: Values = { severity: "", seriousKind: "", description: "", occurredAt: now };
  const [values, setValues] = useState(initial);
  const [open, setOpen] = useState(false);
  const [state, action] = useActionState(async (previous: unknown, form: FormData) => {
    const result = await reportIncidentAction(previous, form);
    if (result.ok) setValues(initial);
    return result;
  }, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const set = (key: keyof Values) => (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));

  return (
    <details className="group rounded-xl border border-red-300 bg-white" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="flex min-h-12 cursor-pointer list-none items-center justify-between gap-3 px-4 font-bold text-red-900 [&::-webkit-details-marker]:hidden">
        {t("open")}
        <span aria-hidden="true" className="text-xl transition-transform group-open:rotate-180">
          ▾
        </span>
      </summary>
      <form action={action} className="flex flex-col gap-5 border-t border-red-200 p-4" noValidate>
        <Emergency />
        {state && !state.ok && <FormAlert message={state.error} />}
        {state?.ok && (
          <p role="status" className="rounded-xl border border-brand-100 bg-brand-50 p-3 font-medium text-brand-900">
            {t(state.data.severity === "serious" ? "sentSerious" : "sent")}
          </p>
        )}
        <input type="hidden" name="requestId" value={requestId} />
        <Choices
          name="severity"
          legend={t("severityLegend")}
          error={errors.severity}
          value={values.severity}
          onChange={set("severity")}
          options={INCIDENT_SEVERITIES.map((s) => ({ value: s, label: t(s), hint: t(`${s}Hint`) }))}
        />
        {values.severity === "serious" && (
          <Choices
            name="seriousKind"
            legend={t("seriousKindLegend")}
            error={errors.seriousKind}
            value={values.seriousKind}
            onChange={set("seriousKind")}
            options={SERIOUS_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
          />
        )}
        <Field id="incident-description" label={t("description")} hint={t("descriptionHint")} error={errors.description}>
          {(p) => (
            <textarea
              {...p}
              name="description"
              rows={4}
              value={values.description}
              onChange={set("description")}
              className={textareaClass}
            />
          )}
        </Field>
        <Field id="incident-occurredAt" label={t("occurredAt")} error={errors.occurredAt}>
          {(p) => (
            <input
              {...p}
              type="datetime-local"
              name="occurredAt"
              value={values.occurredAt}
              onChange={set("occurredAt")}
              className={inputClass}
            />
          )}
        </Field>
        <SubmitButton label={t("submit")} pendingLabel={t("submitting")} />
      </form>
    </details>
  );
}

function Choices(p: {
  name: string;
  legend: string;
  error?: string;
  value: string;
  onChange: (e: React.ChangeEvent<HTMLInputElement>) => void;
  options: { value: string; label: string; hint?: string }[];
}) {
  const errorId = `incident-${p.name}-error`;
  return (
    <fieldset className="flex flex-col gap-2" aria-describedby={p.error ? errorId : undefined}>
      <legend className="mb-1 font-medium">{p.legend}</legend>
      {p.options.map((o) => (
        <label key={o.value} className={choiceClass}>
          <input
            type="radio"
            name={p.name}
            value={o.value}
            checked={p.value === o.value}
            onChange={p.onChange}
            aria-invalid={p.error ? true : undefined}
            className="mt-0.5 size-6 shrink-0"
          />
          <span className="flex flex-col">
            <span className="font-medium">{o.label}</span>
            {o.hint && <span className="text-sm text-stone-700">{o.hint}</span>}
          </span>
        </label>
      ))}
      {p.error && (
        <p id={errorId} className="text-sm font-medium text-red-800">
          {p.error}
        </p>
      )}
    </fieldset>
  );
}
