"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { FormAlert } from "@/app/_components/form-alert";
import { SubmitButton } from "@/app/_components/submit-button";
import { SURVEY_OUTCOMES } from "@/lib/care/after/limits";
import { surveyAction } from "./actions";
import { choiceClass } from "./styles";

/** One question: "would you use it again?" after a first completed care, the outcomes after later ones. */
export function SurveyForm({ requestId, firstTime }: { requestId: string; firstTime: boolean }) {
  const t = useTranslations("careAfter.survey");
  const [state, run] = useActionState(surveyAction, null);
  const [again, setAgain] = useState("");
  const [outcomes, setOutcomes] = useState<string[]>([]);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const error = errors.wouldUseAgain ?? errors.outcomes;
  const toggle = (value: string, on: boolean) => setOutcomes((list) => (on ? [...list, value] : list.filter((v) => v !== value)));
  return (
    <form action={run} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="requestId" value={requestId} />
      {state && !state.ok && <FormAlert message={state.error} />}
      <fieldset className="flex flex-col gap-2" aria-describedby={error ? "survey-error" : undefined}>
        <legend className="mb-1 font-medium">{t(firstTime ? "firstLegend" : "repeatLegend")}</legend>
        {firstTime
          ? (["yes", "no"] as const).map((v) => (
              <label key={v} className={choiceClass}>
                <input type="radio" name="wouldUseAgain" value={v} checked={again === v} onChange={() => setAgain(v)} className="size-5" />
                {t(v)}
              </label>
            ))
          : [...SURVEY_OUTCOMES, "none" as const].map((v) => (
              <label key={v} className={choiceClass}>
                <input
                  type="checkbox"
                  name="outcomes[]"
                  value={v}
                  checked={outcomes.includes(v)}
                  onChange={(e) => toggle(v, e.target.checked)}
                  className="size-5"
                />
                {t(v)}
              </label>
            ))}
        {error && (
          <p id="survey-error" className="text-sm font-medium text-red-800">
            {error}
          </p>
        )}
      </fieldset>
      <SubmitButton label={t("submit")} pendingLabel={t("submitting")} />
    </form>
  );
}
