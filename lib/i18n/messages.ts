import { type AbstractIntlMessages, createTranslator } from "next-intl";
import type { Locale } from "./locales";
import enCare from "./messages/en/care.json";
import enCareAfter from "./messages/en/care-after.json";
import enCareDuring from "./messages/en/care-during.json";
import enChildren from "./messages/en/children.json";
import enConnections from "./messages/en/connections.json";
import enCore from "./messages/en/core.json";
import enMunicipalities from "./messages/en/municipalities.json";
import enStats from "./messages/en/stats.json";
import jaCare from "./messages/ja/care.json";
import jaCareAfter from "./messages/ja/care-after.json";
import jaCareDuring from "./messages/ja/care-during.json";
import jaChildren from "./messages/ja/children.json";
import jaConnections from "./messages/ja/connections.json";
import jaCore from "./messages/ja/core.json";
import jaMunicipalities from "./messages/ja/municipalities.json";
import jaStats from "./messages/ja/stats.json";

// One file per area of the product; they are merged deeply, so an area can add its own
// "errors.field.*" keys beside its pages' strings.
export const catalogueParts: Record<Locale, Record<string, object>> = {
  ja: {
    core: jaCore,
    children: jaChildren,
    connections: jaConnections,
    care: jaCare,
    careAfter: jaCareAfter,
    careDuring: jaCareDuring,
    municipalities: jaMunicipalities,
    stats: jaStats,
  },
  en: {
    core: enCore,
    children: enChildren,
    connections: enConnections,
    care: enCare,
    careAfter: enCareAfter,
    careDuring: enCareDuring,
    municipalities: enMunicipalities,
    stats: enStats,
  },
};

type Tree = { [key: string]: string | Tree };

export function deepMerge(target: Tree, source: Tree, path = ""): Tree {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    if (typeof value === "object" && (existing === undefined || typeof existing === "object")) {
      target[key] = deepMerge((existing as Tree | undefined) ?? {}, value, `${path}${key}.`);
    } else if (existing !== undefined) {
      throw new Error(`message key defined twice: ${path}${key}`);
    } else {
      target[key] = value;
    }
  }
  return target;
}

const merged = Object.fromEntries(
  Object.entries(catalogueParts).map(([locale, parts]) => [
    locale,
    Object.values(parts).reduce<Tree>((acc, part) => deepMerge(acc, part as Tree), {}),
  ]),
) as Record<Locale, Tree>;

export function messagesFor(locale: Locale): Tree {
  return merged[locale];
}

/** A translator for code outside React (e-mails, notifications). */
export function translator(locale: Locale): (key: string, values?: Record<string, string | number>) => string {
  const t = createTranslator({ locale, messages: messagesFor(locale) as AbstractIntlMessages });
  return (key, values) => t(key as never, values as never);
}
