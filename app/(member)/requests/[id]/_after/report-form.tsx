"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Field, inputClass } from "@/app/_components/field";
import { FormAlert } from "@/app/_components/form-alert";
import { SubmitButton } from "@/app/_components/submit-button";
import { reportAction } from "./actions";
import { type ExpenseRow, ExpenseRows } from "./expense-rows";

export type ReportValues = { startTime: string; endTime: string; expenses: Omit<ExpenseRow, "key">[] };

/** The helper's report: actual start and end on the care's day, and itemised expenses. */
export function ReportForm({ requestId, day, initial, submit }: { requestId: string; day: string; initial: ReportValues; submit: string }) {
  const t = useTranslations("careAfter.report");
  const common = useTranslations("common");
  const [state, run] = useActionState(reportAction, null);
  const [times, setTimes] = useState({ startTime: initial.startTime, endTime: initial.endTime });
  const [rows, setRows] = useState<ExpenseRow[]>(initial.expenses.map((e, key) => ({ ...e, key })));
  const errors = state && !state.ok ? state.fieldErrors : {};
  const time = (name: "startTime" | "endTime", label: string) => (
    <Field id={`report-${name}`} label={label} error={errors[name]} required requiredLabel={common("required")}>
      {(p) => (
        <input
          {...p}
          name={name}
          type="time"
          value={times[name]}
          onChange={(e) => setTimes((v) => ({ ...v, [name]: e.target.value }))}
          className={inputClass}
        />
      )}
    </Field>
  );
  return (
    <form action={run} className="flex flex-col gap-5" noValidate>
      <input type="hidden" name="requestId" value={requestId} />
      <p className="font-medium">{day}</p>
      {state && !state.ok && <FormAlert message={state.error} />}
      <div className="grid gap-4 sm:grid-cols-2">
        {time("startTime", t("start"))}
        {time("endTime", t("end"))}
      </div>
      <ExpenseRows rows={rows} onChange={setRows} errors={errors} />
      <SubmitButton label={submit} pendingLabel={t("submitting")} />
    </form>
  );
}
