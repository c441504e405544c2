import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SiteFrame } from "@/app/_components/site-frame";
import { db } from "@/db";
import { findUserWithMember } from "@/db/queries/members";
import { requireMember } from "@/lib/auth/viewer";
import { connectByLink } from "@/lib/connections/workflows/connect-in-person";

// Opening a member's personal link (their QR code) while signed in connects the two at once:
// they are together. An unknown, rotated or blocked link is a plain "not found".
export default async function PersonalLinkPage({ params }: { params: Promise<{ token: string }> }) {
  const { userId } = await requireMember();
  const { token } = await params;
  if (token.length > 100) notFound();
  const outcome = await connectByLink(db(), userId, token, new Date());
  if (!outcome) notFound();
  const t = await getTranslations("personalLink");
  const link = "font-medium text-brand-800 underline underline-offset-4";
  if (outcome.kind === "own") {
    return (
      <SiteFrame>
        <h1 className="text-2xl font-bold">{t("ownTitle")}</h1>
        <p className="mt-3">{t("own")}</p>
        <p className="mt-6">
          <Link href="/connections" className={link}>
            {t("toList")}
          </Link>
        </p>
      </SiteFrame>
    );
  }
  const other = await findUserWithMember(db(), outcome.otherId);
  const name = other?.member?.displayName ?? "";
  return (
    <SiteFrame>
      <h1 className="text-2xl font-bold">{t(outcome.created ? "connectedTitle" : "alreadyTitle")}</h1>
      <p role="status" className="mt-4 rounded-xl border border-brand-100 bg-brand-50 p-4 font-medium text-brand-900">
        {t(outcome.created ? "connected" : "already", { name })}
      </p>
      <p className="mt-6 flex flex-wrap gap-x-6 gap-y-2">
        <Link href={`/members/${outcome.otherId}`} className={link}>
          {t("toProfile", { name })}
        </Link>
        <Link href="/connections" className={link}>
          {t("toList")}
        </Link>
      </p>
    </SiteFrame>
  );
}
