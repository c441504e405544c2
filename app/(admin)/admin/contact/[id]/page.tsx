import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/app/_components/client-messages";
import Link from "@/app/_components/link";
import { SiteFrame } from "@/app/_components/site-frame";
import { DeskForm } from "@/app/(member)/profile/_components/desk-form";
import { db } from "@/db";
import { findThread } from "@/db/queries/desk";
import { requireAdmin } from "@/lib/auth/viewer";
import { APPEAL_OUTCOMES } from "@/lib/desk/desk";
import type { Locale } from "@/lib/i18n/locales";
import { isUuid } from "@/lib/ids";
import { formatDateTime } from "@/lib/time/format";
import { answerThreadAction, decideAppealAction } from "../actions";

/** One thread of the consultation desk: the messages, an answer, and for an appeal its decision (once). */
export default async function DeskThreadPage({ params }: { params: Promise<{ id: string }> }) {
  await requireAdmin();
  const { id } = await params;
  const row = isUuid(id) ? await findThread(db(), id) : null;
  if (!row) notFound();
  const t = await getTranslations("adminContact");
  const c = await getTranslations("contact");
  const locale = (await getLocale()) as Locale;
  const { thread } = row;
  const asker = row.memberName
    ? `${row.memberName} (${row.memberEmail ?? ""})${row.memberStatus === "suspended" ? ` · ${t("suspended")}` : ""}`
    : t("visitor", { email: thread.email ?? "" });
  const appealOpen = thread.category === "appeal" && !thread.appealOutcome && thread.userId;
  return (
    <SiteFrame>
      <Link href="/admin/contact" className="inline-flex min-h-11 items-center underline">
        {t("back")}
      </Link>
      <h1 className="mt-2 text-2xl font-bold">{t("detailTitle", { category: c(`categories.${thread.category}`) })}</h1>
      <p className="mt-1 text-stone-700">
        {t("askedBy")}: {asker} · {c(`states.${thread.state}`)}
      </p>
      <h2 className="mt-6 text-lg font-bold">{t("messages")}</h2>
      <ol className="mt-2 flex flex-col gap-3">
        {row.messages.map((m, i) => (
          <li
            key={i}
            className={`rounded-lg p-3 ${m.fromDesk ? "border border-brand-100 bg-brand-50" : "border border-stone-200 bg-white"}`}
          >
            <p className="text-sm font-medium text-stone-700">
              {m.fromDesk ? c("fromDesk") : asker} · {formatDateTime(m.createdAt, locale)}
            </p>
            <p className="mt-1 whitespace-pre-line">{m.body}</p>
          </li>
        ))}
      </ol>
      {thread.appealOutcome && (
        <p className="mt-4 font-bold">{t("appealDecided", { outcome: c(`appealOutcomes.${thread.appealOutcome}`) })}</p>
      )}
      {appealOpen && (
        <section aria-labelledby="appeal" className="mt-6 rounded-xl border border-stone-200 bg-white p-4 sm:p-5">
          <h2 id="appeal" className="mb-1 text-lg font-bold">
            {t("appealTitle")}
          </h2>
          <p className="mb-4 text-sm text-stone-700">{t("appealHint")}</p>
          <ClientMessages namespaces={["common"]}>
            <DeskForm
              id="appeal-decision"
              action={decideAppealAction}
              hidden={{ threadId: thread.id }}
              fields={[
                {
                  kind: "select",
                  name: "outcome",
                  label: t("outcome"),
                  placeholder: t("outcomePlaceholder"),
                  options: APPEAL_OUTCOMES.map((o) => [o, t(`outcomes.${o}`)]),
                },
                { kind: "textarea", name: "body", label: t("appealReason") },
              ]}
              submit={t("appealSubmit")}
              pending={t("answering")}
            />
          </ClientMessages>
        </section>
      )}
      {thread.state !== "closed" && (
        <section aria-labelledby="answer" className="mt-6 rounded-xl border border-stone-200 bg-white p-4 sm:p-5">
          <h2 id="answer" className="mb-1 text-lg font-bold">
            {t("answerTitle")}
          </h2>
          <p className="mb-4 text-sm text-stone-700">{t(thread.userId ? "answerHintMember" : "answerHintVisitor")}</p>
          <ClientMessages namespaces={["common"]}>
            <DeskForm
              id="desk-answer"
              action={answerThreadAction}
              hidden={{ threadId: thread.id }}
              fields={[{ kind: "textarea", name: "body", label: t("answer") }]}
              submit={t("answerSubmit")}
              pending={t("answering")}
            />
          </ClientMessages>
        </section>
      )}
    </SiteFrame>
  );
}
