import { useTranslations } from "next-intl";
import type { StatusKey } from "@/lib/care/view";

const NOTES: Partial<Record<StatusKey, string>> = { solved: "solved", expired: "expired", withdrawn: "withdrawn" };

/**
 * What a recipient (or the parent) is told about a request that closed without them. One the
 * platform ended (`ended`, a block) reads the same to both sides and says nothing of why.
 */
export function ClosedNote({ status, role, ended }: { status: StatusKey; role: "parent" | "helper" | "recipient"; ended: boolean }) {
  const t = useTranslations("care.closed");
  if (ended) return <p className="rounded-xl border border-stone-200 bg-white p-4 text-lg">{t("ended")}</p>;
  const key = NOTES[status];
  if (!key) return null;
  return (
    <p className="rounded-xl border border-stone-200 bg-white p-4 text-lg">{t(`${key}_${role === "parent" ? "parent" : "recipient"}`)}</p>
  );
}
