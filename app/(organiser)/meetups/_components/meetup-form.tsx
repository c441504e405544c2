"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Field, inputClass } from "@/app/_components/field";
import { FormAlert } from "@/app/_components/form-alert";
import { SubmitButton } from "@/app/_components/submit-button";
import type { ActionResult } from "@/lib/action";
import type { FeeOption } from "@/lib/meetups/paid";
import { ScopeChoice } from "./scope-choice";

export type MeetupFormValues = {
  title: string;
  description: string;
  venueName: string;
  venueAddress: string;
  mapUrl: string;
  date: string;
  startTime: string;
  endTime: string;
  capacityAdults: string;
  capacityChildren: string;
  ageMin: string;
  ageMax: string;
  fee: "free" | "paid";
  feeYen: string;
};

type Action = (previous: unknown, form: FormData) => Promise<ActionResult<unknown>>;

/** The meetup's details; a new meetup may repeat, an occurrence of a series is edited alone or with the following. */
export function MeetupForm({
  action,
  values,
  mode,
  maxOccurrences,
  feeOption,
}: {
  action: Action;
  values: MeetupFormValues;
  mode: { kind: "new" } | { kind: "edit"; meetupId: string; inSeries: boolean };
  maxOccurrences: number;
  /** Whether a fee can be asked (card payments on, the organiser's account taking charges), and if not why. */
  feeOption: FeeOption;
}) {
  const t = useTranslations("meetups");
  const f = useTranslations("meetups.fields");
  const common = useTranslations("common");
  const [state, run] = useActionState(action, null);
  // Controlled, so that what was typed survives a refusal (React resets a form after its action).
  const [form, setForm] = useState({ ...values, repeat: "none", until: "", scope: "one" });
  const set = (name: keyof typeof form) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [name]: e.target.value }));
  const { fee, repeat } = form;
  const errors = state && !state.ok ? state.fieldErrors : {};
  const req = { required: true, requiredLabel: common("required") };
  // A render function for Field (called, not mounted as a component).
  const text =
    (name: keyof MeetupFormValues, type = "text", extra: Record<string, unknown> = {}) =>
    (p: { id: string }) => (
      <input {...p} {...extra} name={name} type={type} value={form[name]} onChange={set(name)} className={inputClass} />
    );
  return (
    <form action={run} className="mt-6 flex flex-col gap-5" noValidate>
      {state && !state.ok && <FormAlert message={state.error} />}
      {mode.kind === "edit" && <input type="hidden" name="meetupId" value={mode.meetupId} />}
      <Field id="title" label={f("title")} error={errors.title} {...req}>
        {text("title")}
      </Field>
      <Field id="description" label={f("description")} hint={f("descriptionHint")} error={errors.description}>
        {(p) => (
          <textarea
            {...p}
            name="description"
            rows={4}
            value={form.description}
            onChange={set("description")}
            className={`${inputClass} py-3`}
          />
        )}
      </Field>
      <Field id="venueName" label={f("venueName")} error={errors.venueName} {...req}>
        {text("venueName")}
      </Field>
      <Field id="venueAddress" label={f("venueAddress")} error={errors.venueAddress} {...req}>
        {text("venueAddress")}
      </Field>
      <Field id="mapUrl" label={f("mapUrl")} hint={f("mapUrlHint")} error={errors.mapUrl}>
        {text("mapUrl", "url", { inputMode: "url" })}
      </Field>
      <Field id="date" label={f("date")} error={errors.date} {...req}>
        {text("date", "date")}
      </Field>
      <div className="grid grid-cols-2 gap-4">
        <Field id="startTime" label={f("startTime")} error={errors.startTime} {...req}>
          {text("startTime", "time", { step: 300 })}
        </Field>
        <Field id="endTime" label={f("endTime")} error={errors.endTime} {...req}>
          {text("endTime", "time", { step: 300 })}
        </Field>
      </div>
      <div className="grid grid-cols-2 gap-4">
        <Field id="capacityAdults" label={f("capacityAdults")} error={errors.capacityAdults} {...req}>
          {text("capacityAdults", "number", { inputMode: "numeric", min: 1 })}
        </Field>
        <Field id="capacityChildren" label={f("capacityChildren")} error={errors.capacityChildren} {...req}>
          {text("capacityChildren", "number", { inputMode: "numeric", min: 0 })}
        </Field>
      </div>
      <div className="grid grid-cols-2 gap-4">
        <Field id="ageMin" label={f("ageMin")} error={errors.ageMin} {...req}>
          {text("ageMin", "number", { inputMode: "numeric", min: 0 })}
        </Field>
        <Field id="ageMax" label={f("ageMax")} error={errors.ageMax} {...req}>
          {text("ageMax", "number", { inputMode: "numeric", min: 0 })}
        </Field>
      </div>
      <fieldset className="flex flex-col gap-2">
        <legend className="font-medium">{f("fee")}</legend>
        {(feeOption === "ready" || values.fee === "paid" ? (["free", "paid"] as const) : (["free"] as const)).map((k) => (
          <label key={k} className="flex min-h-11 items-center gap-3">
            <input type="radio" name="fee" value={k} checked={fee === k} onChange={set("fee")} className="size-5" />
            {k === "free" ? f("feeFree") : f("feePaid")}
          </label>
        ))}
        {feeOption === "off" && <p className="text-sm text-stone-700">{f("feeOff")}</p>}
        {feeOption === "not_connected" && (
          <p className="text-sm text-stone-700">
            {f("feeNotConnected")}{" "}
            <a href="/profile/payments" className="text-brand-800 underline">
              {f("feeConnect")}
            </a>
          </p>
        )}
      </fieldset>
      {fee === "paid" && (
        <Field id="feeYen" label={f("feeYen")} error={errors.feeYen} {...req}>
          {text("feeYen", "number", { inputMode: "numeric", min: 1 })}
        </Field>
      )}
      {mode.kind === "new" && (
        <>
          <Field id="repeat" label={f("repeat")} error={errors.repeat}>
            {(p) => (
              <select {...p} name="repeat" value={repeat} onChange={set("repeat")} className={inputClass}>
                <option value="none">{f("repeatNone")}</option>
                <option value="weekly">{f("repeatWeekly")}</option>
                <option value="monthly">{f("repeatMonthly")}</option>
              </select>
            )}
          </Field>
          {repeat !== "none" && (
            <Field id="until" label={f("until")} hint={f("untilHint", { max: maxOccurrences })} error={errors.until} {...req}>
              {(p) => <input {...p} name="until" type="date" value={form.until} onChange={set("until")} className={inputClass} />}
            </Field>
          )}
        </>
      )}
      {mode.kind === "edit" && (
        <ScopeChoice inSeries={mode.inSeries} value={form.scope} onChange={(scope) => setForm((v) => ({ ...v, scope }))} />
      )}
      <SubmitButton
        label={mode.kind === "new" ? t("create") : t("saveChanges")}
        pendingLabel={mode.kind === "new" ? t("creating") : common("saving")}
      />
    </form>
  );
}
