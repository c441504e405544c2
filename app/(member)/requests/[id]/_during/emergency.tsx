import { useTranslations } from "next-intl";

/** The first thing to do when a life may be at risk, before any form. */
export function Emergency() {
  const t = useTranslations("careDuring");
  return (
    <div className="flex flex-col gap-2 rounded-xl border-2 border-red-700 bg-red-50 p-4 sm:flex-row sm:items-center sm:justify-between">
      <p className="font-bold text-red-950">{t("emergency")}</p>
      <a
        href="tel:119"
        className="inline-flex min-h-12 items-center justify-center rounded-xl bg-red-700 px-5 font-bold text-white hover:bg-red-800"
      >
        {t("call119")}
      </a>
    </div>
  );
}
