import { getTranslations } from "next-intl/server";
import Link from "@/app/_components/link";
import { ActionButton } from "@/app/(member)/connections/_components/action-button";
import { Section } from "@/app/(member)/connections/_components/section";
import type { RequestDetail } from "@/db/queries/care-request-views";
import { linkClass, noteTagClass, tagClass } from "../../_components/styles";
import { chooseHelperAction } from "../../actions";

type Recipient = RequestDetail["recipients"][number];

/** The parent's view of an open request: the OKs (with a button to choose each), then everyone else asked. */
export async function Offers({ requestId, recipients }: { requestId: string; recipients: Recipient[] }) {
  const t = await getTranslations("care.offers");
  const oks = recipients.filter((r) => r.response === "ok");
  const rest = recipients.filter((r) => r.response !== "ok");
  return (
    <Section id="offers" title={t("title", { count: oks.length })}>
      {oks.length === 0 && <p className="text-stone-700">{t("none")}</p>}
      <ul className="flex flex-col gap-4">
        {oks.map((r) => (
          <li key={r.userId} className="flex flex-col gap-2 rounded-xl border border-brand-100 bg-brand-50/40 p-4">
            <p className="flex flex-wrap items-center gap-x-3 gap-y-1">
              <span className="text-lg font-bold">{r.name}</span>
              {r.waived && <span className={`${tagClass} border-brand-100 bg-white text-brand-900`}>{t("waived")}</span>}
              {r.childSeatConfirmed && <span className={`${tagClass} border-stone-300 bg-white text-stone-800`}>{t("childSeat")}</span>}
            </p>
            {r.message && <p className="whitespace-pre-line rounded-lg bg-white p-3">{r.message}</p>}
            {r.met ? (
              <ActionButton
                id={`choose-${r.userId}`}
                action={chooseHelperAction}
                fields={{ requestId, helperId: r.userId }}
                label={t("choose", { name: r.name })}
                pendingLabel={t("choosing")}
                hint={t("chooseHint")}
                variant="primary"
              />
            ) : (
              <p className="flex flex-col gap-1">
                <span className={`${noteTagClass} self-start`}>{t("notMet")}</span>
                <span className="text-stone-800">{t("notMetExplain", { name: r.name })}</span>
                <Link href={`/members/${r.userId}`} className={`${linkClass} inline-flex min-h-11 items-center`}>
                  {t("confirmMet", { name: r.name })}
                </Link>
              </p>
            )}
          </li>
        ))}
      </ul>
      {rest.length > 0 && (
        <>
          <h3 className="mt-5 font-bold">{t("othersTitle")}</h3>
          <ul className="mt-2 flex flex-col divide-y divide-stone-200">
            {rest.map((r) => (
              <li key={r.userId} className="flex flex-wrap items-baseline justify-between gap-x-3 py-2">
                <span className="font-medium">{r.name}</span>
                <span className="text-stone-700">{t(`response.${r.response}`)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </Section>
  );
}
