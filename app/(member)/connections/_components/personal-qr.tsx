import { getTranslations } from "next-intl/server";
import { rotateLinkAction } from "../actions";
import { ActionButton } from "./action-button";
import { LinkField } from "./copy-field";
import { QrCode } from "./qr-code";
import { Section } from "./section";

export async function PersonalQr({ url }: { url: string }) {
  const t = await getTranslations("connections");
  return (
    <Section id="qr" title={t("qrTitle")}>
      <p className="text-stone-700">{t("qrIntro")}</p>
      <div className="mt-4 flex flex-col items-center gap-4">
        <QrCode url={url} label={t("qrAlt")} />
        <div className="w-full">
          <LinkField id="personal-link" label={t("linkLabel")} hint={t("linkHint")} value={url} />
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
