import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/app/_components/client-messages";
import { FactsList } from "@/app/_components/facts-list";
import Link from "@/app/_components/link";
import { SiteFrame } from "@/app/_components/site-frame";
import { Section } from "@/app/(member)/connections/_components/section";
import { DeskForm, type DeskFormProps } from "@/app/(member)/profile/_components/desk-form";
import { linkClass } from "@/app/(member)/requests/_components/styles";
import { type Db, db } from "@/db";
import { requireAdmin } from "@/lib/auth/viewer";
import { isUuid } from "@/lib/ids";
import type { DeskSubject } from "@/lib/members/standing-forms";
import { rejectAtDeskAction } from "../actions";

/** The request a desk page decides on, for admins only: an id that names nothing is "not found". */
export async function deskRow<R>(params: Promise<{ id: string }>, find: (db: Db, id: string) => Promise<R | null>): Promise<R> {
  await requireAdmin();
  const { id } = await params;
  const row = isUuid(id) ? await find(db(), id) : null;
  if (!row) notFound();
  return row;
}

/**
 * One request at the desk: who asked and what, then the two ways to decide. `approve` is the
 * subject's own form; turning down is the same for every subject, always with a reason.
 */
export async function Decision({
  subject,
  id,
  what,
  applicant,
  facts,
  decided,
  approve: { heading, ...approveForm },
}: {
  subject: DeskSubject;
  id: string;
  /** What was asked for, named in the title before the applicant's name. */
  what: string;
  applicant: { displayName: string; nameKana: string };
  /** The facts after the applicant's name. */
  facts: [string, React.ReactNode][];
  /** Already decided: the page shows the facts only. */
  decided: boolean;
  approve: { heading: string } & DeskFormProps;
}) {
  const t = await getTranslations("desk");
  return (
    <SiteFrame>
      <Link href="/admin/certifications" className={`${linkClass} inline-flex min-h-11 items-center`}>
        {t("back")}
      </Link>
      <h1 className="mt-2 text-2xl font-bold">{`${what}: ${applicant.displayName}`}</h1>
      <FactsList rows={[[t("applicant"), `${applicant.displayName}(${applicant.nameKana})`], ...facts]} />
      {!decided && (
        <ClientMessages namespaces={["common"]}>
          <Section id="approve" title={heading} className="mt-6">
            <DeskForm {...approveForm} />
          </Section>
          <Section id="reject" title={t("rejectHeading")} className="mt-6">
            <DeskForm
              id="reject"
              action={rejectAtDeskAction}
              hidden={{ subject, id }}
              fields={[{ name: "reason", label: t("reason"), kind: "textarea" }]}
              submit={t("reject")}
              pending={t("rejecting")}
              tone="danger"
            />
          </Section>
        </ClientMessages>
      )}
    </SiteFrame>
  );
}
