"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormAlert } from "@/app/_components/form-alert";
import { SubmitButton } from "@/app/_components/submit-button";
import { adoptDefaultRulebookAction } from "../actions";

export function AdoptDefaultButton({ municipalityId }: { municipalityId: string }) {
  const t = useTranslations("adminMunicipalities");
  const [state, action] = useActionState(adoptDefaultRulebookAction, null);
  return (
    <form action={action} className="flex flex-col gap-2">
      {state && !state.ok && <FormAlert message={state.error} />}
      <input type="hidden" name="municipalityId" value={municipalityId} />
      <SubmitButton label={t("adoptDefault")} pendingLabel={t("adopting")} />
    </form>
  );
}
