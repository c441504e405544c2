import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/app/_components/client-messages";
import { db } from "@/db";
import { careChildren, listDetailViews, listNapChecks } from "@/db/queries/care-during";
import { listCareIncidents } from "@/db/queries/care-incidents";
import { careDetailsVisibleUntil, effectiveState } from "@/lib/care";
import { napIntervalFor } from "@/lib/care/during/nap";
import { openIncidentTexts, openNapNotes } from "@/lib/care/during/sealed-texts";
import { duringPanels } from "@/lib/care/during/window";
import { appKey } from "@/lib/crypto/app-key";
import { tokyoDate, toTokyoLocal } from "@/lib/time/tokyo";
import { viewerCare } from "../_view/viewer-care";
import { AccessLog } from "./access-log";
import { DetailsLink } from "./details-link";
import { IncidentForm } from "./incident-form";
import { IncidentList } from "./incident-list";
import { NapLog } from "./nap-log";
import { type NapChild, NapTimer } from "./nap-timer";
import { subheadingClass } from "./styles";

/**
 * The page passes the agreed section props (role, state and times as well); this section
 * works those out again from the request itself, so it needs only these two.
 */
export type SafetySectionProps = { requestId: string; viewerId: string };

/**
 * Safety during a matched care, on the request page: the way to the care details, the nap timer
 * and log, the audit log (parent) and incident reports. Recipients who were not chosen see none of it.
 */
export async function SafetySection({ requestId, viewerId }: SafetySectionProps) {
  // Worked out again here rather than trusted from the page: this section shows health-related records.
  const care = await viewerCare(db(), requestId, viewerId);
  if (!care || (care.role !== "parent" && care.role !== "helper")) return null;
  const { request } = care;
  const role = care.role;
  const now = new Date();
  const [start, end] = [request.startAt, request.endAt];
  const state = effectiveState({ state: request.state, start, end }, now);
  const [views, naps, incidents] = await Promise.all([
    role === "parent" ? listDetailViews(db(), requestId, viewerId) : [],
    listNapChecks(db(), requestId, viewerId).then((rows) => openNapNotes(rows, appKey)),
    listCareIncidents(db(), requestId, viewerId).then((rows) => openIncidentTexts(rows, appKey)),
  ]);
  const { detailsOpen, napsOpen, canReport } = duringPanels({ role, state, start, end, now });
  if (!detailsOpen && !napsOpen && !canReport && views.length + naps.length + incidents.length === 0) return null;

  const t = await getTranslations("careDuring");
  return (
    <section aria-labelledby="safety-title" className="mt-8 flex flex-col gap-6">
      <h2 id="safety-title" className="text-xl font-bold text-brand-900">
        {t("title")}
      </h2>
      {detailsOpen && <DetailsLink requestId={requestId} role={role} until={careDetailsVisibleUntil(end)} />}
      {role === "parent" && (detailsOpen || views.length > 0) && <AccessLog rows={views} />}
      {napsOpen && (
        <section aria-labelledby="nap-title" className="flex flex-col gap-3">
          <div>
            <h3 id="nap-title" className={subheadingClass}>
              {t("nap.title")}
            </h3>
            <p className="mt-1 text-stone-700">{t("nap.intro")}</p>
          </div>
          <ClientMessages namespaces={["careDuring.nap"]}>
            <NapTimer requestId={requestId} items={await napChildren(requestId, start, naps)} renderedAt={now.toISOString()} />
          </ClientMessages>
        </section>
      )}
      {(napsOpen || naps.length > 0) && <NapLog rows={naps} />}
      {canReport && (
        <section aria-labelledby="incident-title" className="flex flex-col gap-3">
          <h3 id="incident-title" className={subheadingClass}>
            {t("incident.title")}
          </h3>
          <ClientMessages namespaces={["careDuring.incident", "careDuring.emergency", "careDuring.call119"]}>
            <IncidentForm requestId={requestId} now={toTokyoLocal(now)} />
          </ClientMessages>
        </section>
      )}
      <IncidentList rows={incidents} />
    </section>
  );
}

async function napChildren(requestId: string, start: Date, naps: Awaited<ReturnType<typeof listNapChecks>>): Promise<NapChild[]> {
  const careDate = tokyoDate(start);
  return (await careChildren(db(), requestId)).map((c) => {
    const last = naps.find((n) => n.childId === c.id);
    return {
      id: c.id,
      name: c.name,
      intervalMinutes: napIntervalFor(c.birthDate, careDate),
      last: last ? { state: last.state, checkedAt: last.checkedAt.toISOString() } : null,
    };
  });
}
