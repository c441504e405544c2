import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/app/_components/client-messages";
import { SiteFrame } from "@/app/_components/site-frame";
import { requireMember } from "@/lib/auth/viewer";
import { GroupForm } from "./group-form";

export default async function NewGroupPage() {
  await requireMember();
  const t = await getTranslations("groups");
  return (
    <SiteFrame>
      <h1 className="text-2xl font-bold">{t("newTitle")}</h1>
      <p className="mt-2 text-stone-700">{t("newIntro")}</p>
      <ClientMessages namespaces={["groups", "common"]}>
        <GroupForm />
      </ClientMessages>
    </SiteFrame>
  );
}
