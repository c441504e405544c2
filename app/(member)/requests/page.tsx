import { getTranslations } from "next-intl/server";
import Link from "@/app/_components/link";
import { SiteFrame } from "@/app/_components/site-frame";
import { Section } from "@/app/(member)/connections/_components/section";
import { db } from "@/db";
import { listMyRequests, listRequestsForMe } from "@/db/queries/care-request-views";
import { hasCapability } from "@/lib/auth/capabilities";
import { requireMember } from "@/lib/auth/viewer";
import { effectiveState } from "@/lib/care";
import { statusFor, upcomingFirst } from "@/lib/care/view";
import { RequestCard } from "./_components/request-card";
import { primaryLinkClass } from "./_components/styles";

export default async function RequestsPage() {
  const viewer = await requireMember();
  const t = await getTranslations("care.list");
  const now = new Date();
  const isParent = hasCapability(viewer.member, "parent");
  const [mine, forMe] = await Promise.all([
    isParent ? listMyRequests(db(), viewer.userId).then((rows) => upcomingFirst(rows, now)) : [],
    listRequestsForMe(db(), viewer.userId).then((rows) => upcomingFirst(rows, now)),
  ]);
  const stateOf = (r: { state: Parameters<typeof statusFor>[1]; startAt: Date; endAt: Date }) =>
    effectiveState({ state: r.state, start: r.startAt, end: r.endAt }, now);
  const empty = (text: string) => <p className="text-stone-700">{text}</p>;
  return (
    <SiteFrame>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-stone-700">{t("intro")}</p>
      {isParent && (
        <Link href="/requests/new" className={`${primaryLinkClass} mt-4 w-full sm:w-auto`}>
          {t("new")}
        </Link>
      )}
      {isParent && (
        <Section id="mine" title={t("mine")} className="mt-6">
          {mine.length === 0 ? (
            empty(t("emptyMine"))
          ) : (
            <ul className="flex flex-col gap-3">
              {mine.map((r) => {
                const line = r.helperName ? t("helperLine", { name: r.helperName }) : t("offersLine", { offers: r.offers, asked: r.asked });
                return (
                  <li key={r.id}>
                    <RequestCard {...r} status={statusFor("parent", stateOf(r))} line={line} />
                  </li>
                );
              })}
            </ul>
          )}
        </Section>
      )}
      <Section id="for-me" title={t("forMe")} className="mt-6">
        {forMe.length === 0 ? (
          empty(t("emptyForMe"))
        ) : (
          <ul className="flex flex-col gap-3">
            {forMe.map((r) => {
              const role = r.chosen ? "helper" : "recipient";
              const line = r.chosen ? t("chosenYou") : t("fromLine", { name: r.parentName, answer: t(`answer.${r.response}`) });
              return (
                <li key={r.id}>
                  <RequestCard {...r} status={statusFor(role, stateOf(r))} line={line} />
                </li>
              );
            })}
          </ul>
        )}
      </Section>
    </SiteFrame>
  );
}
