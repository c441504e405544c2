import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/app/_components/client-messages";
import { SiteFrame } from "@/app/_components/site-frame";
import { type DeskField, DeskForm } from "@/app/(member)/profile/_components/desk-form";
import { db } from "@/db";
import { hasAppealed, listThreadsOf } from "@/db/queries/desk";
import { getViewer } from "@/lib/auth/viewer";
import { type Asker, categoriesFor, mayAppeal } from "@/lib/desk/desk";
import type { Locale } from "@/lib/i18n/locales";
import { formatDateTime } from "@/lib/time/format";
import { contactAction, writeMoreAction } from "./actions";

/**
 * The consultation desk: a form for everyone (a visitor gives an address for the answer), and a
 * member's own threads with the desk's answers. A suspended member reaches it too, and may appeal once.
 */
export default async function ContactPage({ searchParams }: { searchParams: Promise<{ sent?: string }> }) {
  const viewer = await getViewer();
  const { sent } = await searchParams;
  const t = await getTranslations("contact");
  const locale = (await getLocale()) as Locale;
  const member = viewer?.member ?? null;
  const suspended = member?.status === "suspended";
  const appealed = member ? await hasAppealed(db(), viewer!.userId) : false;
  const asker: Asker = member ? { kind: "member", suspended, appealed } : { kind: "visitor" };
  // Threads are a member's; an account still onboarding asks as a visitor would, answered at its address.
  const threads = member ? await listThreadsOf(db(), viewer!.userId) : [];
  const fields: DeskField[] = [
    {
      kind: "select",
      name: "category",
      label: t("category"),
      placeholder: t("categoryPlaceholder"),
      options: categoriesFor(asker).map((c) => [c, t(`categories.${c}`)]),
    },
    { kind: "textarea", name: "text", label: t("text"), hint: t("textHint") },
    ...(viewer ? [] : [{ kind: "text", name: "email", label: t("email"), hint: t("emailHint") } as const]),
  ];

  return (
    <SiteFrame>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-stone-700">{t("intro")}</p>
      <p className="mt-4 rounded-xl border border-amber-300 bg-amber-50 p-3 font-medium text-amber-950">{t("urgent")}</p>
      {sent === "1" && (
        <div role="status" className="mt-4 rounded-xl border border-brand-100 bg-brand-50 p-4">
          <p className="text-lg font-bold text-brand-900">{t("sentTitle")}</p>
          <p className="mt-1">{t(member ? "sentMember" : "sentVisitor")}</p>
        </div>
      )}
      {sent === "thread" && (
        <p role="status" className="mt-4 rounded-xl border border-brand-100 bg-brand-50 p-4 font-bold text-brand-900">
          {t("threadSent")}
        </p>
      )}
      {suspended && (
        <p className="mt-4 rounded-xl border border-stone-300 bg-white p-4">{t(mayAppeal(asker) ? "appealOffered" : "appealUsed")}</p>
      )}

      <section aria-labelledby="new-thread" className="mt-6 rounded-xl border border-stone-200 bg-white p-4 sm:p-5">
        <h2 id="new-thread" className="mb-4 text-lg font-bold">
          {t("newTitle")}
        </h2>
        <ClientMessages namespaces={["common"]}>
          <DeskForm id="contact" action={contactAction} fields={fields} submit={t("submit")} pending={t("sending")} />
        </ClientMessages>
      </section>

      {member && (
        <section aria-labelledby="threads" className="mt-8">
          <h2 id="threads" className="text-lg font-bold">
            {t("threadsTitle")}
          </h2>
          {threads.length === 0 ? (
            <p className="mt-2 text-stone-700">{t("noThreads")}</p>
          ) : (
            <ul className="mt-3 flex flex-col gap-4">
              {threads.map((thread) => (
                <li key={thread.id} id={`thread-${thread.id}`} className="rounded-xl border border-stone-200 bg-white p-4">
                  <h3 className="font-bold">
                    {t("threadLabel", { category: t(`categories.${thread.category}`), date: formatDateTime(thread.createdAt, locale) })}
                  </h3>
                  <p className="text-sm text-stone-700">{t(`states.${thread.state}`)}</p>
                  <ol className="mt-3 flex flex-col gap-3">
                    {thread.messages.map((m, i) => (
                      <li key={i} className={`rounded-lg p-3 ${m.fromDesk ? "border border-brand-100 bg-brand-50" : "bg-stone-50"}`}>
                        <p className="text-sm font-medium text-stone-700">
                          {m.fromDesk ? t("fromDesk") : t("fromYou")} · {formatDateTime(m.createdAt, locale)}
                        </p>
                        <p className="mt-1 whitespace-pre-line">{m.body}</p>
                      </li>
                    ))}
                  </ol>
                  {thread.appealOutcome && <p className="mt-3 font-bold">{t(`appealOutcomes.${thread.appealOutcome}`)}</p>}
                  {thread.state !== "closed" && (
                    <details className="mt-3">
                      <summary className="inline-flex min-h-11 cursor-pointer items-center font-medium text-brand-800 underline">
                        {t("more")}
                      </summary>
                      <div className="mt-3">
                        <ClientMessages namespaces={["common"]}>
                          <DeskForm
                            id={`more-${thread.id}`}
                            action={writeMoreAction}
                            hidden={{ threadId: thread.id }}
                            fields={[{ kind: "textarea", name: "body", label: t("text") }]}
                            submit={t("moreSubmit")}
                            pending={t("sending")}
                          />
                        </ClientMessages>
                      </div>
                    </details>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </SiteFrame>
  );
}
