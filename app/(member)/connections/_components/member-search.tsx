import { getLocale, getTranslations } from "next-intl/server";
import { inputClass } from "@/app/_components/field";
import type { searchMembers } from "@/db/queries/profiles";
import type { SearchState } from "@/lib/connections/search";
import { sendRequestAction } from "../actions";
import { ActionButton } from "./action-button";
import { Section } from "./section";

type Found = Awaited<ReturnType<typeof searchMembers>>[number];
export type SearchResult = Found & { state: SearchState };

/** A plain GET form, so searching works before any JavaScript has loaded. */
export async function MemberSearch({ q, error, results }: { q: string; error?: string; results: SearchResult[] | null }) {
  const t = await getTranslations("connections");
  const en = (await getLocale()) === "en";
  return (
    <Section id="search" title={t("searchTitle")}>
      <p className="text-stone-700">{t("searchIntro")}</p>
      <form method="get" action="/connections#search" role="search" className="mt-4 flex flex-col gap-1.5">
        <label htmlFor="q" className="font-medium">
          {t("searchLabel")}
        </label>
        <div className="flex gap-2">
          <input
            id="q"
            name="q"
            type="search"
            defaultValue={q}
            aria-describedby={error ? "q-hint q-error" : "q-hint"}
            aria-invalid={error ? true : undefined}
            className={inputClass}
          />
          <button type="submit" className="min-h-12 shrink-0 rounded-xl bg-brand-700 px-5 font-bold text-white hover:bg-brand-800">
            {t("searchButton")}
          </button>
        </div>
        <p id="q-hint" className="text-sm text-stone-600">
          {t("searchHint")}
        </p>
        {error && (
          <p id="q-error" className="text-sm font-medium text-red-800">
            {error}
          </p>
        )}
      </form>
      {results && (
        <div className="mt-4">
          <h3 className="font-bold">{t("searchResults", { q })}</h3>
          {results.length === 0 ? (
            <p className="mt-2 text-stone-700">{t("searchNone")}</p>
          ) : (
            <ul className="mt-2 flex flex-col divide-y divide-stone-200">
              {results.map((r) => (
                <li key={r.userId} className="flex flex-col gap-2 py-3 sm:flex-row sm:items-center sm:justify-between">
                  <div>
                    <p className="font-medium">{r.displayName}</p>
                    <p className="text-sm text-stone-600">{en ? r.districtEn : r.districtJa}</p>
                  </div>
                  {r.state === "none" ? (
                    <ActionButton
                      id={`request-${r.userId}`}
                      action={sendRequestAction}
                      fields={{ userId: r.userId }}
                      label={t("request")}
                      name={t("requestTo", { name: r.displayName })}
                      pendingLabel={t("requesting")}
                      variant="primary"
                    />
                  ) : (
                    <p className="text-sm font-medium text-stone-700">
                      {t(r.state === "connected" ? "alreadyConnected" : "requestPending")}
                    </p>
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </Section>
  );
}
