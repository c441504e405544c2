"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useState } from "react";
import { Field, inputClass } from "@/app/_components/field";
import { FormAlert } from "@/app/_components/form-alert";
import Link from "@/app/_components/link";
import { SubmitButton } from "@/app/_components/submit-button";
import { ROW_MAX } from "@/lib/children/details";
import { createChildAction, updateChildAction } from "../actions";
import { CheckboxField } from "./checkbox-field";
import { FormSection } from "./form-section";
import type { ChildFormValues, PersonRow, TextField } from "./form-values";
import { PeopleRows } from "./people-rows";
import { secondaryButtonClass, textareaClass } from "./styles";

/** Adding a child (no id) or changing one. Controlled, so what was typed survives a refused save. */
export function ChildForm({
  initial,
  childId,
  today,
  cancelHref,
}: {
  initial: ChildFormValues;
  childId?: string;
  today: string;
  cancelHref: string;
}) {
  const t = useTranslations("children");
  const common = useTranslations("common");
  const [state, action] = useActionState(childId ? updateChildAction : createChildAction, null);
  const [values, setValues] = useState(initial);
  // Row errors name rows by position; once rows are added or removed they no longer match.
  const [rowsChangedAfter, setRowsChangedAfter] = useState<unknown>(undefined);
  const [focus, setFocus] = useState<string | null>(null);
  useEffect(() => {
    if (focus) document.getElementById(focus)?.focus();
  }, [focus]);

  const errors = state && !state.ok ? state.fieldErrors : {};
  const rowErrors = rowsChangedAfter === state ? {} : errors;
  const text = (name: TextField) => ({
    name,
    value: values.text[name],
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      setValues((v) => ({ ...v, text: { ...v.text, [name]: e.target.value } })),
  });
  const rows = (key: "contacts" | "collectors") => (next: PersonRow[], focusId?: string) => {
    setValues((v) => ({ ...v, [key]: next }));
    setRowsChangedAfter(state);
    setFocus(focusId ?? null);
  };
  const req = { required: true, requiredLabel: common("required") };
  const note = (name: TextField, label: string, hint: string) => (
    <Field id={name} label={t(`form.${label}`)} hint={t(`form.${hint}`)} error={errors[name]}>
      {(p) => <textarea {...p} {...text(name)} rows={3} className={textareaClass} />}
    </Field>
  );

  return (
    <form action={action} className="mt-6 flex flex-col gap-8" noValidate>
      {state && !state.ok && <FormAlert message={state.error} />}
      {childId && <input type="hidden" name="id" value={childId} />}
      <FormSection id="basic" title={t("sections.basic")}>
        <Field id="name" label={t("form.name")} hint={t("form.nameHint")} error={errors.name} {...req}>
          {(p) => <input {...p} {...text("name")} autoComplete="off" className={inputClass} />}
        </Field>
        <Field id="nameKana" label={t("form.nameKana")} hint={t("form.nameKanaHint")} error={errors.nameKana} {...req}>
          {(p) => <input {...p} {...text("nameKana")} autoComplete="off" className={inputClass} />}
        </Field>
        <Field id="birthDate" label={t("form.birthDate")} hint={t("form.birthDateHint")} error={errors.birthDate} {...req}>
          {(p) => <input {...p} {...text("birthDate")} type="date" max={today} className={inputClass} />}
        </Field>
      </FormSection>

      <FormSection id="health" title={t("sections.health")} intro={t("form.healthIntro")}>
        {note("allergies", "allergies", "allergiesHint")}
        {note("medication", "medication", "medicationHint")}
        {note("healthNotes", "healthNotes", "healthNotesHint")}
        <CheckboxField
          name="healthConsent"
          emphasis
          legend={t("form.consentLegend")}
          label={t("form.consentLabel")}
          explain={t("form.consentExplain")}
          checked={values.healthConsent}
          onChange={(healthConsent) => setValues((v) => ({ ...v, healthConsent }))}
          error={errors.healthConsent}
        />
      </FormSection>

      <FormSection id="sheet" title={t("sections.sheet")} intro={t("form.sheetIntro")}>
        {note("foodHabits", "foodHabits", "foodHabitsHint")}
        {note("mayNotEat", "mayNotEat", "mayNotEatHint")}
        {note("sleepHabits", "sleepHabits", "sleepHabitsHint")}
        <CheckboxField
          name="childSeatWanted"
          legend={t("form.childSeatLegend")}
          label={t("form.childSeatWanted")}
          explain={t("form.childSeatLaw")}
          checked={values.childSeatWanted}
          onChange={(childSeatWanted) => setValues((v) => ({ ...v, childSeatWanted }))}
          error={errors.childSeatWanted}
        />
      </FormSection>

      <FormSection id="contacts" title={t("sections.contacts")} intro={t("form.contactsIntro", { max: ROW_MAX })} error={errors.contacts}>
        <PeopleRows
          prefix="contacts"
          rows={values.contacts}
          onChange={rows("contacts")}
          errors={rowErrors}
          phoneRequired
          addLabel={t("form.addContact")}
        />
      </FormSection>

      <FormSection
        id="collectors"
        title={t("sections.collectors")}
        intro={t("form.collectorsIntro", { max: ROW_MAX })}
        error={errors.collectors}
      >
        <PeopleRows
          prefix="collectors"
          rows={values.collectors}
          onChange={rows("collectors")}
          errors={rowErrors}
          phoneRequired={false}
          addLabel={t("form.addCollector")}
        />
      </FormSection>

      <div className="flex flex-col gap-3 sm:flex-row">
        <SubmitButton label={childId ? common("save") : t("form.submitNew")} pendingLabel={common("saving")} />
        <Link href={cancelHref} className={secondaryButtonClass}>
          {t("form.cancel")}
        </Link>
      </div>
    </form>
  );
}
