"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Field } from "@/app/_components/field";
import { FormAlert } from "@/app/_components/form-alert";
import { SubmitButton } from "@/app/_components/submit-button";
import { THANK_YOU_MAX } from "@/lib/care/after/limits";
import { thankAction } from "./actions";
import { textareaClass } from "./styles";

export function ThankYouForm({ requestId }: { requestId: string }) {
  const t = useTranslations("careAfter.thankYou");
  const common = useTranslations("common");
  const [state, run] = useActionState(thankAction, null);
  const [message, setMessage] = useState("");
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <form action={run} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="requestId" value={requestId} />
      {state && !state.ok && <FormAlert message={state.error} />}
      <Field id="thank-you-message" label={t("label")} error={errors.message} required requiredLabel={common("required")}>
        {(p) => (
          <textarea
            {...p}
            name="message"
            value={message}
            maxLength={THANK_YOU_MAX}
            onChange={(e) => setMessage(e.target.value)}
            className={textareaClass}
          />
        )}
      </Field>
      <SubmitButton label={t("submit")} pendingLabel={t("submitting")} />
    </form>
  );
}
