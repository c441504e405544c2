import { getTranslations } from "next-intl/server";
import { feePayment } from "@/lib/meetups/rules";

/** The fee as the site takes it today: free, or paid at the venue (never by card here). */
export async function FeeText({ feeYen }: { feeYen: number }) {
  const t = await getTranslations("meetups");
  const fee = feePayment(feeYen);
  return <>{fee.kind === "free" ? t("free") : t("feeAtVenue", { yen: fee.yen.toLocaleString("ja-JP") })}</>;
}
