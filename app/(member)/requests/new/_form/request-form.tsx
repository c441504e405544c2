"use client";

import { useTranslations } from "next-intl";
import { useActionState, useMemo, useState } from "react";
import { FormAlert } from "@/app/_components/form-alert";
import { SubmitButton } from "@/app/_components/submit-button";
import { FormSection } from "@/app/(member)/children/_components/form-section";
import { previewRequest } from "@/lib/care/post/preview";
import { tokyoInstant } from "@/lib/care/post/times";
import { standingOn } from "@/lib/members/standing";
import { PreviewPanel } from "../../_components/preview-panel";
import { useFreshFormKey } from "../../_components/use-fresh-form";
import { postRequestAction } from "../../actions";
import { AudienceChoice } from "./audience-choice";
import { ChildChoice, KindChoice } from "./kind-and-children";
import { PlaceFields } from "./place-fields";
import { PurposeField } from "./purpose-field";
import { TimeFields } from "./time-fields";
import { type FormOptions, initialValues, type RequestValues } from "./values";
import { WidenFields } from "./widen-fields";

/** The preview for what is chosen so far, by the same pure rules the server applies; null until the times make sense. */
function usePreview(values: RequestValues, options: FormOptions) {
  return useMemo(() => {
    const startAt = tokyoInstant(values.date, values.startTime);
    const endAt = tokyoInstant(values.date, values.endTime);
    if (!startAt || !endAt || endAt <= startAt) return null;
    const children = options.children.filter((c) => values.children.includes(c.id));
    return previewRequest({
      rulebook: options.rulebook,
      startAt,
      endAt,
      children,
      parent: {
        birthDate: options.parent.birthDate,
        status: options.parent.status,
        singleParentVerified: standingOn(options.parent.standing, values.date).singleParent,
      },
      now: new Date(),
      adultAge: options.adultAge,
    });
  }, [values.date, values.startTime, values.endTime, values.children, options]);
}

export function RequestForm({ options }: { options: FormOptions }) {
  const t = useTranslations("care");
  const [state, action] = useActionState(postRequestAction, null);
  const [values, setValues] = useState(() => initialValues(options.today));
  const set = (patch: Partial<RequestValues>) => setValues((v) => ({ ...v, ...patch }));
  const errors = state && !state.ok ? state.fieldErrors : {};
  const formKey = useFreshFormKey(state);
  const preview = usePreview(values, options);
  const names = Object.fromEntries(options.children.map((c) => [c.id, c.name]));
  const parts = { values, set, errors };

  return (
    <form key={formKey} action={action} className="mt-6 flex flex-col gap-8" noValidate>
      {state && !state.ok && <FormAlert message={state.error} />}
      <FormSection id="what" title={t("form.sectionWhat")}>
        <KindChoice {...parts} />
        <ChildChoice {...parts} options={options} />
        <PurposeField {...parts} />
      </FormSection>
      <FormSection id="when" title={t("form.sectionWhen")}>
        <TimeFields {...parts} today={options.today} />
      </FormSection>
      <FormSection id="where" title={t("form.sectionWhere")}>
        <PlaceFields {...parts} />
      </FormSection>
      <FormSection id="who" title={t("form.sectionWho")} intro={t("form.sectionWhoIntro")}>
        <AudienceChoice {...parts} options={options} />
        {options.connections.length > 0 && <WidenFields {...parts} options={options} />}
      </FormSection>
      {preview ? (
        <PreviewPanel preview={preview} names={names} />
      ) : (
        <p className="rounded-xl border border-dashed border-stone-300 p-4 text-stone-700">{t("preview.chooseTimes")}</p>
      )}
      <SubmitButton label={t("form.submit")} pendingLabel={t("form.sending")} />
    </form>
  );
}
