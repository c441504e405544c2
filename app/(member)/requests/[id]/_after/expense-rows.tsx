"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { Field, inputClass } from "@/app/_components/field";
import { EXPENSE_KINDS, type ExpenseKind, expenseLimits } from "@/lib/thanks/facts";
import { secondaryButtonClass } from "./styles";

/** One expense as the form holds it; `key` keeps React's rows stable while rows are removed. */
export type ExpenseRow = { key: number; kind: ExpenseKind; label: string; yen: string };

/** Itemised expenses, posted as "expenses.0.kind", "expenses.0.label", "expenses.0.yen"… */
export function ExpenseRows({
  rows,
  onChange,
  errors,
}: {
  rows: ExpenseRow[];
  onChange: (rows: ExpenseRow[]) => void;
  errors: Record<string, string>;
}) {
  const t = useTranslations("careAfter");
  const common = useTranslations("common");
  // Focus follows the row just added, or returns to "add" when a row is removed.
  const [focus, setFocus] = useState<string | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus moves again when a row is added or removed, even to the same element id.
  useEffect(() => {
    if (focus) document.getElementById(focus)?.focus();
  }, [focus, rows.length]);
  const set = (key: number, patch: Partial<ExpenseRow>) => onChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const add = () => {
    onChange([...rows, { key: Math.max(-1, ...rows.map((r) => r.key)) + 1, kind: "meal", label: "", yen: "" }]);
    setFocus(`expenses-${rows.length}-kind`);
  };
  const remove = (key: number) => {
    onChange(rows.filter((r) => r.key !== key));
    setFocus("expenses-add");
  };
  const req = { required: true, requiredLabel: common("required") };
  return (
    <fieldset className="flex flex-col gap-3" aria-describedby="expenses-hint">
      <legend className="font-medium">{t("report.expensesLegend")}</legend>
      <p id="expenses-hint" className="text-sm text-stone-600">
        {t("report.expensesHint")}
      </p>
      {errors.expenses && <p className="text-sm font-medium text-red-800">{errors.expenses}</p>}
      {rows.map((row, i) => (
        <fieldset key={row.key} className="flex flex-col gap-3 rounded-xl border border-stone-300 bg-stone-50 p-4">
          <legend className="px-1 font-bold">{t("report.expenseRow", { n: i + 1 })}</legend>
          <div className="grid gap-3 sm:grid-cols-[9rem_1fr_9rem]">
            <Field id={`expenses-${i}-kind`} label={t("report.expenseKind")} error={errors[`expenses.${i}.kind`]} {...req}>
              {(p) => (
                <select
                  {...p}
                  name={`expenses.${i}.kind`}
                  value={row.kind}
                  onChange={(e) => set(row.key, { kind: e.target.value as ExpenseKind })}
                  className={inputClass}
                >
                  {EXPENSE_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {t(`expenseKind.${k}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field
              id={`expenses-${i}-label`}
              label={t("report.expenseLabel")}
              hint={t("report.expenseLabelHint")}
              error={errors[`expenses.${i}.label`]}
              {...req}
            >
              {(p) => (
                <input
                  {...p}
                  name={`expenses.${i}.label`}
                  value={row.label}
                  maxLength={expenseLimits.maxLabelLength}
                  onChange={(e) => set(row.key, { label: e.target.value })}
                  className={inputClass}
                />
              )}
            </Field>
            <Field id={`expenses-${i}-yen`} label={t("report.expenseYen")} error={errors[`expenses.${i}.yen`]} {...req}>
              {(p) => (
                <input
                  {...p}
                  name={`expenses.${i}.yen`}
                  value={row.yen}
                  inputMode="numeric"
                  autoComplete="off"
                  onChange={(e) => set(row.key, { yen: e.target.value })}
                  className={inputClass}
                />
              )}
            </Field>
          </div>
          <button type="button" onClick={() => remove(row.key)} className={`${secondaryButtonClass} self-start`}>
            {t("report.removeExpense", { n: i + 1 })}
          </button>
        </fieldset>
      ))}
      {rows.length < expenseLimits.maxItems ? (
        <button id="expenses-add" type="button" onClick={add} className={`${secondaryButtonClass} self-start border-dashed`}>
          {t("report.addExpense")}
        </button>
      ) : (
        <p id="expenses-add" tabIndex={-1} className="text-sm text-stone-600">
          {t("report.expensesFull", { max: expenseLimits.maxItems })}
        </p>
      )}
    </fieldset>
  );
}
