import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { pickMessages } from "@/lib/i18n/messages";

/**
 * Client components get only the message namespaces they read, never the whole catalogue (every
 * page would otherwise carry ~90 kB of strings in its HTML). This is the only intl provider: the
 * root layout has none, so a page without translated client components ships no intl runtime.
 * Where a server component renders a client component that calls `useTranslations`, wrap it and
 * name what it and the components inside it read, whole namespaces or parts of one:
 *
 *   <ClientMessages namespaces={["care.form", "common"]}><TimeFields … /></ClientMessages>
 *
 * A name missing from the catalogue throws; a namespace left out shows its key path on the page.
 */
export async function ClientMessages({ namespaces, children }: { namespaces: readonly string[]; children: React.ReactNode }) {
  const messages = pickMessages((await getMessages()) as Parameters<typeof pickMessages>[0], namespaces);
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}
