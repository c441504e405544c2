"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Field, inputClass } from "@/app/_components/field";
import { FormAlert } from "@/app/_components/form-alert";
import { SubmitButton } from "@/app/_components/submit-button";
import { TIME_OPTIONS } from "@/lib/care/post/times";
import { proposeTimeAction } from "./actions";
import { summaryClass } from "./styles";

export type TimeValues = { date: string; startTime: string; endTime: string };

/**
 * Proposing a new time, in the request's own terms (a day, quarter-hour start and end). Once
 * the care has begun only the end can move, so the start is shown, not offered.
 */
export function TimeChangeForm({
  requestId,
  initial,
  started,
  intro,
}: {
  requestId: string;
  initial: TimeValues;
  started: boolean;
  intro: string;
}) {
  const t = useTranslations("careAfter.change");
  const common = useTranslations("common");
  const [state, run] = useActionState(proposeTimeAction, null);
  const [values, setValues] = useState(initial);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const req = { required: true, requiredLabel: common("required") };
  const keep = (name: keyof TimeValues) => ({
    name,
    value: values[name],
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => setValues((v) => ({ ...v, [name]: e.target.value })),
  });
  const clock = (name: "startTime" | "endTime", label: string) => (
    <Field id={`change-${name}`} label={label} error={errors[name]} {...req}>
      {(p) => (
        <select {...p} {...keep(name)} className={inputClass}>
          {TIME_OPTIONS.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
  return (
    <details className="group">
      <summary className={summaryClass}>{t("open")}</summary>
      <form action={run} className="mt-3 flex flex-col gap-4" noValidate>
        <input type="hidden" name="requestId" value={requestId} />
        <p className="text-stone-800">{intro}</p>
        {state && !state.ok && <FormAlert message={state.error} />}
        {started ? (
          <>
            <input type="hidden" name="date" value={values.date} />
            <input type="hidden" name="startTime" value={values.startTime} />
            <p className="font-medium">{t("startFixed", { start: values.startTime })}</p>
            {errors.startTime && <p className="text-sm font-medium text-red-800">{errors.startTime}</p>}
          </>
        ) : (
          <div className="grid gap-4 sm:grid-cols-3">
            <Field id="change-date" label={t("date")} error={errors.date} {...req}>
              {(p) => <input {...p} {...keep("date")} type="date" className={inputClass} />}
            </Field>
            {clock("startTime", t("start"))}
            {clock("endTime", t("end"))}
          </div>
        )}
        {started && clock("endTime", t("end"))}
        <SubmitButton label={t("submit")} pendingLabel={t("submitting")} />
      </form>
    </details>
  );
}
