import { getTranslations } from "next-intl/server";
import Link from "@/app/_components/link";
import { SiteFrame } from "@/app/_components/site-frame";
import { db } from "@/db";
import { hasAppealed } from "@/db/queries/desk";
import { latestSuspensionOf } from "@/db/queries/safety";
import { getViewer } from "@/lib/auth/viewer";
import { mayAppeal } from "@/lib/desk/desk";

/** Where a suspended member lands: the reason the desk gave them, and the way to the consultation desk (and to appeal, once). */
export default async function SuspendedPage() {
  const t = await getTranslations("suspended");
  const s = await getTranslations("suspendedPage");
  const viewer = await getViewer();
  const suspended = viewer?.member?.status === "suspended";
  const decision = suspended ? await latestSuspensionOf(db(), viewer!.userId) : null;
  const appeal = suspended && mayAppeal({ kind: "member", suspended, appealed: await hasAppealed(db(), viewer!.userId) });
  return (
    <SiteFrame>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-4">{t("body")}</p>
      {decision?.reason && (
        <div className="mt-4 rounded-xl border border-stone-300 bg-white p-4">
          <p className="font-medium">{s("reason")}</p>
          <p className="mt-1 whitespace-pre-line">{decision.reason}</p>
        </div>
      )}
      {appeal && <p className="mt-4">{s("appeal")}</p>}
      <p className="mt-6">
        <Link
          href="/contact"
          className="inline-flex min-h-12 items-center rounded-xl bg-brand-700 px-6 font-bold text-white hover:bg-brand-800"
        >
          {s("desk")}
        </Link>
      </p>
    </SiteFrame>
  );
}
