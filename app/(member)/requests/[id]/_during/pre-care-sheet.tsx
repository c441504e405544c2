"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { CheckboxField } from "@/app/(member)/children/_components/checkbox-field";
import type { PreCareSheetData } from "@/db/queries/care-during";
import { cardClass, noticeClass, subheadingClass } from "./styles";

/**
 * What a recipient reads before saying OK, with the checkboxes the OK action needs: `sheetRead`,
 * and `childSeat` when the care includes 送迎 and a child needs (or the parent wants) a seat.
 * Render it inside the answer <form>; the boxes keep their state across a refused submit.
 */
export function PreCareSheet({ sheet, errors = {} }: { sheet: PreCareSheetData; errors?: { sheetRead?: string; childSeat?: string } }) {
  const t = useTranslations("careDuring");
  const [read, setRead] = useState(false);
  const [seat, setSeat] = useState(false);
  const entry = (label: string, value: string) => (
    <div className="grid gap-1 px-4 py-3 sm:grid-cols-3">
      <dt className="text-sm font-medium text-stone-700">{label}</dt>
      <dd className="whitespace-pre-line sm:col-span-2">{value || t("notEntered")}</dd>
    </div>
  );
  return (
    <section aria-labelledby="pre-care-title" className="flex flex-col gap-4">
      <div>
        <h3 id="pre-care-title" className={subheadingClass}>
          {t("sheet.title")}
        </h3>
        <p className="mt-1 text-stone-700">{t("sheet.intro")}</p>
      </div>
      {sheet.children.map((c) => (
        <div key={c.id} className="flex flex-col gap-2">
          <h4 className="font-bold">
            {c.name}
            <span className="ml-2 font-normal text-stone-700">{t("age", { age: c.ageYears })}</span>
          </h4>
          {sheet.seatNeed && c.seat !== "not_needed" && (
            <p className={`${noticeClass} font-bold`}>{t(c.seat === "required" ? "sheet.seatRequired" : "sheet.seatWanted")}</p>
          )}
          <dl className={`${cardClass} divide-y divide-stone-200`}>
            {entry(t("sheet.foodHabits"), c.foodHabits)}
            {entry(t("sheet.mayNotEat"), c.mayNotEat)}
            {entry(t("sheet.sleepHabits"), c.sleepHabits)}
          </dl>
        </div>
      ))}
      <CheckboxField
        name="sheetRead"
        emphasis
        legend={t("sheet.readLegend")}
        explain={t("sheet.readExplain")}
        label={t("sheet.readLabel")}
        checked={read}
        onChange={setRead}
        error={errors.sheetRead}
      />
      {sheet.seatNeed && (
        <CheckboxField
          name="childSeat"
          emphasis
          legend={t("sheet.seatLegend")}
          explain={t("sheet.seatExplain")}
          label={t("sheet.seatLabel")}
          checked={seat}
          onChange={setSeat}
          error={errors.childSeat}
        />
      )}
    </section>
  );
}
