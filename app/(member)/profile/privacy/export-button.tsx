"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormAlert } from "@/app/_components/form-alert";
import { SubmitButton } from "@/app/_components/submit-button";
import { requestExportAction } from "./actions";

/** One click queues an export; the job runner builds it and the member is notified. */
export function ExportButton() {
  const t = useTranslations("privacy.export");
  const common = useTranslations("common");
  const [state, action] = useActionState(requestExportAction, null);
  return (
    <form action={action} className="flex flex-col items-start gap-2">
      {state && !state.ok && <FormAlert message={state.error} />}
      {state?.ok && (
        <p role="status" className="font-medium text-brand-800">
          {t("requested")}
        </p>
      )}
      <SubmitButton label={t("button")} pendingLabel={common("saving")} />
    </form>
  );
}
