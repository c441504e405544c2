"use client";

import { useTranslations } from "next-intl";
import { Field, inputClass } from "@/app/_components/field";
import { ROW_MAX } from "@/lib/children/details";
import { blankRow, type PersonRow } from "./form-values";
import { secondaryButtonClass } from "./styles";

type Column = "name" | "relation" | "phone";

/** Repeatable rows of people (emergency contacts, collectors), posted as "contacts.0.name"… */
export function PeopleRows({
  prefix,
  rows,
  onChange,
  errors,
  phoneRequired,
  addLabel,
}: {
  prefix: "contacts" | "collectors";
  rows: PersonRow[];
  onChange: (rows: PersonRow[], focus?: string) => void;
  errors: Record<string, string>;
  phoneRequired: boolean;
  addLabel: string;
}) {
  const t = useTranslations("children.form");
  const common = useTranslations("common");
  const set = (key: number, column: Column, value: string) => onChange(rows.map((r) => (r.key === key ? { ...r, [column]: value } : r)));
  const add = () => {
    const key = Math.max(-1, ...rows.map((r) => r.key)) + 1;
    onChange([...rows, blankRow(key)], `${prefix}-${rows.length}-name`);
  };
  const remove = (key: number) =>
    onChange(
      rows.filter((r) => r.key !== key),
      `${prefix}-add`,
    );
  const input = (row: PersonRow, i: number, column: Column, label: string, extra: { hint?: string; required?: boolean; type?: string }) => (
    <Field
      id={`${prefix}-${i}-${column}`}
      label={label}
      hint={extra.hint}
      error={errors[`${prefix}.${i}.${column}`]}
      required={extra.required}
      requiredLabel={common("required")}
    >
      {(p) => (
        <input
          {...p}
          name={`${prefix}.${i}.${column}`}
          value={row[column]}
          onChange={(e) => set(row.key, column, e.target.value)}
          type={extra.type ?? "text"}
          {...(extra.type === "tel" ? { inputMode: "tel" as const, autoComplete: "off" } : { autoComplete: "off" })}
          className={inputClass}
        />
      )}
    </Field>
  );

  return (
    <div className="flex flex-col gap-4">
      {rows.map((row, i) => (
        <fieldset key={row.key} className="flex flex-col gap-4 rounded-xl border border-stone-300 bg-stone-50 p-4">
          <legend className="px-1 font-bold">{t("person", { n: i + 1 })}</legend>
          <div className="grid gap-4 sm:grid-cols-3">
            {input(row, i, "name", t("personName"), { required: true })}
            {input(row, i, "relation", t("relation"), { hint: t("relationHint") })}
            {input(row, i, "phone", t("phone"), { hint: t("phoneHint"), required: phoneRequired, type: "tel" })}
          </div>
          <button type="button" onClick={() => remove(row.key)} className={`${secondaryButtonClass} self-start`}>
            {t("removeRow", { n: i + 1 })}
          </button>
        </fieldset>
      ))}
      {rows.length < ROW_MAX ? (
        <button id={`${prefix}-add`} type="button" onClick={add} className={`${secondaryButtonClass} border-dashed`}>
          {addLabel}
        </button>
      ) : (
        <p id={`${prefix}-add`} tabIndex={-1} className="text-sm text-stone-600">
          {t("rowsFull", { max: ROW_MAX })}
        </p>
      )}
    </div>
  );
}
