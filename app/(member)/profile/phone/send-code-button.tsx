"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useState } from "react";
import { useFormStatus } from "react-dom";
import { FormAlert } from "@/app/_components/form-alert";
import { sendPhoneCodeAction } from "../actions";

function Button({ label, waiting }: { label: string; waiting: number }) {
  const t = useTranslations("phone");
  const { pending } = useFormStatus();
  const disabled = pending || waiting > 0;
  return (
    <button
      type="submit"
      disabled={disabled}
      aria-disabled={disabled}
      className="min-h-12 rounded-xl border border-brand-700 bg-white px-6 font-bold text-brand-800 hover:bg-brand-50 disabled:border-stone-300 disabled:text-stone-600"
    >
      {pending ? t("sending") : waiting > 0 ? t("resendIn", { seconds: waiting }) : label}
    </button>
  );
}

/** Sends a (new) code to the member's number; after a code, only once the short wait has passed. */
export function SendCodeButton({ label, waitSeconds }: { label: string; waitSeconds: number }) {
  const t = useTranslations("phone");
  const [state, action] = useActionState(sendPhoneCodeAction, null);
  const [waiting, setWaiting] = useState(waitSeconds);
  useEffect(() => {
    setWaiting(waitSeconds);
    if (waitSeconds <= 0) return;
    const started = Date.now();
    const timer = setInterval(() => {
      const left = waitSeconds - Math.floor((Date.now() - started) / 1000);
      setWaiting(Math.max(0, left));
      if (left <= 0) clearInterval(timer);
    }, 1000);
    return () => clearInterval(timer);
  }, [waitSeconds]);
  return (
    <form action={action} className="flex flex-col items-start gap-2">
      {state && !state.ok && <FormAlert message={state.error} />}
      {state?.ok && (
        <p role="status" className="font-medium text-brand-800">
          {t("sent")}
        </p>
      )}
      <Button label={label} waiting={waiting} />
    </form>
  );
}
