import { getTranslations } from "next-intl/server";
import { rotateLinkAction } from "../actions";
import { ActionButton } from "./action-button";
import { LinkField } from "./copy-field";
import { liveQrCode } from "./live-qr";
import { LiveQr } from "./live-qr-view";
import { Section } from "./section";

/**
 * The member's QR code, carrying a code that changes every minute (proof that the two are together),
 * and their plain personal link, which sent at a distance only starts the digits handshake.
 */
export async function PersonalQr({ origin, token }: { origin: string; token: string }) {
  const t = await getTranslations("connections");
  const initial = await liveQrCode(origin, token, new Date());
  return (
    <Section id="qr" title={t("qrTitle")}>
      <p className="text-stone-700">{t("qrIntro")}</p>
      <p className="mt-2 text-sm text-stone-600">{t("qrLive")}</p>
      <div className="mt-4 flex flex-col items-center gap-4">
        {/* A new link (rotated) starts a new clock. */}
        <LiveQr key={token} initial={initial} label={t("qrAlt")} failed={t("qrRefreshFailed")} />
        <div className="w-full">
          <LinkField id="personal-link" label={t("linkLabel")} hint={t("linkHint")} value={`${origin}/c/${token}`} />
        </div>
      </div>
      <div className="mt-4">
        <ActionButton
          id="rotate-link"
          action={rotateLinkAction}
          label={t("rotate")}
          pendingLabel={t("rotating")}
          hint={t("rotateHint")}
          done={t("rotated")}
        />
      </div>
    </Section>
  );
}
