"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Field, inputClass } from "@/app/_components/field";
import { FormAlert } from "@/app/_components/form-alert";
import { SubmitButton } from "@/app/_components/submit-button";
import { assignStaffAction, unassignStaffAction } from "../actions";

export function StaffForm({ municipalityId }: { municipalityId: string }) {
  const t = useTranslations("adminMunicipalities");
  const common = useTranslations("common");
  const [state, action] = useActionState(assignStaffAction, null);
  const [email, setEmail] = useState("");
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <form action={action} className="mt-4 flex max-w-xl flex-col gap-4" noValidate>
      {state && !state.ok && <FormAlert message={state.error} />}
      <input type="hidden" name="municipalityId" value={municipalityId} />
      <Field id="s-email" label={t("email")} error={errors.email} required requiredLabel={common("required")}>
        {(p) => <input {...p} type="email" name="email" value={email} onChange={(e) => setEmail(e.target.value)} className={inputClass} />}
      </Field>
      <SubmitButton label={t("assign")} pendingLabel={t("assigning")} />
    </form>
  );
}

export function UnassignButton({ municipalityId, userId, label }: { municipalityId: string; userId: string; label: string }) {
  const t = useTranslations("adminMunicipalities");
  const [state, action] = useActionState(unassignStaffAction, null);
  return (
    <form action={action} className="flex flex-col gap-2">
      {state && !state.ok && <FormAlert message={state.error} />}
      <input type="hidden" name="municipalityId" value={municipalityId} />
      <input type="hidden" name="userId" value={userId} />
      <button
        type="submit"
        aria-label={t("unassignWho", { email: label })}
        className="min-h-11 rounded-xl border border-stone-400 px-4 text-sm font-medium hover:bg-stone-50"
      >
        {t("unassign")}
      </button>
    </form>
  );
}
