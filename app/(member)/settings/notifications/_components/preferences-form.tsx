"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field, inputClass } from "@/app/_components/field";
import { FormAlert } from "@/app/_components/form-alert";
import { SubmitButton } from "@/app/_components/submit-button";
import { savePreferencesAction } from "../actions";

const boxClass = "rounded-xl border border-stone-200 bg-white p-4";
const choiceClass = "flex min-h-11 items-center gap-3";

/** Which categories reach the member on which channel, and their quiet hours. The app's own list keeps everything. */
export function PreferencesForm(p: {
  categories: string[];
  /** The channels the site offers (e-mail, and push or LINE when configured). */
  channels: string[];
  on: string[];
  /** "category.channel" pairs that are on for channels the site does not offer now: kept as they are. */
  kept: string[];
  quiet: "default" | "own" | "off";
  from: string;
  to: string;
  /** The site's window as text, or null when the site holds nothing back. */
  siteWindow: string | null;
}) {
  const t = useTranslations("preferences");
  const [state, action] = useActionState(savePreferencesAction, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <form action={action} className="mt-6 flex flex-col gap-6" noValidate>
      {p.kept.map((key) => (
        <input key={key} type="hidden" name="on[]" value={key} />
      ))}
      {state && !state.ok && <FormAlert message={state.error} />}
      {state?.ok && (
        <p role="status" className="rounded-xl border border-brand-100 bg-brand-50 p-4 font-medium text-brand-900">
          {t("saved")}
        </p>
      )}
      <section aria-labelledby="channels-title" className="flex flex-col gap-3">
        <h2 id="channels-title" className="text-lg font-bold">
          {t("channelsTitle")}
        </h2>
        <p className="text-stone-700">{t("channelsIntro")}</p>
        {p.categories.map((c) => (
          <fieldset key={c} className={boxClass}>
            <legend className="float-left w-full font-bold">{t(`category.${c}`)}</legend>
            <p className="clear-left text-sm text-stone-700">{t(`categoryHint.${c}`)}</p>
            <div className="mt-2 flex flex-wrap gap-x-6">
              {p.channels.map((ch) => (
                <label key={ch} className={choiceClass}>
                  <input type="checkbox" name="on[]" value={`${c}.${ch}`} defaultChecked={p.on.includes(`${c}.${ch}`)} className="size-5" />
                  <span>{t(`channel.${ch}`)}</span>
                </label>
              ))}
            </div>
          </fieldset>
        ))}
        <p className="text-sm text-stone-700">{t("urgentNote")}</p>
      </section>
      <fieldset className={`${boxClass} flex flex-col gap-2`}>
        <legend className="px-1 text-lg font-bold">{t("quietTitle")}</legend>
        <p className="text-stone-700">{t("quietIntro")}</p>
        <label className={choiceClass}>
          <input type="radio" name="quiet" value="default" defaultChecked={p.quiet === "default"} className="size-5" />
          <span>{p.siteWindow ? t("quietDefault", { window: p.siteWindow }) : t("quietDefaultNone")}</span>
        </label>
        <label className={choiceClass}>
          <input type="radio" name="quiet" value="own" defaultChecked={p.quiet === "own"} className="size-5" />
          <span>{t("quietOwn")}</span>
        </label>
        <div className="ml-8 flex flex-wrap gap-4">
          <Field id="quietFrom" label={t("quietFrom")} error={errors.quietFrom}>
            {(f) => <input {...f} type="time" name="quietFrom" step={900} defaultValue={p.from} className={`${inputClass} w-36`} />}
          </Field>
          <Field id="quietTo" label={t("quietTo")}>
            {(f) => <input {...f} type="time" name="quietTo" step={900} defaultValue={p.to} className={`${inputClass} w-36`} />}
          </Field>
        </div>
        <label className={choiceClass}>
          <input type="radio" name="quiet" value="off" defaultChecked={p.quiet === "off"} className="size-5" />
          <span>{t("quietOff")}</span>
        </label>
      </fieldset>
      <SubmitButton label={t("save")} pendingLabel={t("saving")} />
    </form>
  );
}
