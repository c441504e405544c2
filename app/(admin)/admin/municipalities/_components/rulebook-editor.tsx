"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Field } from "@/app/_components/field";
import { FormAlert } from "@/app/_components/form-alert";
import { formatYen } from "@/app/(member)/requests/_components/money";
import type { Locale } from "@/lib/i18n/locales";
import { TableHead } from "../../_components/table-head";
import { editRulebookAction } from "../actions";

/**
 * The rules as JSON. "Check" computes the sample cares and stores nothing; "save" appears only once
 * the text in the box is the text that was checked, so nobody saves rules whose thank-you they did not see.
 */
export function RulebookEditor({ municipalityId, initial }: { municipalityId: string; initial: string }) {
  const t = useTranslations("adminMunicipalities");
  const errors = useTranslations("errors");
  const locale = useLocale() as Locale;
  const yen = (n: number) => formatYen(n, locale);
  const [state, action] = useActionState(editRulebookAction, null);
  const [text, setText] = useState(initial);
  const [checked, setChecked] = useState<string | null>(null);
  const result = state?.ok ? state.data : null;
  const fieldError = state && !state.ok ? state.fieldErrors.rules : undefined;
  const problem = result && !result.ok ? errors(`field.rulebook_${result.problem}`) : undefined;
  const stale = result?.ok && checked !== text;
  return (
    <form
      action={(form) => {
        setChecked(String(form.get("rules") ?? ""));
        return action(form);
      }}
      className="mt-6 flex flex-col gap-4"
      noValidate
    >
      {state && !state.ok && <FormAlert message={state.error} />}
      {result?.saved && result.ok && (
        <p role="status" className="rounded-xl border border-green-300 bg-green-50 p-3 font-medium text-green-900">
          {t("saved")}
        </p>
      )}
      <input type="hidden" name="municipalityId" value={municipalityId} />
      <Field id="rules" label={t("rules")} error={fieldError ?? problem}>
        {(p) => (
          <textarea
            {...p}
            name="rules"
            value={text}
            onChange={(e) => setText(e.target.value)}
            rows={18}
            spellCheck={false}
            className="w-full rounded-xl border border-stone-400 bg-white p-3 font-mono text-sm aria-[invalid=true]:border-red-700"
          />
        )}
      </Field>
      {result && !result.ok && result.problem === "rules" && (
        <div className="text-sm text-red-900">
          <p className="font-medium">{t("problems")}</p>
          <ul className="list-inside list-disc">
            {result.issues.map((i, n) => (
              <li key={n}>
                <code>{i.path || "/"}</code>: {i.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="flex flex-wrap gap-3">
        <button
          type="submit"
          name="intent"
          value="preview"
          className="min-h-12 rounded-xl border border-brand-700 bg-white px-6 font-bold text-brand-800 hover:bg-brand-50"
        >
          {t("preview")}
        </button>
        {result?.ok && !result.saved && !stale && (
          <button
            type="submit"
            name="intent"
            value="save"
            className="min-h-12 rounded-xl bg-brand-700 px-6 font-bold text-white hover:bg-brand-800"
          >
            {t("save")}
          </button>
        )}
      </div>
      {result?.ok && (
        <section aria-labelledby="preview" className="rounded-xl border border-stone-200 bg-white p-4">
          <h2 id="preview" className="text-lg font-bold">
            {t("previewTitle")}
          </h2>
          {stale && <p className="mt-1 font-medium text-amber-900">{t("previewStale")}</p>}
          <div className="mt-3 overflow-x-auto">
            <table className="w-full text-left text-sm">
              <TableHead labels={(["sample", "minutes", "thanks", "subsidy", "parentPays"] as const).map((k) => t(k))} />
              <tbody className="divide-y divide-stone-200">
                {result.samples.map((s) => (
                  <tr key={s.key}>
                    <th scope="row" className="px-3 py-2 font-normal">
                      {t(`samples.${s.key}`)}
                    </th>
                    {s.ok ? (
                      <>
                        <td className="px-3 py-2 tabular-nums">{s.breakdown.chargedMinutes}</td>
                        <td className="px-3 py-2 tabular-nums">{yen(s.breakdown.thanksYen)}</td>
                        <td className="px-3 py-2 tabular-nums">{yen(s.breakdown.subsidyYen)}</td>
                        <td className="px-3 py-2 tabular-nums">{yen(s.breakdown.parentPaysYen)}</td>
                      </>
                    ) : (
                      <td colSpan={4} className="px-3 py-2">
                        {t("notComputable")}
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </form>
  );
}
