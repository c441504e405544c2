import { getTranslations } from "next-intl/server";
import type { listBlocked } from "@/db/queries/connections";
import { unblockMemberAction } from "../actions";
import { ActionButton } from "./action-button";
import { Section } from "./section";

/** Only the member who blocked sees this list; the people in it are never told. */
export async function BlockedList({ blocked }: { blocked: Awaited<ReturnType<typeof listBlocked>> }) {
  if (blocked.length === 0) return null;
  const t = await getTranslations("connections");
  return (
    <Section id="blocked" title={t("blockedTitle")}>
      <ul className="flex flex-col divide-y divide-stone-200">
        {blocked.map((b) => (
          <li key={b.userId} className="flex flex-col gap-2 py-3 first:pt-0 last:pb-0 sm:flex-row sm:items-center sm:justify-between">
            <p className="font-medium">{b.displayName}</p>
            <ActionButton
              id={`unblock-${b.userId}`}
              action={unblockMemberAction}
              fields={{ userId: b.userId }}
              label={t("unblock")}
              pendingLabel={t("unblocking")}
            />
          </li>
        ))}
      </ul>
    </Section>
  );
}
