import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import Link from "@/app/_components/link";
import { SiteFrame } from "@/app/_components/site-frame";
import { db } from "@/db";
import { mutualConnections } from "@/db/queries/profiles";
import { mayListConnectionsOf } from "@/lib/connections/visibility";
import { visibleProfileOf } from "../visible-profile";

// Another member's connections: only for their connections, and only the ones the viewer shares.
export default async function MutualConnectionsPage({ params }: { params: Promise<{ id: string }> }) {
  const { viewerId: userId, id, shown } = await visibleProfileOf(params, "/connections");
  if (!mayListConnectionsOf(shown.relation)) notFound();
  const t = await getTranslations("memberProfile");
  const c = await getTranslations("connections");
  const mutual = await mutualConnections(db(), userId, id);
  const name = shown.profile.displayName;
  return (
    <SiteFrame>
      <h1 className="text-2xl font-bold">{t("mutualTitle", { name })}</h1>
      <p className="mt-2 text-stone-700">{t("mutualNote")}</p>
      {mutual.length === 0 ? (
        <p className="mt-6">{t("mutualEmpty")}</p>
      ) : (
        <ul className="mt-6 divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white">
          {mutual.map((m) => (
            <li key={m.userId}>
              <Link
                href={`/members/${m.userId}`}
                className="block min-h-11 px-4 py-3 font-medium text-brand-800 underline underline-offset-4"
              >
                {m.displayName}
              </Link>
            </li>
          ))}
        </ul>
      )}
      <p className="mt-6">
        <Link href={`/members/${id}`} className="font-medium text-brand-800 underline underline-offset-4">
          {c("openProfile", { name })}
        </Link>
      </p>
    </SiteFrame>
  );
}
