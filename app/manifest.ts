import type { MetadataRoute } from "next";
import { translator } from "@/lib/i18n/messages";

/** The web app manifest: what makes Otagai installable (Android's "install app", iOS's Home Screen). Japanese first. */
export default function manifest(): MetadataRoute.Manifest {
  const t = translator("ja");
  return {
    id: "/",
    name: t("meta.title"),
    short_name: t("common.appName"),
    description: t("meta.description"),
    lang: "ja",
    start_url: "/home",
    scope: "/",
    display: "standalone",
    background_color: "#fafaf9",
    theme_color: "#0f766e",
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
