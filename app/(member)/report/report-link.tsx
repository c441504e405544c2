import { getTranslations } from "next-intl/server";
import Link from "@/app/_components/link";
import type { ReportableMessage } from "@/lib/safety/reports";

/** The small "report" entry beside a member, a care or a message; the report page checks again what may be reported. */
export async function ReportLink({ target, id, message }: { target: "member" | "care"; id: string; message?: ReportableMessage }) {
  const t = await getTranslations("safety.entry");
  const query = new URLSearchParams({ target: message ? "message" : target, id, ...(message ? { message } : {}) });
  return (
    <Link
      href={`/report?${query}`}
      className="inline-flex min-h-11 items-center text-sm font-medium text-stone-700 underline underline-offset-4"
    >
      {t(message ? "message" : target)}
    </Link>
  );
}
