"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState, useEffect, useState } from "react";
import { Field, inputClass } from "@/app/_components/field";
import { FormAlert } from "@/app/_components/form-alert";
import { NAP_STATES, type NapState, nextNapCheckAt } from "@/lib/care/during/nap";
import type { Locale } from "@/lib/i18n/locales";
import { formatTime } from "@/lib/time/format";
import { logNapCheckAction } from "./actions";
import { cardClass } from "./styles";

export type NapChild = { id: string; name: string; intervalMinutes: number; last: { state: NapState; checkedAt: string } | null };

const BUTTON: Record<NapState, string> = {
  asleep_ok: "bg-brand-700 text-white hover:bg-brand-800",
  awake: "border border-stone-400 bg-white text-stone-800 hover:bg-stone-50",
  concern: "border border-red-700 bg-white text-red-800 hover:bg-red-50",
};

/** One countdown per sleeping child, ticking every second; starts from the server's clock so the first paint matches. */
export function NapTimer({ requestId, items, renderedAt }: { requestId: string; items: NapChild[]; renderedAt: string }) {
  const [now, setNow] = useState(() => Date.parse(renderedAt));
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, []);
  return (
    <ul className="flex flex-col gap-4">
      {items.map((c) => (
        <li key={c.id}>
          <NapCard requestId={requestId} child={c} now={now} />
        </li>
      ))}
    </ul>
  );
}

function NapCard({ requestId, child, now }: { requestId: string; child: NapChild; now: number }) {
  const t = useTranslations("careDuring.nap");
  const locale = useLocale() as Locale;
  const [note, setNote] = useState("");
  const [state, action] = useActionState(async (previous: unknown, form: FormData) => {
    const result = await logNapCheckAction(previous, form);
    if (result.ok) setNote("");
    return result;
  }, null);
  const last = child.last && { state: child.last.state, checkedAt: new Date(child.last.checkedAt) };
  const due = nextNapCheckAt(last, child.intervalMinutes);
  const remaining = due ? due.getTime() - now : null;
  const overdue = remaining !== null && remaining <= 0;
  useEffect(() => {
    if (overdue) navigator.vibrate?.([300, 150, 300]);
  }, [overdue]);
  const titleId = `nap-${child.id}`;

  return (
    <article
      aria-labelledby={titleId}
      className={`${cardClass} flex flex-col gap-3 p-4 ${overdue ? "border-2 border-amber-500 bg-amber-50" : ""}`}
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h4 id={titleId} className="text-lg font-bold">
          {child.name}
        </h4>
        <span className="text-sm text-stone-700">{t("every", { minutes: child.intervalMinutes })}</span>
      </div>
      <div role="status" className={overdue ? "text-2xl font-bold text-amber-950" : "font-medium text-brand-900"}>
        {overdue ? (
          <>
            <span aria-hidden="true">{t("due")}</span>
            <span className="sr-only">{t("dueAnnounce", { name: child.name })}</span>
          </>
        ) : (
          state?.ok && t("saved")
        )}
      </div>
      {remaining === null ? (
        <p className="text-stone-800">{last?.state === "awake" ? t("awake") : t("notStarted")}</p>
      ) : (
        !overdue && (
          <p role="timer" className="flex items-baseline gap-3">
            <span className="text-stone-700">{t("nextIn")}</span>
            <span className="text-4xl font-bold tabular-nums">{clock(remaining)}</span>
          </p>
        )
      )}
      {last && (
        <p className="text-sm text-stone-700">
          {t("last", { time: formatTime(last.checkedAt, locale), state: t(`states.${last.state}`) })}
        </p>
      )}
      {state && !state.ok && <FormAlert message={state.error} />}
      <form action={action} className="flex flex-col gap-3">
        <input type="hidden" name="requestId" value={requestId} />
        <input type="hidden" name="childId" value={child.id} />
        <Field
          id={`nap-note-${child.id}`}
          label={t("note")}
          hint={t("noteHint")}
          error={state && !state.ok ? state.fieldErrors.note : undefined}
        >
          {(p) => (
            <input {...p} name="note" value={note} onChange={(e) => setNote(e.target.value)} autoComplete="off" className={inputClass} />
          )}
        </Field>
        <div className="grid gap-2 sm:grid-cols-3">
          {NAP_STATES.map((s) => (
            <button key={s} type="submit" name="state" value={s} className={`min-h-12 rounded-xl px-4 font-bold ${BUTTON[s]}`}>
              {t(`buttons.${s}`)}
            </button>
          ))}
        </div>
      </form>
    </article>
  );
}

function clock(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}
