"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormAlert } from "@/app/_components/form-alert";
import { SubmitButton } from "@/app/_components/submit-button";
import { deleteAccountAction } from "../actions";

/** The member ticks that they understood, then deletes; a refusal (a care still going on) is shown here. */
export function DeleteForm() {
  const t = useTranslations("privacy.delete");
  const common = useTranslations("common");
  const [state, action] = useActionState(deleteAccountAction, null);
  const fieldError = state && !state.ok ? state.fieldErrors.confirm : undefined;
  return (
    <form action={action} className="flex flex-col items-start gap-3">
      {state && !state.ok && <FormAlert message={fieldError ?? state.error} />}
      <label className="flex min-h-11 items-center gap-3">
        <input type="checkbox" name="confirm" value="delete" className="size-5" aria-invalid={fieldError ? true : undefined} />
        <span>{t("confirm")}</span>
      </label>
      <SubmitButton label={t("button")} pendingLabel={common("saving")} tone="danger" />
    </form>
  );
}
