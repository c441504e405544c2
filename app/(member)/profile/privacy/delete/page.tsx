import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/app/_components/client-messages";
import Link from "@/app/_components/link";
import { SiteFrame } from "@/app/_components/site-frame";
import { db } from "@/db";
import { caresOfMember } from "@/db/queries/privacy";
import { requireMember } from "@/lib/auth/viewer";
import { deletionRefusal } from "@/lib/privacy/deletion";
import { DeleteForm } from "./delete-form";

export const dynamic = "force-dynamic";

export default async function DeleteAccountPage() {
  const { userId } = await requireMember();
  const t = await getTranslations("privacy.delete");
  const errors = await getTranslations("errors.privacy");
  const refusal = deletionRefusal(await caresOfMember(db(), userId), new Date());
  const list = (keys: string[]) => (
    <ul className="mt-2 list-disc pl-6">
      {keys.map((k) => (
        <li key={k}>{t(k)}</li>
      ))}
    </ul>
  );
  return (
    <SiteFrame>
      <h1 className="text-2xl font-bold">{t("pageTitle")}</h1>
      <p className="mt-2 font-medium">{t("body")}</p>
      {refusal && (
        <div role="status" className="mt-4 rounded-xl border border-amber-300 bg-amber-50 p-3">
          <p className="font-bold">{t("refusedTitle")}</p>
          <p>{errors(refusal)}</p>
        </div>
      )}
      <h2 className="mt-6 text-lg font-bold">{t("erasedTitle")}</h2>
      {list(["erased1", "erased2", "erased3", "erased4"])}
      <h2 className="mt-6 text-lg font-bold">{t("keptTitle")}</h2>
      {list(["kept1", "kept2", "kept3"])}
      {/* While it would be refused there is nothing to press; the workflow refuses a stale page's press anyway. */}
      {!refusal && (
        <div className="mt-6">
          <ClientMessages namespaces={["privacy.delete", "common"]}>
            <DeleteForm />
          </ClientMessages>
        </div>
      )}
      <Link
        href="/profile/privacy"
        className="mt-4 inline-flex min-h-11 items-center font-medium text-brand-800 underline underline-offset-4"
      >
        {/* With nothing to press there is nothing to cancel: the link only leads back. */}
        {t(refusal ? "back" : "cancel")}
      </Link>
    </SiteFrame>
  );
}
