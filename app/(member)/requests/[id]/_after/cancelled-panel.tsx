import { useTranslations } from "next-intl";
import Link from "@/app/_components/link";
import type { AfterMatchView } from "@/db/queries/care-after-view";
import { endedBySystem } from "@/lib/care";
import { CONTEST_DAYS } from "@/lib/care/cancel/contest";
import { Card } from "./card";
import { chargeText } from "./charge";
import type { AfterFormat } from "./format";
import { noticeClass } from "./styles";

/** What happened to a cancelled care, told to each side from where they stand. */
export function CancelledPanel({ view, f }: { view: AfterMatchView; f: AfterFormat }) {
  const { t } = f;
  const closed = useTranslations("care.closed");
  const c = view.cancellation;
  if (!c) return null;
  // Ended by the platform (a block): nobody's doing, nothing owed, and never a word about why.
  if (endedBySystem({ cancelReason: c.reason })) {
    return (
      <Card id="after-cancelled" title={t("cancel.title")}>
        <p className="font-medium">{closed("ended")}</p>
      </Card>
    );
  }
  const date = f.dateTime(c.at);
  const name = view.otherName;
  const noShowKey =
    view.role === "parent" ? (c.byMe ? "noShowByMe" : "parentNoShowByOther") : c.byMe ? "parentNoShowByMe" : "noShowByOther";
  const headline = c.noShow
    ? t(`cancel.${noShowKey}`, { date, name })
    : t(c.byMe ? "cancel.cancelledByMe" : "cancel.cancelledByOther", { date, name });
  return (
    <Card id="after-cancelled" title={t("cancel.title")}>
      <p className="font-medium">{headline}</p>
      {c.reason && <p className="whitespace-pre-line">{t("cancel.reasonShown", { reason: c.reason })}</p>}
      {c.charge && (
        <div>
          <h3 className="font-bold">{t("charge.title")}</h3>
          <p>{chargeText(c.charge, f)}</p>
        </div>
      )}
      {c.onMyRecord && (
        <p className={noticeClass}>
          {c.noShow ? t("cancel.noShowRecorded", { days: CONTEST_DAYS }) : t("cancel.lateRecorded")}{" "}
          <Link href="/reliability" className="font-medium underline">
            {t("cancel.recordLink")}
          </Link>
        </p>
      )}
    </Card>
  );
}
