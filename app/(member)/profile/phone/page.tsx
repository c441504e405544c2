import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/app/_components/client-messages";
import Link from "@/app/_components/link";
import { SiteFrame } from "@/app/_components/site-frame";
import { db } from "@/db";
import { findCode } from "@/db/queries/phone";
import { requireMember } from "@/lib/auth/viewer";
import { formatPhoneJa } from "@/lib/members/phone";
import { CODE_INPUT_MAX, CODE_LENGTH, CODE_TTL_MS, liveCodeFor, phoneVerified, resendWaitMs } from "@/lib/members/phone-code";
import { CodeForm } from "./code-form";
import { PhoneForm } from "./phone-form";
import { SendCodeButton } from "./send-code-button";

export default async function PhonePage({ searchParams }: { searchParams: Promise<{ done?: string }> }) {
  const { member, userId } = await requireMember();
  const { done } = await searchParams;
  const t = await getTranslations("phone");
  const now = new Date();
  const verified = phoneVerified(member);
  const sent = member.phone && !verified ? await findCode(db(), userId) : null;
  const live = liveCodeFor(sent, member.phone, now);
  const waitSeconds = Math.ceil(resendWaitMs(sent, now) / 1000);
  const number = member.phone ? formatPhoneJa(member.phone) : null;

  return (
    <SiteFrame>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-stone-700">{t("intro")}</p>

      {verified && done && (
        <p role="status" className="mt-4 rounded-xl border border-brand-100 bg-brand-50 p-4 text-lg font-bold text-brand-900">
          {t("verifiedNow")}
        </p>
      )}

      <section aria-labelledby="your-number" className="mt-6 rounded-xl border border-stone-200 bg-white p-4 sm:p-5">
        <h2 id="your-number" className="text-sm font-medium text-stone-700">
          {t("yourNumber")}
        </h2>
        {number ? (
          <p className="mt-1 flex flex-wrap items-center gap-3">
            <span className="font-mono text-2xl">{number}</span>
            <span
              className={`rounded-full px-3 py-1 text-sm font-bold ${verified ? "bg-brand-100 text-brand-900" : "bg-amber-100 text-amber-950"}`}
            >
              {verified ? t("verified") : t("notVerified")}
            </span>
          </p>
        ) : (
          <p className="mt-1 font-medium">{t("noNumber")}</p>
        )}
      </section>

      {number && !verified && (
        <section aria-labelledby="enter-code" className="mt-6 flex flex-col gap-5 rounded-xl border border-stone-200 bg-white p-4 sm:p-5">
          <h2 id="enter-code" className="text-lg font-bold">
            {live ? t("enterCodeTitle") : t("sendCodeTitle")}
          </h2>
          {live ? (
            <>
              <p>{t("codeSent", { number, minutes: CODE_TTL_MS / 60_000 })}</p>
              <ClientMessages namespaces={["phone"]}>
                <CodeForm length={CODE_LENGTH} maxLength={CODE_INPUT_MAX} />
              </ClientMessages>
              <div className="flex flex-col gap-2 border-t border-stone-200 pt-4">
                <p className="text-sm text-stone-700">{t("noCode")}</p>
                <ClientMessages namespaces={["phone"]}>
                  <SendCodeButton label={t("resend")} waitSeconds={waitSeconds} />
                </ClientMessages>
              </div>
            </>
          ) : (
            <>
              <p>{sent ? t("codeExpired", { number }) : t("sendCodeIntro", { number })}</p>
              <ClientMessages namespaces={["phone"]}>
                <SendCodeButton label={t("send")} waitSeconds={waitSeconds} />
              </ClientMessages>
            </>
          )}
        </section>
      )}

      <section aria-labelledby="change-number" className="mt-6 rounded-xl border border-stone-200 bg-white p-4 sm:p-5">
        <h2 id="change-number" className="text-lg font-bold">
          {number ? t("changeTitle") : t("giveTitle")}
        </h2>
        <p className="mt-1 mb-4 text-sm text-stone-700">{number ? t("changeIntro") : t("giveIntro")}</p>
        <ClientMessages namespaces={["phone"]}>
          <PhoneForm label={number ? t("newNumber") : t("number")} submit={t("changeSubmit")} />
        </ClientMessages>
      </section>

      <p className="mt-6">
        <Link href="/profile" className="font-medium text-brand-800 underline underline-offset-4">
          {t("back")}
        </Link>
      </p>
    </SiteFrame>
  );
}
