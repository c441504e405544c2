import { getTranslations } from "next-intl/server";
import { Section } from "@/app/(member)/connections/_components/section";
import type { RequestDetail } from "@/db/queries/care-request-views";
import type { InsuranceSnapshot } from "@/lib/insurance";
import { InsuranceOutcome } from "../../_components/insurance-outcome";

/** Parent and helper after matching: who with whom, and the insurance decision made then. */
export async function Matched({ detail }: { detail: RequestDetail }) {
  const t = await getTranslations("care.matched");
  const snapshot = detail.request.insuranceSnapshot as InsuranceSnapshot | null;
  const names = Object.fromEntries(detail.children.map((c) => [c.id, c.name]));
  const other = detail.role === "parent" ? t("helperIs", { name: detail.helperName ?? "" }) : t("parentIs", { name: detail.parentName });
  return (
    <Section id="matched" title={t("title")}>
      <p className="text-lg font-medium">{other}</p>
      {snapshot && (
        <div className="mt-4">
          <h3 className="mb-2 font-bold">{t("insuranceTitle")}</h3>
          <InsuranceOutcome decision={snapshot.decision} names={names} tense="is" />
        </div>
      )}
    </Section>
  );
}
