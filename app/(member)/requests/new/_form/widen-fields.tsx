"use client";

import { useTranslations } from "next-intl";
import { Field, inputClass } from "@/app/_components/field";
import { WIDEN_DELAYS } from "@/lib/care/widening";
import { choiceClass } from "../../_components/styles";
import { ChoiceGroup } from "./choice-group";
import { type Errors, type FormOptions, type RequestValues, type SetValues, toggle } from "./values";

/**
 * The widening ask: whom to ask next (a group, connections or both) and after how long, if nobody
 * has said OK by then. Folded away until opened: most requests need none.
 */
export function WidenFields({
  values,
  set,
  errors,
  options,
}: {
  values: RequestValues;
  set: SetValues;
  errors: Errors;
  options: FormOptions;
}) {
  const t = useTranslations("care.form");
  const open = Boolean(
    values.widenGroupId || values.widenRecipients.length > 0 || values.widenAfter || errors.widenGroupId || errors.widenAfter,
  );
  return (
    <details open={open} className="rounded-xl border border-stone-200 bg-white p-4">
      <summary className="min-h-11 cursor-pointer py-2 font-medium">{t("widenTitle")}</summary>
      <div className="mt-2 flex flex-col gap-5">
        <p className="text-sm text-stone-700">{t("widenIntro")}</p>
        {options.groups.length > 0 && (
          <Field id="widenGroupId" label={t("widenGroup")} error={errors.widenGroupId}>
            {(p) => (
              <select
                {...p}
                name="widenGroupId"
                value={values.widenGroupId}
                onChange={(e) => set({ widenGroupId: e.target.value })}
                className={inputClass}
              >
                <option value="">{t("widenGroupNone")}</option>
                {options.groups.map((g) => (
                  <option key={g.id} value={g.id}>
                    {t("groupOption", { name: g.name, count: g.connections })}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        <ChoiceGroup
          name="widenRecipients"
          legend={t("widenRecipients")}
          error={errors.widenRecipients ?? (options.groups.length > 0 ? undefined : errors.widenGroupId)}
        >
          {options.connections.map((c) => (
            <label key={c.id} className={choiceClass}>
              <input
                type="checkbox"
                name="widenRecipients[]"
                value={c.id}
                checked={values.widenRecipients.includes(c.id)}
                onChange={(e) => set({ widenRecipients: toggle(values.widenRecipients, c.id, e.target.checked) })}
                className="size-5 shrink-0"
              />
              <span className="font-medium">{c.name}</span>
            </label>
          ))}
        </ChoiceGroup>
        <Field id="widenAfter" label={t("widenAfter")} error={errors.widenAfter}>
          {(p) => (
            <select
              {...p}
              name="widenAfter"
              value={values.widenAfter}
              onChange={(e) => set({ widenAfter: e.target.value })}
              className={inputClass}
            >
              <option value="">{t("widenAfterNone")}</option>
              {WIDEN_DELAYS.map((m) => (
                <option key={m} value={m}>
                  {t("widenAfterOption", { minutes: m, hours: m / 60 })}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
    </details>
  );
}
