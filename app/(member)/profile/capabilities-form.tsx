"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { FormAlert } from "@/app/_components/form-alert";
import { SubmitButton } from "@/app/_components/submit-button";
import { SELF_CHOSEN_CAPABILITIES, type SelfChosenCapability } from "@/lib/members/capabilities";
import { changeCapabilitiesAction } from "./actions";

/** Parent, supporter or both, changed at any time; the labels are onboarding's, so both say the same. */
export function CapabilitiesForm({ current }: { current: SelfChosenCapability[] }) {
  const t = useTranslations("profileCapabilities");
  const onboarding = useTranslations("onboarding");
  const [state, action] = useActionState(changeCapabilitiesAction, null);
  const [caps, setCaps] = useState<string[]>(current);
  const error = state && !state.ok ? (state.fieldErrors.capabilities ?? state.error) : null;
  return (
    <form action={action} className="mt-6 flex flex-col gap-3 rounded-xl border border-stone-200 bg-white p-4" noValidate>
      <fieldset className="flex flex-col gap-2" aria-describedby="capabilities-hint">
        <legend className="mb-1 font-bold">{t("legend")}</legend>
        <p id="capabilities-hint" className="text-sm text-stone-700">
          {t("hint")}
        </p>
        {SELF_CHOSEN_CAPABILITIES.map((c) => (
          <label key={c} className="flex min-h-11 items-center gap-3 rounded-xl border border-stone-300 bg-white px-4">
            <input
              type="checkbox"
              name="capabilities[]"
              value={c}
              checked={caps.includes(c)}
              onChange={(e) => setCaps((list) => (e.target.checked ? [...list, c] : list.filter((x) => x !== c)))}
              className="size-5"
            />
            {onboarding(c === "parent" ? "capabilityParent" : "capabilitySupporter")}
          </label>
        ))}
      </fieldset>
      {error && <FormAlert message={error} />}
      {state?.ok && (
        <p role="status" className="font-medium text-brand-900">
          {t("saved")}
        </p>
      )}
      <div>
        <SubmitButton label={t("save")} pendingLabel={t("saving")} />
      </div>
    </form>
  );
}
