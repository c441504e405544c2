import { getLocale, getTranslations } from "next-intl/server";
import Link from "@/app/_components/link";
import type { listPendingRequests } from "@/db/queries/connection-requests";
import type { Locale } from "@/lib/i18n/locales";
import { formatDate } from "@/lib/time/format";
import { Section } from "./section";

type Pending = Awaited<ReturnType<typeof listPendingRequests>>;

export async function PendingRequests({ requests, viewerId }: { requests: Pending; viewerId: string }) {
  if (requests.length === 0) return null;
  const t = await getTranslations("connections");
  const locale = (await getLocale()) as Locale;
  return (
    <Section id="pending" title={t("pendingTitle")}>
      <ul className="flex flex-col divide-y divide-stone-200">
        {requests.map(({ request, displayName }) => (
          <li key={request.id} className="flex flex-col gap-2 py-3 first:pt-0 last:pb-0 sm:flex-row sm:items-center sm:justify-between">
            <div>
              <p className="font-medium">{t(request.fromUser === viewerId ? "outgoing" : "incoming", { name: displayName })}</p>
              <p className="text-sm text-stone-600">{formatDate(request.createdAt, locale)}</p>
            </div>
            <Link
              href={`/connections/requests/${request.id}`}
              className="inline-flex min-h-11 items-center justify-center rounded-xl bg-brand-700 px-5 font-bold text-white hover:bg-brand-800"
            >
              {t("enterDigits")}
            </Link>
          </li>
        ))}
      </ul>
    </Section>
  );
}
