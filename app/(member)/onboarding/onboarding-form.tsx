"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Field, inputClass } from "@/app/_components/field";
import { FormAlert } from "@/app/_components/form-alert";
import Link from "@/app/_components/link";
import { SubmitButton } from "@/app/_components/submit-button";
import { onboardAction } from "../actions";

interface Municipality {
  id: string;
  name: string;
  districts: { id: string; name: string }[];
}

export function OnboardingForm({ municipalities }: { municipalities: Municipality[] }) {
  const t = useTranslations("onboarding");
  const common = useTranslations("common");
  const [state, action] = useActionState(onboardAction, null);
  const [values, setValues] = useState<Record<string, string>>({});
  // Controlled, so that what was typed survives a refused submission.
  const [caps, setCaps] = useState<string[]>(["parent", "supporter"]);
  const [accepted, setAccepted] = useState(false);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const chosen = municipalities.find((m) => m.id === values.municipalityId);
  const keep = (name: string) => ({
    name,
    value: values[name] ?? "",
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
      setValues((v) => ({ ...v, [name]: e.target.value, ...(name === "municipalityId" ? { districtId: "" } : {}) })),
  });
  const req = { required: true, requiredLabel: common("required") };

  return (
    <form action={action} className="mt-6 flex flex-col gap-5" noValidate>
      {state && !state.ok && <FormAlert message={state.error} />}
      <Field id="displayName" label={t("displayName")} hint={t("displayNameHint")} error={errors.displayName} {...req}>
        {(p) => <input {...p} {...keep("displayName")} autoComplete="name" className={inputClass} />}
      </Field>
      <Field id="nameKana" label={t("nameKana")} hint={t("nameKanaHint")} error={errors.nameKana} {...req}>
        {(p) => <input {...p} {...keep("nameKana")} className={inputClass} />}
      </Field>
      <Field id="municipalityId" label={t("municipality")} error={errors.municipalityId} {...req}>
        {(p) => (
          <select {...p} {...keep("municipalityId")} className={inputClass}>
            <option value="">{t("chooseMunicipality")}</option>
            {municipalities.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="districtId" label={t("district")} error={errors.districtId} {...req}>
        {(p) => (
          <select {...p} {...keep("districtId")} className={inputClass}>
            <option value="">{t("chooseDistrict")}</option>
            {(chosen ? [chosen] : municipalities).map((m) => (
              <optgroup key={m.id} label={m.name}>
                {m.districts.map((d) => (
                  <option key={d.id} value={d.id}>
                    {d.name}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        )}
      </Field>
      <Field id="birthDate" label={t("birthDate")} hint={t("birthDateHint")} error={errors.birthDate} {...req}>
        {(p) => <input {...p} {...keep("birthDate")} type="date" autoComplete="bday" className={inputClass} />}
      </Field>
      <Field id="phone" label={t("phone")} hint={t("phoneHint")} error={errors.phone} {...req}>
        {(p) => <input {...p} {...keep("phone")} type="tel" inputMode="tel" autoComplete="tel-national" className={inputClass} />}
      </Field>
      <fieldset className="flex flex-col gap-2" aria-describedby={errors.capabilities ? "capabilities-error" : undefined}>
        <legend className="mb-1 font-medium">{t("capabilitiesLegend")}</legend>
        {(["parent", "supporter"] as const).map((c) => (
          <label key={c} className="flex min-h-11 items-center gap-3 rounded-xl border border-stone-300 bg-white px-4">
            <input
              type="checkbox"
              name="capabilities[]"
              value={c}
              checked={caps.includes(c)}
              onChange={(e) => setCaps((list) => (e.target.checked ? [...list, c] : list.filter((x) => x !== c)))}
              className="size-5"
            />
            {t(c === "parent" ? "capabilityParent" : "capabilitySupporter")}
          </label>
        ))}
        {errors.capabilities && (
          <p id="capabilities-error" className="text-sm font-medium text-red-800">
            {errors.capabilities}
          </p>
        )}
      </fieldset>
      <fieldset className="flex flex-col gap-2" aria-describedby={errors.acceptTerms ? "acceptTerms-error" : undefined}>
        <legend className="mb-1 font-medium">{t("consentLegend")}</legend>
        <label className="flex items-start gap-3 rounded-xl border border-stone-300 bg-white px-4 py-3">
          <input
            type="checkbox"
            name="acceptTerms"
            checked={accepted}
            onChange={(e) => setAccepted(e.target.checked)}
            aria-invalid={errors.acceptTerms ? true : undefined}
            className="mt-1 size-5 shrink-0"
          />
          <span>
            {t.rich("acceptTerms", {
              terms: (chunks) => (
                <Link href="/terms" target="_blank" className="underline">
                  {chunks}
                  <span className="sr-only">{t("opensInNewTab")}</span>
                </Link>
              ),
              privacy: (chunks) => (
                <Link href="/privacy" target="_blank" className="underline">
                  {chunks}
                  <span className="sr-only">{t("opensInNewTab")}</span>
                </Link>
              ),
            })}
          </span>
        </label>
        {errors.acceptTerms && (
          <p id="acceptTerms-error" className="text-sm font-medium text-red-800">
            {errors.acceptTerms}
          </p>
        )}
      </fieldset>
      <SubmitButton label={t("submit")} pendingLabel={common("saving")} />
    </form>
  );
}
