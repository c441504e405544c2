"use client";

import { useTranslations } from "next-intl";
import { Field, inputClass } from "@/app/_components/field";
import Link from "@/app/_components/link";
import { AUDIENCES } from "@/lib/care/post/choices";
import { choiceClass, linkClass, noteTagClass } from "../../_components/styles";
import { ChoiceGroup } from "./choice-group";
import { type Errors, type FormOptions, type RequestValues, type SetValues, toggle } from "./values";

/** Whom to ask: chosen connections, or the parent's connections in one of their groups. */
export function AudienceChoice({
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
  if (options.connections.length === 0) {
    return (
      <p className="rounded-xl border border-dashed border-stone-300 p-4">
        {t("noConnections")}{" "}
        <Link href="/connections" className={linkClass}>
          {t("findConnections")}
        </Link>
      </p>
    );
  }
  return (
    <div className="flex flex-col gap-5">
      <ChoiceGroup name="audience" legend={t("audience")} error={errors.audience}>
        <div className="grid gap-2 sm:grid-cols-2">
          {AUDIENCES.map((a) => (
            <label key={a} className={choiceClass}>
              <input
                type="radio"
                name="audience"
                value={a}
                checked={values.audience === a}
                onChange={() => set({ audience: a })}
                className="size-5"
              />
              <span className="font-medium">{t(`audience_${a}`)}</span>
            </label>
          ))}
        </div>
      </ChoiceGroup>
      {values.audience === "people" ? (
        <ChoiceGroup name="recipients" legend={t("recipients")} hint={t("recipientsHint")} error={errors.recipients}>
          {options.connections.map((c) => (
            <label key={c.id} className={choiceClass}>
              <input
                type="checkbox"
                name="recipients[]"
                value={c.id}
                checked={values.recipients.includes(c.id)}
                onChange={(e) => set({ recipients: toggle(values.recipients, c.id, e.target.checked) })}
                className="size-5 shrink-0"
              />
              <span className="flex flex-wrap items-center gap-x-3 gap-y-1">
                <span className="font-medium">{c.name}</span>
                {!c.met && <span className={noteTagClass}>{t("notMetYet")}</span>}
              </span>
            </label>
          ))}
        </ChoiceGroup>
      ) : (
        <Field id="groupId" label={t("group")} hint={t("groupHint")} error={errors.groupId}>
          {(p) => (
            <select {...p} name="groupId" value={values.groupId} onChange={(e) => set({ groupId: e.target.value })} className={inputClass}>
              <option value="">{t("chooseGroup")}</option>
              {options.groups.map((g) => (
                <option key={g.id} value={g.id}>
                  {t("groupOption", { name: g.name, count: g.connections })}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {options.connections.some((c) => !c.met) && <p className="text-sm text-stone-700">{t("notMetExplain")}</p>}
    </div>
  );
}
