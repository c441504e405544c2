import { useTranslations } from "next-intl";
import type { StatusKey } from "@/lib/care/view";

const NOTES: Partial<Record<StatusKey, string>> = { solved: "solved", expired: "expired", withdrawn: "withdrawn" };

/** What a recipient (or the parent) is told about a request that closed without them. */
export function ClosedNote({ status, role }: { status: StatusKey; role: "parent" | "helper" | "recipient" }) {
  const t = useTranslations("care.closed");
  const key = NOTES[status];
  if (!key) return null;
  return (
    <p className="rounded-xl border border-stone-200 bg-white p-4 text-lg">{t(`${key}_${role === "parent" ? "parent" : "recipient"}`)}</p>
  );
}
