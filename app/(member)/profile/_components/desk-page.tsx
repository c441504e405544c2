import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/app/_components/client-messages";
import Link from "@/app/_components/link";
import { SiteFrame } from "@/app/_components/site-frame";
import { linkClass } from "../../requests/_components/styles";

/**
 * A page where a member brings something to the certification desk: the way back to their profile,
 * what they ask for, an optional note (the document is shown, never sent), then the form (or why
 * not now).
 */
export async function DeskPage({
  title,
  intro,
  note,
  children,
}: {
  title: string;
  intro: string;
  note?: string;
  children: React.ReactNode;
}) {
  const t = await getTranslations("standing");
  return (
    <SiteFrame>
      <Link href="/profile#standing" className={`${linkClass} inline-flex min-h-11 items-center`}>
        {t("apply.back")}
      </Link>
      <h1 className="mt-2 text-2xl font-bold">{title}</h1>
      <p className="mt-3 text-stone-700">{intro}</p>
      {note && <p className="mt-3 rounded-xl border border-brand-100 bg-brand-50 p-4 text-brand-900">{note}</p>}
      <div className="mt-6">
        <ClientMessages namespaces={["common"]}>{children}</ClientMessages>
      </div>
    </SiteFrame>
  );
}
