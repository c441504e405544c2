"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Field } from "@/app/_components/field";
import { FormAlert } from "@/app/_components/form-alert";
import { SubmitButton } from "@/app/_components/submit-button";
import { CheckboxField } from "@/app/(member)/children/_components/checkbox-field";
import type { NeedToKnow as Summary } from "@/lib/care/during/pre-care";
import { TEXT_LIMITS } from "@/lib/care/post/choices";
import { textareaClass } from "../../_components/styles";
import { useFreshFormKey } from "../../_components/use-fresh-form";
import { answerRequestAction } from "../../actions";
import { NeedToKnow } from "../_during/need-to-know";

/** Saying OK: what the recipient needs to know first (its boxes are part of this form), then a message and the waiver. */
export function AnswerForm({ requestId, summary, waiverAllowed }: { requestId: string; summary: Summary; waiverAllowed: boolean }) {
  const t = useTranslations("care.answer");
  const [state, action] = useActionState(answerRequestAction, null);
  const [message, setMessage] = useState("");
  const [waived, setWaived] = useState(false);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const formKey = useFreshFormKey(state);
  return (
    <form key={formKey} action={action} className="flex flex-col gap-6" noValidate>
      {state && !state.ok && <FormAlert message={state.error} />}
      <input type="hidden" name="requestId" value={requestId} />
      <input type="hidden" name="answer" value="ok" />
      <NeedToKnow summary={summary} errors={{ sheetRead: errors.sheetRead, childSeat: errors.childSeat }} />
      <Field id="message" label={t("message")} hint={t("messageHint")} error={errors.message}>
        {(p) => (
          <textarea
            {...p}
            name="message"
            rows={2}
            value={message}
            maxLength={TEXT_LIMITS.message}
            onChange={(e) => setMessage(e.target.value)}
            className={textareaClass}
          />
        )}
      </Field>
      {waiverAllowed && (
        <CheckboxField
          name="waived"
          legend={t("waivedLegend")}
          explain={t("waivedExplain")}
          label={t("waivedLabel")}
          checked={waived}
          onChange={setWaived}
          error={errors.waived}
        />
      )}
      <SubmitButton label={t("ok")} pendingLabel={t("sending")} />
    </form>
  );
}
