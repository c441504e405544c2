import { getTranslations } from "next-intl/server";
import { feePayment } from "@/lib/meetups/rules";

/** The fee as the site takes it: free, or paid by card when signing up. */
export async function FeeText({ feeYen }: { feeYen: number }) {
  const t = await getTranslations("meetups");
  const fee = feePayment(feeYen);
  return <>{fee.kind === "free" ? t("free") : t("feeCard", { yen: fee.yen.toLocaleString("ja-JP") })}</>;
}
