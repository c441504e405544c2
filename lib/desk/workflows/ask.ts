import "server-only";
import type { Db } from "@/db/client";
import { isUniqueViolation } from "@/db/errors";
import { hasAppealed, insertDeskMessage, insertThread } from "@/db/queries/desk";
import { type Asker, categoriesFor, type DeskCategory } from "@/lib/desk/desk";
import { AppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { type Hit, hitLimits } from "@/lib/limits/workflows/hit";

export type Question = {
  /** A member (suspended ones included: the desk is how they appeal) or a visitor with an address. */
  from: { userId: string; suspended: boolean } | { email: string; ip: string | null };
  category: DeskCategory;
  text: string;
  locale: Locale;
  now: Date;
};

/**
 * A question to the consultation desk opens a thread in the admin queue. Appealing a suspension
 * is offered to a suspended member once (lib/desk categoriesFor; the unique index settles a race).
 * Questions are limited per member or per visitor's address and IP address.
 */
export async function askDesk(db: Db, q: Question): Promise<string> {
  try {
    return await db.transaction(async (tx) => {
      const member = "userId" in q.from ? q.from : null;
      const asker: Asker = member
        ? { kind: "member", suspended: member.suspended, appealed: await hasAppealed(tx, member.userId) }
        : { kind: "visitor" };
      if (!categoriesFor(asker).includes(q.category))
        throw new AppError("invalid_input", { key: "field.desk_category", field: "category" });
      const hits: Hit[] =
        "userId" in q.from
          ? [{ limit: "deskByAsker", subject: q.from.userId }]
          : [
              { limit: "deskByAsker", subject: q.from.email.toLowerCase() },
              ...(q.from.ip ? [{ limit: "deskByIp", subject: q.from.ip } as Hit] : []),
            ];
      await hitLimits(tx, hits, q.now, "contact.too_many");
      const threadId = await insertThread(tx, {
        userId: member?.userId ?? null,
        email: "email" in q.from ? q.from.email : null,
        locale: q.locale,
        category: q.category,
        createdAt: q.now,
        updatedAt: q.now,
      });
      await insertDeskMessage(tx, { threadId, fromDesk: false, body: q.text, createdAt: q.now });
      return threadId;
    });
  } catch (e) {
    if (isUniqueViolation(e, "desk_threads_one_appeal")) throw new AppError("conflict", { key: "contact.appealed" });
    throw e;
  }
}
