import { getTranslations } from "next-intl/server";
import { PhoneBanner } from "@/app/_components/phone-banner";
import { SiteFrame } from "@/app/_components/site-frame";
import { db } from "@/db";
import { listPendingRequests } from "@/db/queries/connection-requests";
import { listBlocked, listConnections, personalToken } from "@/db/queries/connections";
import { requireMember } from "@/lib/auth/viewer";
import { searchSchema } from "@/lib/connections/schemas";
import { searchState } from "@/lib/connections/search";
import { findMembers } from "@/lib/connections/workflows/search-members";
import { isAppError } from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/forms";
import { phoneVerified } from "@/lib/members/phone-code";
import { BlockedList } from "./_components/blocked-list";
import { ConnectionList } from "./_components/connection-list";
import { MemberSearch, type SearchResult } from "./_components/member-search";
import { PendingRequests } from "./_components/pending-requests";
import { PersonalQr } from "./_components/personal-qr";
import { siteOrigin } from "./_components/site-origin";

export default async function ConnectionsPage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  const { userId, member } = await requireMember();
  const t = await getTranslations("connections");
  const raw = [(await searchParams).q].flat()[0] ?? "";
  const search = raw.trim() ? searchSchema.safeParse({ q: raw }) : null;
  const [connections, pending, blocked, token] = await Promise.all([
    listConnections(db(), userId),
    listPendingRequests(db(), userId),
    listBlocked(db(), userId),
    personalToken(db(), userId), // made at onboarding; the page only reads
  ]);
  const errors = await getTranslations("errors");
  let error = search?.success === false ? fieldErrorsOf(search.error, errors, (k) => errors.has(k)).q : undefined;
  let results: SearchResult[] | null = null;
  if (search?.success) {
    const known = { connected: new Set(connections.map((c) => c.otherId)), pending: new Set(pending.map((p) => p.otherId)) };
    try {
      results = (await findMembers(db(), userId, search.data.q, new Date())).map((r) => ({ ...r, state: searchState(r.userId, known) }));
    } catch (e) {
      if (!isAppError(e) || e.code !== "rate_limited") throw e;
      error = errors(e.messageKey);
    }
  }
  return (
    <SiteFrame wide>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 max-w-2xl text-stone-700">{t("intro")}</p>
      {!phoneVerified(member) && <PhoneBanner hasNumber={Boolean(member.phone)} />}
      <div className="mt-6 grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem] lg:items-start">
        <div className="flex flex-col gap-6">
          <PendingRequests requests={pending} viewerId={userId} />
          <ConnectionList connections={connections} />
        </div>
        <div className="flex flex-col gap-6">
          <PersonalQr origin={await siteOrigin()} token={token} />
          <MemberSearch q={raw} error={error} results={results} />
          <BlockedList blocked={blocked} />
        </div>
      </div>
    </SiteFrame>
  );
}
