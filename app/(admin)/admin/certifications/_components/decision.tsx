import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/app/_components/client-messages";
import { FactsList } from "@/app/_components/facts-list";
import { SiteFrame } from "@/app/_components/site-frame";
import { Section } from "@/app/(member)/connections/_components/section";
import { DeskForm } from "@/app/(member)/profile/_components/desk-form";
import { linkClass } from "@/app/(member)/requests/_components/styles";
import type { DeskSubject } from "@/lib/members/standing-forms";
import { rejectAtDeskAction } from "../actions";

/**
 * One request at the desk: who asked and what, then the two ways to decide. `approve` is the
 * subject's own form; turning down is the same for every subject, always with a reason.
 */
export async function Decision({
  subject,
  id,
  title,
  facts,
  decided,
  approve,
}: {
  subject: DeskSubject;
  id: string;
  title: string;
  facts: [string, React.ReactNode][];
  /** Already decided: the page shows the facts only. */
  decided: boolean;
  approve: { heading: string; form: React.ReactNode };
}) {
  const t = await getTranslations("desk");
  return (
    <SiteFrame>
      <Link href="/admin/certifications" className={`${linkClass} inline-flex min-h-11 items-center`}>
        {t("back")}
      </Link>
      <h1 className="mt-2 text-2xl font-bold">{title}</h1>
      <FactsList rows={facts} />
      {!decided && (
        <>
          <Section id="approve" title={approve.heading} className="mt-6">
            {approve.form}
          </Section>
          <Section id="reject" title={t("rejectHeading")} className="mt-6">
            <ClientMessages namespaces={["common"]}>
              <DeskForm
                id="reject"
                action={rejectAtDeskAction}
                hidden={{ subject, id }}
                fields={[{ name: "reason", label: t("reason"), kind: "textarea" }]}
                submit={t("reject")}
                pending={t("rejecting")}
                tone="danger"
              />
            </ClientMessages>
          </Section>
        </>
      )}
    </SiteFrame>
  );
}
