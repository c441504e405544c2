"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { CheckboxField } from "@/app/(member)/children/_components/checkbox-field";
import type { NeedToKnow as Summary } from "@/lib/care/during/pre-care";
import { cardClass, noticeClass, subheadingClass } from "./styles";

/**
 * What a recipient reads before saying OK (ages, whether there are allergy notes, the child seat),
 * with the checkboxes the OK action needs: `sheetRead`, and `childSeat` when the care includes 送迎
 * and a child needs (or the parent wants) a seat. Render it inside the answer <form>; the boxes
 * keep their state across a refused submit.
 */
export function NeedToKnow({ summary, errors = {} }: { summary: Summary; errors?: { sheetRead?: string; childSeat?: string } }) {
  const t = useTranslations("careDuring");
  const [read, setRead] = useState(false);
  const [seat, setSeat] = useState(false);
  return (
    <section aria-labelledby="need-to-know-title" className="flex flex-col gap-4">
      <div>
        <h3 id="need-to-know-title" className={subheadingClass}>
          {t("needToKnow.title")}
        </h3>
        <p className="mt-1 text-stone-700">{t("needToKnow.intro")}</p>
      </div>
      <ul className={`${cardClass} divide-y divide-stone-200`}>
        {summary.children.map((c) => (
          <li key={c.id} className="flex flex-col gap-1 px-4 py-3">
            <p className="font-bold">
              {c.name}
              <span className="ml-2 font-normal text-stone-700">{t("age", { age: c.ageYears })}</span>
            </p>
            <p>{t(c.allergyNotes ? "needToKnow.allergyNotes" : "needToKnow.noAllergyNotes")}</p>
            {summary.seatNeed && c.seat !== "not_needed" && (
              <p className={`${noticeClass} font-bold`}>{t(c.seat === "required" ? "needToKnow.seatRequired" : "needToKnow.seatWanted")}</p>
            )}
          </li>
        ))}
      </ul>
      <CheckboxField
        name="sheetRead"
        emphasis
        legend={t("needToKnow.readLegend")}
        explain={t("needToKnow.readExplain")}
        label={t("needToKnow.readLabel")}
        checked={read}
        onChange={setRead}
        error={errors.sheetRead}
      />
      {summary.seatNeed && (
        <CheckboxField
          name="childSeat"
          emphasis
          legend={t("needToKnow.seatLegend")}
          explain={t("needToKnow.seatExplain")}
          label={t("needToKnow.seatLabel")}
          checked={seat}
          onChange={setSeat}
          error={errors.childSeat}
        />
      )}
    </section>
  );
}
