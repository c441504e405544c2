import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/app/_components/client-messages";
import Link from "@/app/_components/link";
import { SiteFrame } from "@/app/_components/site-frame";
import { db } from "@/db";
import { askableInGroups, usablePartners } from "@/db/queries/care-audience";
import { loadRulebook, rulebookKeyForParent } from "@/db/queries/care-rulebooks";
import { listChildren } from "@/db/queries/children";
import { listConnections } from "@/db/queries/connections";
import { listGroupsOf } from "@/db/queries/groups";
import { standingRecords } from "@/db/queries/standing";
import { hasCapability } from "@/lib/auth/capabilities";
import { requireMember } from "@/lib/auth/viewer";
import { haveMet } from "@/lib/connections/met";
import { env } from "@/lib/env";
import { tokyoDate } from "@/lib/time/tokyo";
import { linkClass } from "../_components/styles";
import { RequestForm } from "./_form/request-form";

export default async function NewRequestPage() {
  const viewer = await requireMember();
  if (!hasCapability(viewer.member, "parent")) notFound();
  const t = await getTranslations("care");
  const [kids, connections, askable, groups, counts, rulebook, standing] = await Promise.all([
    listChildren(db(), viewer.userId),
    listConnections(db(), viewer.userId),
    usablePartners(db(), viewer.userId),
    listGroupsOf(db(), viewer.userId),
    askableInGroups(db(), viewer.userId),
    rulebookKeyForParent(db(), viewer.userId).then((key) => loadRulebook(db(), key)),
    standingRecords(db(), viewer.userId),
  ]);
  const { member } = viewer;
  return (
    <SiteFrame>
      <Link href="/requests" className={`${linkClass} inline-flex min-h-11 items-center`}>
        {t("backToList")}
      </Link>
      <h1 className="mt-2 text-2xl font-bold">{t("form.title")}</h1>
      <p className="mt-2 text-stone-700">{t("form.intro")}</p>
      <ClientMessages namespaces={["care", "thanks", "errors.field", "common"]}>
        <RequestForm
          options={{
            children: kids.map(({ id, name, birthDate }) => ({ id, name, birthDate })),
            connections: connections
              .filter((c) => askable.has(c.otherId))
              .map((c) => ({ id: c.otherId, name: c.displayName, met: haveMet(c.connection) })),
            groups: groups.map((g) => ({ id: g.id, name: g.name, connections: counts.get(g.id) ?? 0 })).filter((g) => g.connections > 0),
            rulebook,
            parent: { birthDate: member.birthDate, status: member.status, standing },
            adultAge: env().ADULT_AGE,
            today: tokyoDate(new Date()),
          }}
        />
      </ClientMessages>
    </SiteFrame>
  );
}
