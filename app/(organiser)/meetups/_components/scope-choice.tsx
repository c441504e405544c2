"use client";

import { useTranslations } from "next-intl";
import type { EditScope } from "@/lib/meetups/schema";

/** Whether a change (or a cancellation) applies to this occurrence alone or also to the following ones of its series. */
export function ScopeChoice({ inSeries, value, onChange }: { inSeries: boolean; value: string; onChange: (scope: EditScope) => void }) {
  const f = useTranslations("meetups.fields");
  if (!inSeries) return <input type="hidden" name="scope" value="one" />;
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="font-medium">{f("scope")}</legend>
      {(["one", "following"] as const).map((k) => (
        <label key={k} className="flex min-h-11 items-center gap-3">
          <input type="radio" name="scope" value={k} checked={value === k} onChange={() => onChange(k)} className="size-5" />
          {k === "one" ? f("scopeOne") : f("scopeFollowing")}
        </label>
      ))}
    </fieldset>
  );
}
