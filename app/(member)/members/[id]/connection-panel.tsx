import { getLocale, getTranslations } from "next-intl/server";
import Link from "@/app/_components/link";
import type { ConnectionRow } from "@/db/queries/connections";
import { awaitsMetConfirmation, haveMet } from "@/lib/connections/met";
import { sideOf } from "@/lib/connections/pair";
import type { Locale } from "@/lib/i18n/locales";
import { formatDate } from "@/lib/time/format";
import { ActionButton } from "../../connections/_components/action-button";
import { MetTag } from "../../connections/_components/connection-list";
import { Section } from "../../connections/_components/section";
import { confirmMetAction, removeConnectionAction } from "../../connections/actions";

/** How and when the two connected, the first meeting, and ending the connection. */
export async function ConnectionPanel({
  connection,
  viewerId,
  otherId,
  name,
}: {
  connection: ConnectionRow;
  viewerId: string;
  otherId: string;
  name: string;
}) {
  const t = await getTranslations("memberProfile");
  const c = await getTranslations("connections");
  const locale = (await getLocale()) as Locale;
  const met = haveMet(connection);
  const mySide = sideOf(connection, viewerId);
  return (
    <Section id="connection" title={t("connectionTitle")} className="mt-6">
      <p>{c("madeOn", { date: formatDate(connection.createdAt, locale), how: c(`provenance.${connection.provenance}`) })}</p>
      <p className="mt-2">
        <MetTag met={met} label={c(met ? "met" : "notMet")} />
      </p>
      {!met && (
        <div className="mt-3 flex flex-col gap-3">
          <p className="text-sm text-stone-700">{t("metHint")}</p>
          {awaitsMetConfirmation(connection, mySide) ? (
            <ActionButton
              id="confirm-met"
              action={confirmMetAction}
              fields={{ userId: otherId }}
              label={t("confirmMet")}
              pendingLabel={t("confirmingMet")}
              variant="primary"
            />
          ) : (
            <p role="status" className="font-medium">
              {t("youConfirmed", { name })}
            </p>
          )}
        </div>
      )}
      <p className="mt-4">
        <Link href={`/members/${otherId}/connections`} className="font-medium text-brand-800 underline underline-offset-4">
          {t("mutual")}
        </Link>
      </p>
      <div className="mt-4">
        <ActionButton
          id="remove-connection"
          action={removeConnectionAction}
          fields={{ userId: otherId }}
          label={t("remove")}
          pendingLabel={t("removing")}
          hint={t("removeHint")}
          confirm={{ question: t("removeConfirm", { name }), yes: t("removeYes"), no: c("confirmNo") }}
        />
      </div>
    </Section>
  );
}
