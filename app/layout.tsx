import type { Metadata, Viewport } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ServiceWorker } from "./_components/service-worker";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta");
  const common = await getTranslations("common");
  return {
    title: t("title"),
    description: t("description"),
    // iOS reads these when the site is added to the Home Screen (the manifest is app/manifest.ts).
    icons: { icon: "/icons/icon-192.png", apple: "/icons/apple-touch-icon.png" },
    appleWebApp: { capable: true, title: common("appName"), statusBarStyle: "default" },
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0f766e" };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  // No intl provider here: client components get theirs, with only the messages they read, through
  // <ClientMessages> (app/_components/client-messages.tsx), so a page without them ships no intl runtime.
  return (
    <html lang={locale}>
      <body className="min-h-dvh bg-stone-50 text-stone-900 antialiased">
        {children}
        <ServiceWorker />
      </body>
    </html>
  );
}
