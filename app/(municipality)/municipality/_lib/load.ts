import "server-only";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { db } from "@/db";
import { getViewer, requireStaff, staffMunicipality } from "@/lib/auth/viewer";
import type { Locale } from "@/lib/i18n/locales";
import { periodOfQuery } from "@/lib/stats/period";
import type { Labels } from "@/lib/stats/tables";
import { municipalityDashboard } from "@/lib/stats/workflows/dashboard";
import { formatMonth } from "@/lib/time/format";
import { tokyoDate } from "@/lib/time/tokyo";

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;
type Query = Record<string, string | string[] | undefined>;

/** The dashboard of a municipality the caller is staff of, for the period in the query (a GET: it changes nothing). */
async function dashboardOf(municipalityId: string, q: Query) {
  const now = new Date();
  const { period, refused } = periodOfQuery(q.from, q.to, tokyoDate(now));
  const data = await municipalityDashboard(db(), municipalityId, period);
  if (!data) return null;
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("stats");
  const districtName = new Map(data.districts.map((d) => [d.id, locale === "en" ? d.nameEn : d.nameJa]));
  const labels: Labels = {
    figure: (k) => t(`figures.${k}`),
    column: (k) => t(`columns.${k}`),
    row: (table, k) => (table === "district" ? (districtName.get(k) ?? k) : t(`rows.${table}.${k}`)),
    month: (m) => formatMonth(m, locale),
  };
  const name = locale === "en" ? data.town.nameEn : data.town.nameJa;
  return {
    ...data,
    period,
    /** The query named a period that is not one: the default is shown instead, and the page says so. */
    refused,
    locale,
    t,
    labels,
    name,
    query: `from=${period.from}&to=${period.to}`,
    base: `/municipality/${municipalityId}`,
  };
}

/** For pages: staff of this municipality only, everyone else "not found" (the sign-in page for the signed out). */
export async function loadDashboard(params: Promise<{ id: string }>, searchParams: SearchParams) {
  const { id } = await params;
  const staff = await requireStaff(id);
  const data = await dashboardOf(staff.municipalityId, await searchParams);
  if (!data) notFound();
  return data;
}

/** For route handlers: null for anyone who is not staff of this municipality. */
export async function dashboardForRoute(id: string, q: Query) {
  const viewer = await getViewer();
  if (!viewer || (await staffMunicipality(viewer)) !== id) return null;
  return dashboardOf(id, q);
}
