"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, useState } from "react";
import { FormAlert } from "@/app/_components/form-alert";
import { SubmitButton } from "@/app/_components/submit-button";
import { removeChildAction } from "../actions";
import { dangerOutlineButtonClass, secondaryButtonClass } from "./styles";

/** Removal in two steps: first what it erases and keeps, then the confirmation. */
export function RemoveChild({ id, name }: { id: string; name: string }) {
  const t = useTranslations("children.remove");
  const [asking, setAsking] = useState(false);
  const [state, action] = useActionState(removeChildAction, null);
  const question = useRef<HTMLHeadingElement>(null);
  const start = useRef<HTMLButtonElement>(null);
  const [moved, setMoved] = useState(false);
  useEffect(() => {
    if (!moved) return;
    (asking ? question.current : start.current)?.focus();
  }, [asking, moved]);
  const toggle = (next: boolean) => {
    setAsking(next);
    setMoved(true);
  };

  return (
    <section aria-labelledby="remove-title" className="mt-10 border-t border-stone-200 pt-6">
      <h2 id="remove-title" className="text-lg font-bold">
        {t("title")}
      </h2>
      {!asking ? (
        <button ref={start} type="button" onClick={() => toggle(true)} className={`${dangerOutlineButtonClass} mt-3`}>
          {t("start")}
        </button>
      ) : (
        <div className="mt-3 flex flex-col gap-3 rounded-xl border border-red-300 bg-red-50 p-4">
          <h3 ref={question} tabIndex={-1} className="font-bold text-red-950">
            {t("question", { name })}
          </h3>
          <p className="text-red-950">{t("explain")}</p>
          {state && !state.ok && <FormAlert message={state.error} />}
          <form action={action} className="flex flex-col gap-3 sm:flex-row">
            <input type="hidden" name="id" value={id} />
            <SubmitButton tone="danger" label={t("confirm")} pendingLabel={t("removing")} />
            <button type="button" onClick={() => toggle(false)} className={secondaryButtonClass}>
              {t("cancel")}
            </button>
          </form>
        </div>
      )}
    </section>
  );
}
