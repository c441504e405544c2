// use-intl/core, not next-intl: the same translator, without React, so that the worker (outside Next.js) can write e-mails.
import { type AbstractIntlMessages, createTranslator } from "use-intl/core";
import type { Locale } from "./locales";
import enAttendance from "./messages/en/attendance.json";
import enCare from "./messages/en/care.json";
import enCareAfter from "./messages/en/care-after.json";
import enCareDuring from "./messages/en/care-during.json";
import enChannels from "./messages/en/channels.json";
import enChildren from "./messages/en/children.json";
import enConnections from "./messages/en/connections.json";
import enContact from "./messages/en/contact.json";
import enCore from "./messages/en/core.json";
import enIncidentPrint from "./messages/en/incident-print.json";
import enMeetups from "./messages/en/meetups.json";
import enMunicipalities from "./messages/en/municipalities.json";
import enPayments from "./messages/en/payments.json";
import enPhone from "./messages/en/phone.json";
import enPreferences from "./messages/en/preferences.json";
import enPrivacy from "./messages/en/privacy.json";
import enProfileCapabilities from "./messages/en/profile-capabilities.json";
import enSafety from "./messages/en/safety.json";
import enSafetyPage from "./messages/en/safety-page.json";
import enStanding from "./messages/en/standing.json";
import enStats from "./messages/en/stats.json";
import enTermsPage from "./messages/en/terms-page.json";
import jaAttendance from "./messages/ja/attendance.json";
import jaCare from "./messages/ja/care.json";
import jaCareAfter from "./messages/ja/care-after.json";
import jaCareDuring from "./messages/ja/care-during.json";
import jaChannels from "./messages/ja/channels.json";
import jaChildren from "./messages/ja/children.json";
import jaConnections from "./messages/ja/connections.json";
import jaContact from "./messages/ja/contact.json";
import jaCore from "./messages/ja/core.json";
import jaIncidentPrint from "./messages/ja/incident-print.json";
import jaMeetups from "./messages/ja/meetups.json";
import jaMunicipalities from "./messages/ja/municipalities.json";
import jaPayments from "./messages/ja/payments.json";
import jaPhone from "./messages/ja/phone.json";
import jaPreferences from "./messages/ja/preferences.json";
import jaPrivacy from "./messages/ja/privacy.json";
import jaProfileCapabilities from "./messages/ja/profile-capabilities.json";
import jaSafety from "./messages/ja/safety.json";
import jaSafetyPage from "./messages/ja/safety-page.json";
import jaStanding from "./messages/ja/standing.json";
import jaStats from "./messages/ja/stats.json";
import jaTermsPage from "./messages/ja/terms-page.json";

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
    phone: jaPhone,
    standing: jaStanding,
    meetups: jaMeetups,
    attendance: jaAttendance,
    municipalities: jaMunicipalities,
    stats: jaStats,
    payments: jaPayments,
    safety: jaSafety,
    contact: jaContact,
    privacy: jaPrivacy,
    profileCapabilities: jaProfileCapabilities,
    safetyPage: jaSafetyPage,
    incidentPrint: jaIncidentPrint,
    termsPage: jaTermsPage,
    preferences: jaPreferences,
    channels: jaChannels,
  },
  en: {
    core: enCore,
    children: enChildren,
    connections: enConnections,
    care: enCare,
    careAfter: enCareAfter,
    careDuring: enCareDuring,
    phone: enPhone,
    standing: enStanding,
    meetups: enMeetups,
    attendance: enAttendance,
    municipalities: enMunicipalities,
    stats: enStats,
    payments: enPayments,
    safety: enSafety,
    contact: enContact,
    privacy: enPrivacy,
    profileCapabilities: enProfileCapabilities,
    safetyPage: enSafetyPage,
    incidentPrint: enIncidentPrint,
    termsPage: enTermsPage,
    preferences: enPreferences,
    channels: enChannels,
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

/**
 * Only the named parts of a catalogue: whole namespaces ("care") or parts of one ("care.form"),
 * nested as in the catalogue, so that `useTranslations("care.form")` finds them. A name that
 * is not in the catalogue is an error in the code, not a missing translation.
 */
export function pickMessages(messages: Tree, names: readonly string[]): Tree {
  const picked: Tree = {};
  for (const name of names) {
    const path = name.split(".");
    let from: string | Tree | undefined = messages;
    let to = picked;
    path.forEach((key, i) => {
      from = typeof from === "object" ? from[key] : undefined;
      if (from === undefined) throw new Error(`no messages named ${name}`);
      if (i === path.length - 1) {
        to[key] = from;
        return;
      }
      to[key] ??= {};
      to = to[key] as Tree;
    });
  }
  return picked;
}

/** A translator for code outside React (e-mails, notifications). */
export function translator(locale: Locale): (key: string, values?: Record<string, string | number>) => string {
  const t = createTranslator({ locale, messages: messagesFor(locale) as AbstractIntlMessages });
  return (key, values) => t(key as never, values as never);
}
